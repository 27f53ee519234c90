namespace Crosscheck.Core.Extraction.Ner;

/// <summary>One finished epoch of training: which pass and phase, the training mistakes, and dev F1 when a dev set was given.</summary>
public sealed record NerTrainingProgress(string Phase, int Pass, int Epoch, int Epochs, int Mistakes, int Sentences, double? DevF1);
