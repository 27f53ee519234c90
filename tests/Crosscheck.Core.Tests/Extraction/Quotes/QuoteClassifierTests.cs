using Crosscheck.Core.Extraction.Quotes;

namespace Crosscheck.Core.Tests.Extraction.Quotes;

public class QuoteClassifierTests
{
    private static readonly QuoteExtractor Extractor = new();

    [Fact]
    public void Scare_quote_with_no_frame_is_not_an_attribution()
    {
        const string text = "The mayor spent the week defending the budget.\n\n\u201CFake news\u201D became the phrase of the campaign.";
        Assert.Empty(Extractor.Extract(text).Where(a => a.Content[0].Text.Contains("Fake news", StringComparison.Ordinal)));
    }

    [Fact]
    public void Quote_continuing_a_sentence_begun_before_its_frame_is_mixed()
    {
        const string text = "The council approved the plan on Monday.\n\n"
            + "Of course, the mayor said, \u201Cthe numbers will tell a different story in the end.\u201D";
        Assert.DoesNotContain(Extractor.Extract(text), a => a.IsDirect);
    }

    [Fact]
    public void Quote_opening_after_a_colon_at_the_end_of_a_frame_is_direct()
    {
        const string text = "The council approved the plan on Monday.\n\n"
            + "In the end, the mayor said: \u201CThe numbers will tell a different story.\u201D";
        Assert.Contains(Extractor.Extract(text), a => a.IsDirect);
    }

    [Fact]
    public void Quote_with_a_speech_frame_is_still_direct()
    {
        const string text = "\u201CWe will rebuild the bridge before winter,\u201D the mayor said on Tuesday.";
        var quote = Assert.Single(Extractor.Extract(text));
        Assert.True(quote.IsDirect);
    }

    [Fact]
    public void Framed_quote_the_classifier_rejects_stays_an_attribution_that_is_not_direct()
    {
        var rejectAll = new QuoteExtractor(null, null, new QuoteClassifier(new Dictionary<string, double> { ["bias"] = -1 }));
        const string text = "\u201CWe will rebuild the bridge before winter,\u201D the mayor said on Tuesday.";
        var attribution = Assert.Single(rejectAll.Extract(text));
        Assert.False(attribution.IsDirect);
        Assert.Equal("the mayor", attribution.Source?.Text);
    }

    [Fact]
    public void Quote_with_no_frame_is_reported_without_a_source_when_the_classifier_accepts_it()
    {
        var acceptAll = new QuoteExtractor(null, null, new QuoteClassifier(new Dictionary<string, double> { ["bias"] = 1 }));
        const string text = "Crowds gathered outside the hall.\n\n\u201CWe want our jobs back, and we want them now.\u201D";
        var quote = Assert.Single(acceptAll.Extract(text), a => a.IsDirect);
        Assert.Null(quote.Source);
        Assert.Null(quote.Cue);
    }

    [Fact]
    public void Weights_are_read_from_tab_separated_lines_and_comments_are_skipped()
    {
        var weights = QuoteClassifier.Parse("# learned\nbias\t-0.5\nkind=trailing\t2\nbroken line\n");
        Assert.Equal(2, weights.Count);
        Assert.Equal(1.5, new QuoteClassifier(weights).Score(["bias", "kind=trailing", "unknown"]), 6);
    }
}
