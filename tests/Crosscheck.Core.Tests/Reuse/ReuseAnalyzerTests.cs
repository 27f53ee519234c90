using System.Globalization;
using System.Text;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Reuse;
using static Crosscheck.Core.Tests.Reuse.ReuseTestArticles;

namespace Crosscheck.Core.Tests.Reuse;

public sealed class ReuseAnalyzerTests
{
    private static readonly DateOnly Monday = new(2024, 3, 4);

    [Fact]
    public void Exact_copy_is_linked_and_the_later_copy_has_no_original_text()
    {
        var source = Article("wire", Wire, Monday);
        var copy = Article("copy", Wire, Monday.AddDays(1));

        var graph = ReuseAnalyzer.Analyze([source, copy], ReuseOptions.Default);

        var copied = graph.Find(copy.Id)!;
        var link = Assert.Single(copied.Links);
        Assert.Equal(source.Id, link.Other);
        Assert.Equal(ReuseDirection.OtherIsSource, link.Direction);
        Assert.Equal(Wire.Length, link.SharedChars);
        Assert.Equal(0.0, copied.Originality);
        Assert.Equal(1.0, graph.Find(source.Id)!.Originality);
        Assert.Equal(ReuseDirection.ThisIsSource, Assert.Single(graph.Find(source.Id)!.Links).Direction);
        Assert.Equal(copied.OriginId, graph.Find(source.Id)!.OriginId);
    }

    [Fact]
    public void Paragraph_pasted_into_a_longer_text_is_found_with_its_spans()
    {
        var paragraphs = Wire.Split("\n\n");
        var pasted = paragraphs[3];
        var host = Unrelated + "\n\n" + pasted + "\n\nThe bakery plans to open a second shop in the spring, the owner said.";
        var wire = Article("wire", Wire, Monday);
        var page = Article("page", host, Monday.AddDays(2));

        var graph = ReuseAnalyzer.Analyze([wire, page], ReuseOptions.Default);

        var passage = Assert.Single(Assert.Single(graph.Find(page.Id)!.Links).Passages);
        Assert.Equal(host.IndexOf(pasted, StringComparison.Ordinal), passage.Start);
        Assert.Equal(host.IndexOf(pasted, StringComparison.Ordinal) + pasted.Length, passage.End);
        Assert.Equal(Wire.IndexOf(pasted, StringComparison.Ordinal), passage.OtherStart);
        Assert.Equal(Wire.IndexOf(pasted, StringComparison.Ordinal) + pasted.Length, passage.OtherEnd);
        var originality = graph.Find(page.Id)!.Originality;
        Assert.InRange(originality, 0.5, 0.8);
    }

    [Fact]
    public void Reworded_copy_is_aligned()
    {
        var reworded =
            "On Monday the regional water authority backed a plan to build three desalination plants on the southern coast, " +
            "a project that officials said would cost around 2.4 billion dollars over the coming decade.\n\n" +
            "The plants are intended to provide drinking water to about 900,000 households in the dry months, when the " +
            "reservoirs in the hills drop to a fraction of their capacity.\n\n" +
            "Environmental groups demanded an independent review of the brine discharge, saying the studies were paid for " +
            "by the firms bidding for the construction contracts.";
        var graph = ReuseAnalyzer.Analyze([Article("wire", Wire, Monday), Article("rewrite", reworded, Monday.AddDays(1))], ReuseOptions.Default);

        var rewrite = graph.Find(new ArticleId("a-rewrite"))!;
        var link = Assert.Single(rewrite.Links);
        Assert.True(link.SharedChars > reworded.Length * 0.9, $"shared {link.SharedChars} of {reworded.Length}");
        Assert.True(rewrite.Originality < 0.1);
    }

    [Fact]
    public void Two_reports_sharing_only_a_quotation_are_not_linked()
    {
        const string Quote =
            "\u201CWe will not raise water prices for families this year, and we will ask the companies to carry the cost of " +
            "the new plants until the first one is running,\u201D";
        var first =
            "The head of the water authority promised on Monday that households would not pay for the new plants. " +
            Quote + " she told reporters at the council building.\n\n" +
            "Opposition councillors called the promise unrealistic and asked to see the contracts.";
        var second =
            "Consumers will be spared, the authority's chief executive insisted in a televised address late in the evening. " +
            Quote + " the executive said.\n\n" +
            "Several business associations welcomed the decision, while unions warned of job cuts at the old pumping stations.";

        var graph = ReuseAnalyzer.Analyze(
            [Article("first", first, Monday), Article("second", second, Monday)], ReuseOptions.Default);

        Assert.All(graph.Articles, a => Assert.Empty(a.Links));
        Assert.NotEqual(graph.Articles[0].OriginId, graph.Articles[1].OriginId);
        Assert.All(graph.Articles, a => Assert.Equal(1.0, a.Originality));
    }

    [Fact]
    public void Unrelated_articles_have_their_own_origins_and_full_originality()
    {
        var graph = ReuseAnalyzer.Analyze([Article("wire", Wire), Article("bakery", Unrelated)], ReuseOptions.Default);

        Assert.All(graph.Articles, a => Assert.Empty(a.Links));
        Assert.All(graph.Articles, a => Assert.Equal(1.0, a.Originality));
        Assert.NotEqual(graph.Articles[0].OriginId, graph.Articles[1].OriginId);
        Assert.All(graph.Articles, a => Assert.Matches("^o-[0-9a-f]{16}$", a.OriginId));
    }

