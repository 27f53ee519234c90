using System.Collections.Immutable;
using Crosscheck.Core;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Ingest;

namespace Crosscheck.Storage.Sqlite.Tests;

public sealed class SqliteArticleStoreTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crosscheck-store-").FullName;

    private string DatabasePath => Path.Combine(directory, "test.db");

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static StoredArticle Article(string body, string source = "a.txt")
    {
        var raw = RawArticle.Create(source, null, ContentFormat.PlainText, "Headline\n\n" + body);
        var clean = ArticleCleaner.Clean(raw, new CleanerOptions(new DateOnly(2026, 1, 1)));
        return new StoredArticle(raw, clean, [1UL, 2UL]);
    }

    [Fact]
    public void Storing_the_same_article_twice_keeps_one_copy()
    {
        using var store = SqliteArticleStore.Open(DatabasePath);
        var article = Article("The council met on Monday and approved the budget for the coming year after a long debate.");
        Assert.Equal(1, store.Store([article]));
        Assert.Equal(0, store.Store([article]));
        Assert.Equal(1, store.Count());
    }

    [Fact]
    public void Stored_article_round_trips_with_its_metadata_and_removed_lines()
    {
        var article = Article("Advertisement\n\nThe council met on Monday and approved the budget for the coming year after a long debate.\n\nCopyright © 2024 Town Crier. All rights reserved.");
        using (var store = SqliteArticleStore.Open(DatabasePath))
        {
            store.Store([article]);
        }

        using var reopened = SqliteArticleStore.Open(DatabasePath);
        var loaded = Assert.Single(reopened.LoadArticles());
        Assert.Equal(article.Clean.Text, loaded.Text);
        Assert.Equal(article.Clean.Title, loaded.Title);
        Assert.Equal("Town Crier", loaded.Outlet);
        Assert.Equal(article.Clean.Removed.ToArray(), loaded.Removed.ToArray());
        Assert.True(reopened.Contains(article.Clean.Id));
    }

    [Fact]
    public void Line_counts_count_distinct_articles()
    {
        using var store = SqliteArticleStore.Open(DatabasePath);
        store.Store([Article("First body sentence that is long enough to be prose in this test case."), Article("Second body sentence that is long enough to be prose in this test case.")]);
        var counts = store.LineCounts([1UL, 3UL]);
        Assert.Equal(2, counts[1UL]);
        Assert.False(counts.ContainsKey(3UL));
    }

    [Fact]
    public void File_that_is_not_a_database_is_refused_with_its_name()
    {
        File.WriteAllText(DatabasePath, "this is not a database, just some text that happens to be long enough to fill a header page");
        var error = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(DatabasePath));
        Assert.Contains(DatabasePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_database_is_refused_and_not_overwritten()
    {
        using (var store = SqliteArticleStore.Open(DatabasePath))
        {
            for (var i = 0; i < 50; i++)
            {
                store.Store([Article($"Article number {i} says the council met on Monday and approved a budget of {i} million after debate.", $"{i}.txt")]);
            }
        }

        var bytes = File.ReadAllBytes(DatabasePath);
        File.WriteAllBytes(DatabasePath, bytes[..(bytes.Length / 2)]);
        var truncated = File.ReadAllBytes(DatabasePath);
        var error = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(DatabasePath));
        Assert.Contains(DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.Equal(truncated, File.ReadAllBytes(DatabasePath));
    }
}
