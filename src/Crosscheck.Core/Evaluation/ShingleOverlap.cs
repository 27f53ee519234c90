namespace Crosscheck.Core.Evaluation;

/// <summary>
/// One page's shingle overlap, normalised so that the three parts sum to 1 (or are all 0 when both texts are
/// empty): long pages then weigh no more than short ones in the means.
/// </summary>
public sealed record ShingleOverlap(double TruePositive, double FalsePositive, double FalseNegative)
{
    public bool IsExact => FalsePositive == 0 && FalseNegative == 0;
}
