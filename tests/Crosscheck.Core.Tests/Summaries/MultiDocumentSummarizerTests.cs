using System.Collections.Immutable;
using System.Text;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Embeddings;
using Crosscheck.Core.Summaries;

namespace Crosscheck.Core.Tests.Summaries;

public sealed class MultiDocumentSummarizerTests
{
    private static CleanArticle Article(string text, DateOnly? published = null, string? url = null) =>
        new(ArticleId.From(url, text), url ?? "test", url, null, null, published is { } d ? new PublicationDate(d) : null,
            null, null, [], "en", text, []);

    private static readonly CleanArticle Reservoir = Article(
        "The city council voted on Tuesday to close the old reservoir after engineers found cracks in the dam wall.\n\n"
        + "Residents living below the dam were told to prepare for a possible evacuation over the weekend.\n\n"
        + "The mayor said repairs would cost about four million dollars and take two years to finish.",
        new DateOnly(2024, 3, 5), "https://one.example/reservoir");

    private static readonly CleanArticle ReservoirRewrite = Article(
        "Engineers found cracks in the dam wall, and the city council voted on Tuesday to close the old reservoir.\n\n"
        + "A local bakery donated bread to the volunteers who filled sandbags along the river bank.\n\n"
        + "The mayor said repairs would cost about four million dollars and take two years to finish.",
        new DateOnly(2024, 3, 6), "https://two.example/reservoir");

    private static readonly CleanArticle Election = Article(
        "Voters in the northern province chose a new governor in an election that drew record turnout.\n\n"
        + "The winning candidate promised to build new schools and repair rural roads within her first term.",
        new DateOnly(2024, 3, 4), "https://three.example/election");

    [Fact]
    public void Summary_sentence_cites_every_article_carrying_an_equivalent_sentence()
    {
        var options = SummaryOptions.Default with { MinSentences = 8 };
        var summary = new MultiDocumentSummarizer(options).Summarize([Reservoir, ReservoirRewrite, Election]);

        var council = Assert.Single(summary, s => s.Text.Contains("council voted", StringComparison.Ordinal));
        ArticleId[] expected = [council.Source.Article, .. new[] { Reservoir.Id, ReservoirRewrite.Id }.Where(id => id != council.Source.Article)];
        Assert.Equal(expected, council.Articles.ToArray());
        var bakery = Assert.Single(summary, s => s.Text.Contains("bakery", StringComparison.Ordinal));
        Assert.Equal([ReservoirRewrite.Id], bakery.Articles.ToArray());
        Assert.All(summary.Where(s => s.Text.Contains("governor", StringComparison.Ordinal)),
            s => Assert.Equal([Election.Id], s.Articles.ToArray()));
    }