    [Fact]
    public void Equal_dates_leave_the_direction_unknown_unless_credits_name_the_other_outlet()
    {
        var unknown = ReuseAnalyzer.Analyze([Article("x", Wire, Monday), Article("y", Wire, Monday)], ReuseOptions.Default);
        Assert.All(unknown.Articles, a => Assert.Equal(ReuseDirection.Unknown, Assert.Single(a.Links).Direction));

        var credited = ReuseAnalyzer.Analyze(
            [Article("agency", Wire, Monday, "Coastal Press Agency"), Article("paper", Wire, Monday, "Daily Paper", "Additional reporting by Coastal Press Agency")],
            ReuseOptions.Default);
        Assert.Equal(ReuseDirection.OtherIsSource, Assert.Single(credited.Find(new ArticleId("a-paper"))!.Links).Direction);
        Assert.Equal(1.0, credited.Find(new ArticleId("a-agency"))!.Originality);
    }

    [Fact]
    public void Origin_id_does_not_depend_on_input_order()
    {
        var a = Article("a", Wire, Monday);
        var b = Article("b", Wire, Monday.AddDays(1));
        var c = Article("c", Unrelated);

        var forward = ReuseAnalyzer.Analyze([a, b, c], ReuseOptions.Default);
        var backward = ReuseAnalyzer.Analyze([c, b, a], ReuseOptions.Default);

        Assert.Equal(forward.Find(a.Id)!.OriginId, backward.Find(a.Id)!.OriginId);
        Assert.Equal(forward.Find(b.Id)!.OriginId, backward.Find(a.Id)!.OriginId);
        Assert.Equal(forward.Find(c.Id)!.OriginId, backward.Find(c.Id)!.OriginId);
    }

    [Fact]
    public void Sample_corpus_groups_the_wire_and_its_rewrite_and_keeps_the_others_apart()
    {
        var corpus = SampleCorpus.Load();

        var graph = ReuseAnalyzer.Analyze(corpus, ReuseOptions.Default);

        string Origin(string number) => graph.Find(corpus.Article(number).Id)!.OriginId;
        Assert.Equal(Origin("001"), Origin("002"));
        Assert.Equal(5 - 1, new[] { "000", "001", "003", "004" }.Select(Origin).Distinct().Count());
        Assert.NotEqual(Origin("000"), Origin("002"));
        Assert.Empty(graph.Find(corpus.Article("000").Id)!.Links);
        Assert.Empty(graph.Find(corpus.Article("004").Id)!.Links);
    }

    [Fact]
    public void Sample_rewrite_has_more_than_half_of_its_text_aligned_to_the_wire_copy()
    {
        var corpus = SampleCorpus.Load();
        var rewrite = corpus.Article("002");
        var wire = corpus.Article("001");

        var graph = ReuseAnalyzer.Analyze(corpus, ReuseOptions.Default);

        var link = Assert.Single(graph.Find(rewrite.Id)!.Links, l => l.Other == wire.Id);
        Assert.True(link.SharedChars > rewrite.Text.Length / 2, $"shared {link.SharedChars} of {rewrite.Text.Length}");
        Assert.Equal(ReuseDirection.ThisIsSource, link.Direction);
        Assert.True(graph.Find(wire.Id)!.Originality < 0.7);
        Assert.Equal(1.0, graph.Find(rewrite.Id)!.Originality);
    }

    [Fact]
    public void Random_input_never_throws_and_spans_stay_in_range()
    {
        var random = new Random(20240304);
        var words = (Wire + " " + Unrelated).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var alphabet = "abc \u201C\u201D\"'\u2018\u2019.,!?\n-\u00E9\u0301\uD83D\uDE00";
        var articles = new List<CleanArticle>();
        for (var n = 0; n < 40; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 300);
            for (var i = 0; i < length; i++)
            {
                if (random.Next(3) == 0)
                {
                    text.Append(alphabet[random.Next(alphabet.Length)]);
                }
                else
                {
                    text.Append(words[random.Next(words.Length)]).Append(random.Next(8) == 0 ? ". " : " ");
                }
            }

            if (n % 5 == 4)
            {
                text.Append(articles[^1].Text.AsSpan(0, articles[^1].Text.Length / 2));
            }

            articles.Add(Article(n.ToString(CultureInfo.InvariantCulture), text.ToString(), random.Next(2) == 0 ? null : Monday.AddDays(random.Next(3))));
        }

        var graph = ReuseAnalyzer.Analyze(articles, ReuseOptions.Default);

        var texts = articles.ToDictionary(a => a.Id, a => a.Text);
        foreach (var article in graph.Articles)
        {
            Assert.InRange(article.Originality, 0.0, 1.0);
            foreach (var link in article.Links)
            {
                Assert.InRange(link.SharedChars, 1, texts[article.ArticleId].Length);
                foreach (var p in link.Passages)
                {
                    Assert.InRange(p.Start, 0, p.End - 1);
                    Assert.InRange(p.End, p.Start + 1, texts[article.ArticleId].Length);
                    Assert.InRange(p.OtherStart, 0, p.OtherEnd - 1);
                    Assert.InRange(p.OtherEnd, p.OtherStart + 1, texts[link.Other].Length);
                }
            }
        }
    }
}
