using System.Collections.Immutable;
using Crosscheck.Core.Evaluation;

namespace Crosscheck.Core.Tests.Evaluation;

public class AttributionScorerTests
{
    private static AnnotatedAttribution A(int start, int end, bool direct, int? sourceStart = null, int? sourceEnd = null) =>
        new([new CharRange(start, end)], sourceStart is { } s ? [new CharRange(s, sourceEnd!.Value)] : [], direct);

    [Fact]
    public void Overlap_of_half_the_longer_span_matches_and_less_does_not()
    {
        Assert.True(AttributionScorer.ContentMatches([new CharRange(0, 100)], [new CharRange(50, 100)]));
        Assert.False(AttributionScorer.ContentMatches([new CharRange(0, 100)], [new CharRange(51, 100)]));
        Assert.True(AttributionScorer.ContentMatches([new CharRange(0, 40), new CharRange(60, 100)], [new CharRange(0, 80)]));
    }

    [Fact]
    public void Scores_count_matches_one_to_one_per_kind()
    {
        ImmutableArray<AnnotatedAttribution> gold =
        [
            A(0, 100, direct: true, 110, 115),
            A(200, 300, direct: true, 310, 320),
            A(400, 500, direct: false, 380, 390),
            A(600, 700, direct: false),
        ];
        ImmutableArray<AnnotatedAttribution> predicted =
        [
            A(0, 95, direct: true, 112, 115),
            A(0, 90, direct: true, 112, 115),
            A(210, 300, direct: true, 330, 340),
            A(400, 480, direct: false, 380, 385),
        ];

        var scores = AttributionScorer.Score([(gold, predicted)]);

        Assert.Equal(2.0 / 3, scores.DirectPrecision, 6);
        Assert.Equal(1.0, scores.DirectRecall, 6);
        Assert.Equal(0.8, scores.DirectF1, 6);
        Assert.Equal(3.0 / 4, scores.AllPrecision, 6);
        Assert.Equal(3.0 / 4, scores.AllRecall, 6);
        Assert.Equal(0.5, scores.SpeakerAccuracy, 6);
        Assert.Equal(1, scores.Articles);
    }

    [Fact]
    public void Missing_source_on_both_sides_counts_as_right()
    {
        var scores = AttributionScorer.Score([([A(0, 10, true)], [A(0, 10, true)])]);
        Assert.Equal(1.0, scores.SpeakerAccuracy, 6);
    }
}
