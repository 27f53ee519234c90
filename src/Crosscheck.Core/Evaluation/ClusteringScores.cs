namespace Crosscheck.Core.Evaluation;

/// <summary>B-cubed and pairwise precision, recall and F1 of a clustering against gold labels.</summary>
public sealed record ClusteringScores(
    double BcubedPrecision,
    double BcubedRecall,
    double BcubedF1,
    double PairwisePrecision,
    double PairwiseRecall,
    double PairwiseF1,
    int Documents,
    int Clusters);
