using Crosscheck.Core.Evaluation;

namespace Crosscheck.Core.Tests.Evaluation;

public class BratAttributionReaderTests
{
    private const string Text = "\u201CThis just isn\u2019t right,\u201D Warren said. Stumpf said fees were a mistake.";

    [Fact]
    public void Attribution_events_link_content_and_source_and_direct_quotes_are_recognised()
    {
        const string annotations = "T1\tContent 0 24\t\u201CThis just isn\u2019t right,\u201D\nT2\tSource 25 31\tWarren\nT3\tCue 32 36\tsaid\n"
            + "T4\tAttribution 32 36\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
            + "T5\tSource 38 44\tStumpf\nT6\tCue 45 49\tsaid\nT7\tContent 50 59;60 69\tfees were a mistake\n"
            + "E2\tAttribution:T4 Content:T7 Cue:T6 Source:T5\nE3\tAttribution:T4 Cue:T6\n";

        var attributions = BratAttributionReader.Parse(annotations, Text);

        Assert.Equal(2, attributions.Length);
        Assert.True(attributions[0].IsDirect);
        Assert.Equal(new CharRange(25, 31), Assert.Single(attributions[0].Source));
        Assert.False(attributions[1].IsDirect);
        Assert.Equal(new[] { new CharRange(50, 59), new CharRange(60, 69) }, attributions[1].Content.AsEnumerable());
    }

    [Fact]
    public void Cue_span_of_each_attribution_is_kept()
    {
        const string annotations = "T1\tContent 0 24\t\u201CThis just isn\u2019t right,\u201D\nT2\tSource 25 31\tWarren\nT3\tCue 32 36\tsaid\n"
            + "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n";

        var attribution = Assert.Single(BratAttributionReader.Parse(annotations, Text));

        Assert.Equal(new CharRange(32, 36), Assert.Single(attribution.Cue));
    }

    [Fact]
    public void Quote_followed_by_unquoted_words_is_not_direct()
    {
        const string text = "\u201CYou squeezed employees\u201D to drive up the price, she said.";
        Assert.False(BratAttributionReader.IsDirectQuote(text, [new CharRange(0, 47)]));
        Assert.True(BratAttributionReader.IsDirectQuote(text, [new CharRange(0, 24)]));
    }
}
