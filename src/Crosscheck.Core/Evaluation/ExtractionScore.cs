namespace Crosscheck.Core.Evaluation;

/// <summary>Precision and recall averaged over pages, and the F1 of those two means.</summary>
public sealed record ExtractionScore(double Precision, double Recall, double F1, int Pages);