    [Fact]
    public void Sentence_repeated_across_articles_is_selected_once()
    {
        var summary = new MultiDocumentSummarizer().Summarize([Reservoir, ReservoirRewrite, Election]);

        Assert.Single(summary, s => s.Text.Contains("four million dollars", StringComparison.Ordinal));
        Assert.Single(summary, s => s.Text.Contains("cracks in the dam wall", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_follow_article_dates_then_positions()
    {
        var summary = new MultiDocumentSummarizer().Summarize([Reservoir, ReservoirRewrite, Election]);

        var dates = summary.Select(s => new[] { Reservoir, ReservoirRewrite, Election }.Single(a => a.Id == s.Source.Article).Published!.Date)
            .ToArray();
        Assert.Equal(dates.Order(), dates);
        Assert.StartsWith("Voters in the northern province", summary[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_length_is_between_five_and_eight_sentences()
    {
        string[] subjects = ["Inspectors", "The mayor", "Farmers", "Two pilots", "A judge", "Students", "Firefighters", "The bank",
            "Doctors", "A museum", "Fishermen", "The railway"];
        string[] predicates = ["closed the chemical plant", "opened a new library", "harvested early wheat", "landed safely in fog",
            "dismissed the fraud case", "protested tuition increases", "contained a forest blaze", "raised interest rates",
            "tested a malaria vaccine", "returned stolen paintings", "caught record tuna", "cancelled night trains"];
        var paragraphs = Enumerable.Range(0, 12).Select(i => $"{subjects[i]} {predicates[i]} near the border last week, officials confirmed.");
        var summary = new MultiDocumentSummarizer().Summarize([Article(string.Join("\n\n", paragraphs))]);

        Assert.InRange(summary.Length, 5, 8);
    }

    [Fact]
    public void Word_budget_caps_the_summary_length()
    {
        var options = SummaryOptions.Default with { WordBudget = 40 };
        var summary = new MultiDocumentSummarizer(options).Summarize([Reservoir, ReservoirRewrite, Election]);

        Assert.NotEmpty(summary);
        Assert.InRange(summary.Sum(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length), 1, 40);
    }

    [Fact]
    public void Boilerplate_bylines_headlines_and_fragments_are_never_selected()
    {
        var article = Article(
            "Dam Crisis Deepens As Council Acts\n\nBy Jane Doe and John Roe\n\nAdvertisement\n\n"
            + "Sign up for our newsletter to get the latest news delivered to you every morning.\n\n"
            + "Read more.\n\nThe council closed the reservoir after engineers found cracks in the dam wall.");
        var summary = new MultiDocumentSummarizer().Summarize([article]);

        var only = Assert.Single(summary);
        Assert.StartsWith("The council closed", only.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Leading_dateline_is_left_out_of_the_sentence_span()
    {
        var article = Article("WASHINGTON (AP) \u2014 The Senate voted late on Friday to extend the program for another year.");
        var sentence = Assert.Single(new MultiDocumentSummarizer().Summarize([article]));

        Assert.Equal("The Senate voted late on Friday to extend the program for another year.", sentence.Text);
        Assert.Equal(sentence.Text, sentence.Source.Slice(article.Text));
    }

    [Fact]
    public void Corroborated_sentence_is_preferred_over_a_single_origin_one()
    {
        var options = SummaryOptions.Default with { MinSentences = 1, MaxSentences = 1 };
        var summarizer = new MultiDocumentSummarizer(options);
        Assert.StartsWith("The city council voted", Assert.Single(summarizer.Summarize([Reservoir])).Text, StringComparison.Ordinal);

        var start = Reservoir.Text.IndexOf("Residents", StringComparison.Ordinal);
        var support = new[] { new SupportedSpan(new Span(Reservoir.Id, start, start + 40), 4) };
        var chosen = Assert.Single(summarizer.Summarize([Reservoir], support));

        Assert.StartsWith("Residents living below the dam", chosen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedder_lets_a_paraphrase_cite_the_article_it_comes_from()
    {
        var first = Article("Lawmakers approved the budget bill by a wide margin late on Thursday night.", url: "https://a.example/1");
        var second = Article("The spending plan sailed through parliament as the session ran past midnight.", url: "https://b.example/2");
        var embedder = new KeywordEmbedder(["budget", "spending"]);

        var lexical = new MultiDocumentSummarizer().Summarize([first, second]);
        var semantic = new MultiDocumentSummarizer(embedder: embedder).Summarize([first, second]);

        Assert.All(lexical, s => Assert.Single(s.Articles));
        Assert.Contains(semantic, s => s.Articles.Length == 2);
    }

    [Fact]
    public void No_articles_or_only_junk_gives_an_empty_summary()
    {
        Assert.Empty(new MultiDocumentSummarizer().Summarize([]));
        Assert.Empty(new MultiDocumentSummarizer().Summarize([Article("Advertisement\n\nPhoto\n\n")]));
    }

    [Fact]
    public void Random_input_never_throws_and_every_span_points_into_its_article()
    {
        var random = new Random(20240305);
        var words = new[]
        {
            "the", "council", "said", "Mr.", "U.S.", "voted", "dam", "\u201Cquote\u201D", "(AP)", "\u2014", "-", "!", "?", ".", "...",
            "Advertisement", "By", "WASHINGTON", "\n", "\n\n", " \n \n ", "\u00E9t\u00E9", "\U0001F600", "2024", "1,000", "@user",
            "https://x.example", "\t", "\"", "'s", "and", "cracks", "were", "found", "in", "it",
        };
        for (var round = 0; round < 60; round++)
        {
            var articles = Enumerable.Range(0, random.Next(0, 5)).Select(i =>
            {
                var text = new StringBuilder();
                for (var w = random.Next(0, 300); w > 0; w--)
                {
                    text.Append(words[random.Next(words.Length)]).Append(random.Next(4) == 0 ? "" : " ");
                }

                return Article(text.ToString(), random.Next(2) == 0 ? new DateOnly(2024, 1, 1 + random.Next(28)) : null, $"u{round}-{i}");
            }).ToArray();
            var options = random.Next(2) == 0 ? SummaryOptions.Default : SummaryOptions.Default with { WordBudget = random.Next(0, 100) };

            var summary = new MultiDocumentSummarizer(options).Summarize(articles);

            foreach (var sentence in summary)
            {
                var article = Assert.Single(articles, a => a.Id == sentence.Source.Article);
                Assert.InRange(sentence.Source.Start, 0, sentence.Source.End);
                Assert.InRange(sentence.Source.End, sentence.Source.Start, article.Text.Length);
                Assert.Equal(sentence.Text, sentence.Source.Slice(article.Text));
                Assert.Equal(sentence.Source.Article, sentence.Articles[0]);
                Assert.Equal(sentence.Articles.Length, sentence.Articles.Distinct().Count());
            }
        }
    }

    /// <summary>Maps a text to a unit vector on the axis of the first keyword it contains, so paraphrases can be made to match.</summary>
    private sealed class KeywordEmbedder(ImmutableArray<string> synonyms) : ISentenceEmbedder
    {
        public int Dimensions => 2;

        public float[][] Embed(IReadOnlyList<string> texts) =>
        [
            .. texts.Select(t => synonyms.Any(s => t.Contains(s, StringComparison.OrdinalIgnoreCase)) ? new float[] { 1, 0 } : [0, 1]),
        ];
    }

    [Fact]
    public void Story_with_more_sentences_than_the_cap_is_summarized_from_its_articles_earliest_sentences()
    {
        // The later paragraphs recur in every article, so weighed in full they would be the most central and recurrent.
        const string Shared =
            "The storm flooded the lower town and cut power to twelve thousand homes overnight.\n\n"
            + "Emergency crews rescued forty residents from their roofs before the water began to fall.\n\n"
            + "The regional government promised to pay for the repairs of every damaged home in the valley.";
        CleanArticle[] articles =
        [
            Article("A fisherman in the harbour town described the night as the worst he had seen in fifty years.\n\n" + Shared, null, "https://one.example/storm"),
            Article("Schools across the district stayed closed on Monday while engineers inspected their buildings.\n\n" + Shared, null, "https://two.example/storm"),
            Article("The national weather office had warned of heavy rain three days before the river burst its banks.\n\n" + Shared, null, "https://three.example/storm"),
        ];

        var uncapped = new MultiDocumentSummarizer(new SummaryOptions { MinSentences = 1, MaxSentences = 2 }).Summarize(articles);
        Assert.Contains(uncapped, s => Shared.Contains(s.Text, StringComparison.Ordinal));

        var capped = new MultiDocumentSummarizer(new SummaryOptions { MinSentences = 1, MaxSentences = 2, MaxCandidates = 3 }).Summarize(articles);
        Assert.NotEmpty(capped);
        Assert.All(capped, s => Assert.DoesNotContain(s.Text, Shared, StringComparison.Ordinal));
    }
}
