using Crosscheck.Core.Evaluation;

namespace Crosscheck.Core.Tests.Evaluation;

public class ConllEvaluatorTests
{
    private static ConllScore Score(params (string Gold, string Predicted)[] sentences) =>
        ConllEvaluator.Score(sentences.Select(s => ((IReadOnlyList<string>)s.Gold.Split(' '), (IReadOnlyList<string>)s.Predicted.Split(' '))));

    [Fact]
    public void Exact_spans_count_and_a_wrong_type_is_both_a_miss_and_a_false_alarm()
    {
        var score = Score(("B-PER I-PER O B-LOC", "B-PER I-PER O B-ORG"));

        Assert.Equal(new EntityScore(2, 2, 1), score.Overall);
        Assert.Equal(0.5, score.Overall.Precision, 10);
        Assert.Equal(0.5, score.Overall.Recall, 10);
        Assert.Equal(0.5, score.Overall.F1, 10);
        Assert.Equal(new EntityScore(1, 1, 1), score.PerType["PER"]);
        Assert.Equal(new EntityScore(1, 0, 0), score.PerType["LOC"]);
        Assert.Equal(new EntityScore(0, 1, 0), score.PerType["ORG"]);
        Assert.Equal(4, score.Tokens);
    }

    [Fact]
    public void A_span_that_is_one_token_short_is_not_correct()
    {
        var score = Score(("B-ORG I-ORG I-ORG O", "B-ORG I-ORG O O"));

        Assert.Equal(new EntityScore(1, 1, 0), score.Overall);
        Assert.Equal(0, score.Overall.F1);
    }

    [Fact]
    public void Known_counts_give_conlleval_precision_recall_and_f1()
    {
        var score = Score(
            ("B-PER I-PER O B-LOC O B-MISC", "B-PER I-PER O B-LOC O O"),
            ("B-ORG O B-PER", "B-ORG O B-PER"),
            ("O O O", "B-LOC O B-ORG"));

        Assert.Equal(new EntityScore(5, 6, 4), score.Overall);
        Assert.Equal(4.0 / 6, score.Overall.Precision, 10);
        Assert.Equal(4.0 / 5, score.Overall.Recall, 10);
        Assert.Equal(2 * (4.0 / 6) * (4.0 / 5) / ((4.0 / 6) + (4.0 / 5)), score.Overall.F1, 10);
        Assert.Equal(new EntityScore(1, 2, 1), score.PerType["LOC"]);
    }

    [Fact]
    public void Inside_tag_after_outside_starts_an_entity_as_in_conlleval()
    {
        var chunks = ConllEvaluator.Chunks(["O", "I-PER", "I-PER", "I-LOC", "B-LOC", "I-LOC"]);

        Assert.Equal([(1, 3, "PER"), (3, 4, "LOC"), (4, 6, "LOC")], chunks.ToArray());
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Score(("B-PER O", "B-PER")));
    }
}
