using Crosscheck.Core.Evaluation;

namespace Crosscheck.Core.Tests.Evaluation;

public class ShingleOverlapEvaluatorTests
{
    [Fact]
    public void Tokens_are_word_character_runs_with_case_kept()
    {
        Assert.Equal(["Don", "t", "stop", "3", "14", "naïve", "x_y"], ShingleOverlapEvaluator.Tokenize("Don't stop: 3.14 — naïve x_y!"));
    }

    [Fact]
    public void Identical_texts_are_all_true_positive()
    {
        var overlap = ShingleOverlapEvaluator.Compare("one two three four five", "one two three four five");

        Assert.Equal(new ShingleOverlap(1, 0, 0), overlap);
    }

    [Fact]
    public void Overlap_is_counted_on_shingle_multisets_and_normalised()
    {
        // Truth: "a b c d", "b c d e". Prediction: "a b c d" twice, "b c d a", "c d a b", "d a b c".
        // TP 1 (the second "a b c d" is surplus), FP 4, FN 1 ("b c d e"), over a total of 6.
        var overlap = ShingleOverlapEvaluator.Compare("a b c d e", "a b c d a b c d");

        Assert.Equal(1.0 / 6, overlap.TruePositive, 9);
        Assert.Equal(4.0 / 6, overlap.FalsePositive, 9);
        Assert.Equal(1.0 / 6, overlap.FalseNegative, 9);
    }

    [Fact]
    public void Case_differences_are_mismatches()
    {
        var overlap = ShingleOverlapEvaluator.Compare("One two three four", "one two three four");

        Assert.Equal(new ShingleOverlap(0, 0.5, 0.5), overlap);
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_is_one_shingle()
    {
        Assert.Equal(new ShingleOverlap(1, 0, 0), ShingleOverlapEvaluator.Compare("Hello, world", "hello world".Replace('h', 'H')));
    }

    [Fact]
    public void Precision_and_recall_are_means_over_pages_and_f1_comes_from_the_means()
    {
        ShingleOverlap[] pages =
        [
            new(0.5, 0.5, 0), // precision 0.5, recall 1
            new(0.5, 0, 0.5), // precision 1, recall 0.5
            new(0, 0, 1), // nothing predicted: no precision, recall 0
            new(0, 0, 0), // both empty: exact, scores 1
        ];

        var score = ShingleOverlapEvaluator.Score(pages);

        Assert.Equal((0.5 + 1 + 1) / 3, score.Precision, 9);
        Assert.Equal((1 + 0.5 + 0 + 1) / 4.0, score.Recall, 9);
        Assert.Equal(2 * score.Precision * score.Recall / (score.Precision + score.Recall), score.F1, 9);
        Assert.Equal(4, score.Pages);
    }
}
