using System.Collections.Immutable;
using Crosscheck.Core.Evaluation;
using Crosscheck.Core.Extraction.Quotes;

namespace Crosscheck.Core.Tests.Extraction.Quotes;

public class QuoteLearnerTests
{
    // Framed quotes annotated as direct, and frameless quotes opening a paragraph that no annotator marked.
    private static List<(string Text, ImmutableArray<AnnotatedAttribution> Gold)> Articles()
    {
        var articles = new List<(string, ImmutableArray<AnnotatedAttribution>)>();
        string[] speakers = ["the mayor", "the governor", "a spokesman", "the senator", "the chairman"];
        for (var i = 0; i < 20; i++)
        {
            var framed = $"\u201CWe will finish the work on road number {i} before winter,\u201D {speakers[i % speakers.Length]} said.";
            var bare = $"\u201CRoad {i} Forever\u201D was painted on the wall by the road.";
            var text = framed + "\n\n" + bare;
            var quoteEnd = framed.IndexOf('\u201D', StringComparison.Ordinal) + 1;
            articles.Add((text, [new AnnotatedAttribution([new CharRange(0, quoteEnd)], [], IsDirect: true)]));
        }

        return articles;
    }

    [Fact]
    public void Learned_weights_accept_annotated_quotes_and_reject_the_unannotated_ones()
    {
        var extractor = new QuoteExtractor(null, null, new QuoteClassifier(QuoteLearner.Learn(Articles())));
        const string text = "\u201CWe will finish the work on the bridge by the spring,\u201D the mayor said.\n\n\u201CBridge Forever Now\u201D was painted on the wall.";
        var quote = Assert.Single(extractor.Extract(text), a => a.IsDirect);
        Assert.Contains("the bridge by the spring", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Learning_twice_from_the_same_articles_gives_the_same_weights()
    {
        Assert.Equal(QuoteLearner.Learn(Articles()), QuoteLearner.Learn(Articles()));
    }

    [Fact]
    public void Formatted_weights_parse_back_to_the_same_values()
    {
        var weights = QuoteLearner.Learn(Articles());
        var parsed = QuoteClassifier.Parse(QuoteLearner.Format(weights, "test"));
        Assert.Equal(weights.Count, parsed.Count);
        Assert.All(weights, pair => Assert.Equal(pair.Value, parsed[pair.Key], 4));
    }
}

