using Crosscheck.Core.Evaluation;

namespace Crosscheck.Core.Tests.Evaluation;

public sealed class ClusteringScorerTests
{
    [Fact]
    public void Perfect_clustering_scores_one()
    {
        var scores = ClusteringScorer.Score(["a", "a", "b"], [1, 1, 2]);

        Assert.Equal(1, scores.BcubedF1, 9);
        Assert.Equal(1, scores.PairwiseF1, 9);
        Assert.Equal(2, scores.Clusters);
    }

    [Fact]
    public void Known_example_gives_the_hand_computed_figures()
    {
        // Gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}.
        var scores = ClusteringScorer.Score(["x", "x", "x", "y", "y"], ["p", "p", "q", "q", "q"]);

        // Precision per document: 1, 1, 1/3, 2/3, 2/3; recall: 2/3, 2/3, 1/3, 1, 1.
        Assert.Equal(11.0 / 15, scores.BcubedPrecision, 9);
        Assert.Equal(11.0 / 15, scores.BcubedRecall, 9);
        // Pairs together in both: (1,2) (4,5) = 2; predicted pairs 1 + 3 = 4; gold pairs 3 + 1 = 4.
        Assert.Equal(0.5, scores.PairwisePrecision, 9);
        Assert.Equal(0.5, scores.PairwiseRecall, 9);
        Assert.Equal(0.5, scores.PairwiseF1, 9);
    }

    [Fact]
    public void All_singletons_have_full_precision_and_low_recall()
    {
        var scores = ClusteringScorer.Score(["x", "x", "x", "x"], [1, 2, 3, 4]);

        Assert.Equal(1, scores.BcubedPrecision, 9);
        Assert.Equal(0.25, scores.BcubedRecall, 9);
        Assert.Equal(0, scores.PairwiseRecall, 9);
    }
}
