using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Crosscheck.Core.Reports;
using Crosscheck.Core.Text;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Storage.Sqlite;

/// <summary>The latest analysis (the report's stories and per-article results) and full-text search over it.</summary>
public sealed partial class SqliteArticleStore
{
    public const int MaxPageSize = 100;

    // Private-use characters cannot come from a tokenizer match, so they delimit snippet marks unambiguously.
    private const string MarkOpen = "\uE000";
    private const string MarkClose = "\uE001";
    private const int SnippetTokens = 16;

    private static readonly JsonSerializerOptions RowJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private const string StoryColumns = "id, title, first_date, last_date, article_count, origin_count";

    /// <summary>Replaces the saved analysis with this report in one transaction: readers see the old one or the new one.</summary>
    public void SaveAnalysis(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var articles = report.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        using var transaction = connection.BeginTransaction();
        Execute(transaction, """
            DELETE FROM stories; DELETE FROM story_articles; DELETE FROM article_analysis;
            DELETE FROM claim_fts; DELETE FROM quote_fts;
            """);
        Execute(transaction, "INSERT OR REPLACE INTO analysis (id, crosscheck, saved_at) VALUES (1, $version, $saved)",
            ("$version", report.Crosscheck), ("$saved", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));

        using (var insert = Command(transaction, "INSERT INTO article_analysis (article_id, origin, originality, reuse) VALUES ($id, $origin, $originality, $reuse)"))
        {
            foreach (var article in report.Articles)
            {
                Bind(insert, ("$id", article.Id), ("$origin", article.Origin), ("$originality", article.Originality),
                    ("$reuse", JsonSerializer.Serialize(article.Reuse, RowJson)));
                insert.ExecuteNonQuery();
            }
        }

        using var story = Command(transaction, """
            INSERT INTO stories (id, title, first_date, last_date, article_count, origin_count, entry)
            VALUES ($id, $title, $first, $last, $count, $origins, $entry)
            """);
        using var member = Command(transaction, "INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES ($story, $article)");
        using var claim = Command(transaction, "INSERT INTO claim_fts (text, story_id, claim_id, article_id) VALUES ($text, $story, $claim, $article)");
        using var quote = Command(transaction, "INSERT INTO quote_fts (text, speaker, story_id, article_id) VALUES ($text, $speaker, $story, $article)");
        foreach (var entry in report.Stories)
        {
            var dates = entry.Articles
                .Select(id => articles.GetValueOrDefault(id)?.Published)
                .Concat(entry.Developments.Select(d => d.Date))
                .OfType<string>()
                .Select(DatePart)
                .Order(StringComparer.Ordinal)
                .ToList();
            var origins = entry.Articles.Select(id => articles.GetValueOrDefault(id)?.Origin ?? id).Distinct(StringComparer.Ordinal).Count();
            Bind(story, ("$id", entry.Id), ("$title", entry.Title), ("$first", dates.FirstOrDefault()), ("$last", dates.LastOrDefault()),
                ("$count", entry.Articles.Length), ("$origins", origins), ("$entry", JsonSerializer.Serialize(entry, RowJson)));
            story.ExecuteNonQuery();
            foreach (var article in entry.Articles)
            {
                Bind(member, ("$story", entry.Id), ("$article", article));
                member.ExecuteNonQuery();
            }

            foreach (var c in entry.Claims)
            {
                Bind(claim, ("$text", c.Text), ("$story", entry.Id), ("$claim", c.Id), ("$article", c.Occurrences.FirstOrDefault()?.Article));
                claim.ExecuteNonQuery();
            }

            foreach (var q in entry.Quotes)
            {
                Bind(quote, ("$text", q.Text), ("$speaker", q.SpeakerName), ("$story", entry.Id), ("$article", q.Occurrences.FirstOrDefault()?.Article));
                quote.ExecuteNonQuery();
            }
        }

        // The article index reads the articles table itself (external content), so a rebuild covers every stored article.
        Execute(transaction, "INSERT INTO article_fts (article_fts) VALUES ('rebuild')");
        transaction.Commit();
    }

    public bool HasAnalysis() => Scalar(connection, "SELECT 1 FROM analysis") is not null;

    /// <summary>Stories newest first; with a query, those whose articles, claims or quotes match it.</summary>
    public StoryPage ListStories(string? query, int page, int pageSize)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var filter = string.Empty;
        string? match = null;
        if (!string.IsNullOrWhiteSpace(query))
        {
            match = FtsQuery.Build(query);
            if (match is null)
            {
                return new StoryPage(page, pageSize, 0, []);
            }

            filter = """
                WHERE id IN (
                    SELECT sa.story_id FROM article_fts
                    JOIN articles a ON a.seq = article_fts.rowid
                    JOIN story_articles sa ON sa.article_id = a.id
                    WHERE article_fts MATCH $match
                    UNION SELECT story_id FROM claim_fts WHERE claim_fts MATCH $match
                    UNION SELECT story_id FROM quote_fts WHERE quote_fts MATCH $match)
                """;
        }

        using var count = Command(null, $"SELECT COUNT(*) FROM stories {filter}");
        using var list = Command(null, $"SELECT {StoryColumns} FROM stories {filter} ORDER BY last_date DESC, seq LIMIT $limit OFFSET $offset");
        if (match is not null)
        {
            Bind(count, ("$match", match));
            Bind(list, ("$match", match));
        }

