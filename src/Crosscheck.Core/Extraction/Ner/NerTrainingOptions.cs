namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// Settings of <see cref="NerTrainer"/>. HashBits sets the weight table to 2^HashBits feature rows; LexiconFolds
/// and PredictionFolds are the jackknife splits for training-data lexicons and for first-pass predictions.
/// </summary>
public sealed record NerTrainingOptions
{
    public int Epochs { get; init; } = 8;

    public int HashBits { get; init; } = 22;

    public int Passes { get; init; } = 2;

    public int LexiconFolds { get; init; } = 10;

    public int PredictionFolds { get; init; } = 4;

    public int PredictionEpochs { get; init; } = 8;

    public int Seed { get; init; } = 17;

    /// <summary>Words seen fewer times in the unlabelled text get no cluster.</summary>
    public int ClusterMinCount { get; init; } = 2;

    /// <summary>
    /// Depth of the word-cluster tree; 0 (the default) trains without word clusters: on CoNLL-2003 they raised test F1
    /// but lowered dev F1, and their test gain came from clustering the test text itself.
    /// </summary>
    public int ClusterDepth { get; init; }
}
