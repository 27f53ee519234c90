using Crosscheck.Core.Reports;
using Crosscheck.TestKit;

namespace Crosscheck.Storage.Sqlite.Tests;

public sealed class SqliteArticleStoreAnalysisTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crosscheck-analysis-").FullName;
    private readonly SqliteArticleStore store;
    private readonly Report report;

    public SqliteArticleStoreAnalysisTests()
    {
        store = SqliteArticleStore.Open(Path.Combine(directory, "test.db"));
        report = ReportFixture.Seed(store);
    }

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private static StoryEntry Story(string id, string title, params string[] articles) =>
        new(id, title, [.. articles], [], [], [], [], [], [], []);

    [Fact]
    public void Saved_story_round_trips_with_its_claims_quotes_and_discrepancies()
    {
        var expected = report.Stories[0];
        var loaded = store.GetStory(expected.Id);
        Assert.NotNull(loaded);
        Assert.Equal(expected.Title, loaded.Title);
        Assert.Equal(expected.Claims.Select(c => (c.Id, c.Status, c.Origins, c.Occurrences.Length)), loaded.Claims.Select(c => (c.Id, c.Status, c.Origins, c.Occurrences.Length)));
        Assert.Equal(expected.Quotes.Select(q => q.SpeakerName), loaded.Quotes.Select(q => q.SpeakerName));
        Assert.Equal(expected.Discrepancies[0].Variants.Select(v => v.Text), loaded.Discrepancies[0].Variants.Select(v => v.Text));
        Assert.Equal(expected.Summary[0].Source, loaded.Summary[0].Source);
    }

    [Fact]
    public void Story_summary_counts_articles_origins_and_spans_their_dates()
    {
        var summary = Assert.Single(store.ListStories(null, 1, 10).Stories);
        Assert.Equal(3, summary.ArticleCount);
        Assert.Equal(2, summary.OriginCount);
        Assert.Equal("2022-12-22", summary.FirstDate);
        Assert.Equal("2023-01-20", summary.LastDate);
    }

    [Fact]
    public void Article_joins_cleaned_text_with_origin_and_reuse()
    {
        var expected = report.Articles[0];
        var article = store.GetArticle(expected.Id);
        Assert.NotNull(article);
        Assert.Equal(expected.Text, article.Text);
        Assert.Equal(expected.Origin, article.Origin);
        Assert.Equal(expected.Originality, article.Originality);
        Assert.Equal(expected.Reuse[0].Passages.ToArray(), article.Reuse[0].Passages.ToArray());
        Assert.Equal(expected.Removed.ToArray(), article.Removed.ToArray());
        Assert.Null(store.GetArticle("a-missing"));
    }

    [Fact]
    public void Saving_again_replaces_the_previous_analysis()
    {
        var ids = report.Articles.Select(a => a.Id).ToArray();
        store.SaveAnalysis(report with { Stories = [Story("s-new", "Replacement story", ids[0])] });
        var page = store.ListStories(null, 1, 10);
        Assert.Equal("s-new", Assert.Single(page.Stories).Id);
        Assert.Null(store.GetStory(report.Stories[0].Id));
        Assert.Empty(store.Search("50,000").Where(h => h.Kind == "claim"));
    }

    [Fact]
    public void Stories_are_listed_newest_first_in_pages()
    {
        var ids = report.Articles.Select(a => a.Id).ToArray();
        store.SaveAnalysis(report with
        {
            Stories = [Story("s-old", "Old", ids[0]), Story("s-new", "New", ids[2]), Story("s-mid", "Middle", ids[1])],
        });
        var first = store.ListStories(null, 1, 2);
        var second = store.ListStories(null, 2, 2);
        Assert.Equal(3, first.Total);
        Assert.Equal(["s-new", "s-mid"], first.Stories.Select(s => s.Id));
        Assert.Equal(["s-old"], second.Stories.Select(s => s.Id));
    }

    [Fact]
    public void Query_finds_stories_through_claims_quotes_and_article_text()
    {
        var id = report.Stories[0].Id;
        Assert.Equal(id, Assert.Single(store.ListStories("personnel", 1, 10).Stories).Id);
        Assert.Equal(id, Assert.Single(store.ListStories("suppliers", 1, 10).Stories).Id);
        Assert.Equal(id, Assert.Single(store.ListStories("Bakhmut", 1, 10).Stories).Id);
        Assert.Empty(store.ListStories("volcano", 1, 10).Stories);
    }

    [Fact]
    public void Search_ranks_hits_and_marks_the_matched_terms_in_snippets()
    {
        var hits = store.Search("convicts");
        Assert.NotEmpty(hits);
        Assert.Equal(hits.Select(h => h.Rank).Order(), hits.Select(h => h.Rank));
        var hit = hits[0];
        Assert.Equal("article", hit.Kind);
        Assert.Equal(report.Stories[0].Id, hit.StoryId);
        var mark = Assert.Single(hit.Marks);
        Assert.Equal("convicts", hit.Snippet[mark.Start..mark.End]);
    }

    [Fact]
    public void Porter_stemming_matches_other_word_forms()
    {
        Assert.Contains(store.Search("recruit"), h => h.Kind == "article");
        Assert.Contains(store.Search("delivering"), h => h.Kind == "claim" && h.ClaimId == "c-delivery");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NOT")]
    [InlineData("a AND OR")]
    [InlineData("title:wagner")]
    [InlineData("(missiles")]
    [InlineData("*")]
    [InlineData("wagner\" OR \"x")]
    [InlineData("NEAR(wagner kirby)")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("\u0000 \uE000")]
    public void Hostile_or_malformed_queries_never_raise_errors(string query)
    {
        _ = store.Search(query);
        _ = store.ListStories(query, 1, 10);
        Assert.Equal(3, store.Count());
    }

    [Fact]
    public void Query_operators_are_searched_as_words()
    {
        Assert.Equal("\"title:wagner\"", FtsQuery.Build("title:wagner"));
        Assert.Equal("\"missil\"* \"a\"\"b\"", FtsQuery.Build("missil* a\"b"));
        Assert.Null(FtsQuery.Build(" \" * - "));
        Assert.Contains(store.Search("missil*"), h => h.Kind == "article");
    }

    [Fact]
    public void Analysis_is_known_to_exist_once_saved()
    {
        Assert.True(store.HasAnalysis());
        using var empty = SqliteArticleStore.Open(Path.Combine(directory, "empty.db"));
        Assert.False(empty.HasAnalysis());
    }
}