        var total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        Bind(list, ("$limit", pageSize), ("$offset", (long)(page - 1) * pageSize));
        return new StoryPage(page, pageSize, total, ReadStories(list));
    }

    public StoryEntry? GetStory(string id)
    {
        using var command = Command(null, "SELECT entry FROM stories WHERE id = $id");
        Bind(command, ("$id", id));
        return command.ExecuteScalar() is string json ? JsonSerializer.Deserialize<StoryEntry>(json, RowJson) : null;
    }

    public StorySummary? GetStorySummary(string id)
    {
        using var command = Command(null, $"SELECT {StoryColumns} FROM stories WHERE id = $id");
        Bind(command, ("$id", id));
        return ReadStories(command).FirstOrDefault();
    }

    /// <summary>The stories an article belongs to.</summary>
    public ImmutableArray<StorySummary> StoriesOf(string articleId)
    {
        using var command = Command(null, $"""
            SELECT {StoryColumns} FROM stories
            WHERE id IN (SELECT story_id FROM story_articles WHERE article_id = $id) ORDER BY last_date DESC, seq
            """);
        Bind(command, ("$id", articleId));
        return ReadStories(command);
    }

    /// <summary>A stored article as the report shows it: cleaned text, removed lines and, once analysed, origin and reuse.</summary>
    public ArticleEntry? GetArticle(string id)
    {
        using var command = Command(null, """
            SELECT a.id, a.source, a.url, a.title, a.outlet, a.published, a.published_instant, a.dateline, a.byline,
                   a.credits, a.language, a.text, a.removed, x.origin, x.originality, x.reuse
            FROM articles a LEFT JOIN article_analysis x ON x.article_id = a.id
            WHERE a.id = $id
            """);
        Bind(command, ("$id", id));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var entry = ReportBuilder.ToEntry(ReadArticle(reader));
        return entry with
        {
            Origin = reader.IsDBNull(13) ? null : reader.GetString(13),
            Originality = reader.IsDBNull(14) ? null : reader.GetDouble(14),
            Reuse = reader.IsDBNull(15) ? [] : JsonSerializer.Deserialize<ImmutableArray<ReuseEntry>>(reader.GetString(15), RowJson),
        };
    }

    /// <summary>Best matches over article titles and texts, claims and quotes, best (lowest bm25) first.</summary>
    public ImmutableArray<SearchHit> Search(string? query, int limit = 50)
    {
        var match = FtsQuery.Build(query);
        if (match is null)
        {
            return [];
        }

        using var command = Command(null, $"""
            SELECT 'article', (SELECT story_id FROM story_articles WHERE article_id = a.id ORDER BY story_id LIMIT 1), a.id, NULL, a.title,
                   bm25(article_fts, 2.0, 1.0) AS rank, snippet(article_fts, -1, $open, $close, '…', {SnippetTokens})
            FROM article_fts JOIN articles a ON a.seq = article_fts.rowid WHERE article_fts MATCH $match
            UNION ALL
            SELECT 'claim', c.story_id, c.article_id, c.claim_id, s.title, bm25(claim_fts), snippet(claim_fts, 0, $open, $close, '…', {SnippetTokens})
            FROM claim_fts c LEFT JOIN stories s ON s.id = c.story_id WHERE claim_fts MATCH $match
            UNION ALL
            SELECT 'quote', q.story_id, q.article_id, NULL, s.title, bm25(quote_fts), snippet(quote_fts, -1, $open, $close, '…', {SnippetTokens})
            FROM quote_fts q LEFT JOIN stories s ON s.id = q.story_id WHERE quote_fts MATCH $match
            ORDER BY rank LIMIT $limit
            """);
        Bind(command, ("$match", match), ("$open", MarkOpen), ("$close", MarkClose), ("$limit", Math.Clamp(limit, 1, 500)));
        using var reader = command.ExecuteReader();
        var hits = ImmutableArray.CreateBuilder<SearchHit>();
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var (snippet, marks) = Unmark(reader.GetString(6));
            hits.Add(new SearchHit(reader.GetString(0), Text(1), Text(2), Text(3), Text(4), reader.GetDouble(5), snippet, marks));
        }

        return hits.ToImmutable();
    }

    private static (string Text, ImmutableArray<TextSpan> Marks) Unmark(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var marks = ImmutableArray.CreateBuilder<TextSpan>();
        var start = -1;
        foreach (var c in marked)
        {
            if (c == MarkOpen[0])
            {
                start = text.Length;
            }
            else if (c == MarkClose[0] && start >= 0)
            {
                marks.Add(new TextSpan(start, text.Length, text.ToString(start, text.Length - start)));
                start = -1;
            }
            else
            {
                text.Append(c);
            }
        }

        return (text.ToString(), marks.ToImmutable());
    }

    private static string DatePart(string iso) => iso.Length > 10 ? iso[..10] : iso;

    private static ImmutableArray<StorySummary> ReadStories(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var stories = ImmutableArray.CreateBuilder<StorySummary>();
        while (reader.Read())
        {
            stories.Add(new StorySummary(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetInt32(4),
                reader.GetInt32(5)));
        }

        return stories.ToImmutable();
    }

    private SqliteCommand Command(SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private void Execute(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql);
        Bind(command, parameters);
        command.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
        }
    }
}
