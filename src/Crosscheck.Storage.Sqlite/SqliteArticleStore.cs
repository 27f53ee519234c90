using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Core;
using Crosscheck.Core.Cleaning;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode, one transaction per batch, so a killed process
/// leaves every committed batch intact and nothing half-written.
/// </summary>
public sealed partial class SqliteArticleStore : IArticleStore, IDisposable
{
    private static readonly string[] ArticleParameters =
        ["$id", "$source", "$url", "$format", "$raw", "$title", "$outlet", "$published", "$instant", "$dateline", "$byline", "$credits", "$language", "$text", "$removed", "$ingested"];

    private readonly SqliteConnection connection;
    private readonly TimeProvider clock;

    private SqliteArticleStore(SqliteConnection connection, TimeProvider clock)
    {
        this.connection = connection;
        this.clock = clock;
    }

    public string Path { get; private init; } = string.Empty;

    /// <summary>Opens (creating if needed) and checks the database; a file that is not a healthy database is refused with its name.</summary>
    public static SqliteArticleStore Open(string path, TimeProvider? clock = null)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");
            var check = Scalar(connection, "PRAGMA quick_check;") as string;
            if (!string.Equals(check, "ok", StringComparison.Ordinal))
            {
                throw new StoreException($"{path}: the database is corrupt ({check})");
            }

            Migrate(connection);
            return new SqliteArticleStore(connection, clock ?? TimeProvider.System) { Path = path };
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{path}: not a usable Crosscheck database ({e.Message})", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public int Store(IReadOnlyList<StoredArticle> batch)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT OR IGNORE INTO articles
                (id, source, url, format, raw, title, outlet, published, published_instant, dateline, byline, credits, language, text, removed, ingested_at)
            VALUES ($id, $source, $url, $format, $raw, $title, $outlet, $published, $instant, $dateline, $byline, $credits, $language, $text, $removed, $ingested)
            """;
        var parameters = ArticleParameters
            .Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name }))
            .ToArray();
        using var line = connection.CreateCommand();
        line.Transaction = transaction;
        line.CommandText = "INSERT OR IGNORE INTO line_occurrences (line_key, article_id) VALUES ($key, $article)";
        var lineKey = line.Parameters.Add(new SqliteParameter { ParameterName = "$key" });
        var lineArticle = line.Parameters.Add(new SqliteParameter { ParameterName = "$article" });

        var added = 0;
        var now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        foreach (var (raw, clean, lineKeys) in batch)
        {
            object?[] values =
            [
                clean.Id.Value, clean.Source, clean.Url, raw.Format.ToString(), raw.Content, clean.Title, clean.Outlet,
                clean.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                clean.Published?.Instant?.ToString("O", CultureInfo.InvariantCulture),
                clean.Dateline, clean.Byline, JsonSerializer.Serialize(clean.Credits), clean.Language, clean.Text,
                JsonSerializer.Serialize(clean.Removed.Select(r => new RemovedRow(r.Text, r.Reason.ToString()))), now,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            added += insert.ExecuteNonQuery();
            lineArticle.Value = clean.Id.Value;
            foreach (var key in lineKeys)
            {
                lineKey.Value = unchecked((long)key);
                line.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        return added;
    }

    public bool Contains(ArticleId id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.Value);
        return command.ExecuteScalar() is not null;
    }

    public IReadOnlyDictionary<ulong, int> LineCounts(IReadOnlyCollection<ulong> keys)
    {
        var counts = new Dictionary<ulong, int>();
        if (keys.Count == 0)
        {
            return counts;
        }

        // One query for the whole batch: the keys travel as a JSON array that json_each unpacks.
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT line_key, COUNT(*) FROM line_occurrences
            WHERE line_key IN (SELECT value FROM json_each($keys))
            GROUP BY line_key
            """;
        command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(keys.Distinct().Select(k => unchecked((long)k))));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[unchecked((ulong)reader.GetInt64(0))] = reader.GetInt32(1);
        }

        return counts;
    }

    public ImmutableArray<CleanArticle> LoadArticles()
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, source, url, title, outlet, published, published_instant, dateline, byline, credits, language, text, removed
            FROM articles ORDER BY seq
            """;
        using var reader = command.ExecuteReader();
        var articles = ImmutableArray.CreateBuilder<CleanArticle>();
        while (reader.Read())
        {
            articles.Add(ReadArticle(reader));
        }

        return articles.ToImmutable();
    }

    public int Count() => Convert.ToInt32(Scalar(connection, "SELECT COUNT(*) FROM articles"), CultureInfo.InvariantCulture);

    public void Dispose() => connection.Dispose();

    private static CleanArticle ReadArticle(SqliteDataReader reader)
    {
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        PublicationDate? published = null;
        if (Text(5) is { } date)
        {
            var instant = Text(6) is { } when ? DateTimeOffset.Parse(when, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
            published = new PublicationDate(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), instant);
        }

        var removed = JsonSerializer.Deserialize<RemovedRow[]>(reader.GetString(12)) ?? [];
        return new CleanArticle(
            new ArticleId(reader.GetString(0)),
            reader.GetString(1),
            Text(2),
            Text(3),
            Text(4),
            published,
            Text(7),
            Text(8),
            [.. JsonSerializer.Deserialize<string[]>(reader.GetString(9)) ?? []],
            reader.GetString(10),
            reader.GetString(11),
            [.. removed.Select(r => new RemovedLine(r.Text, Enum.Parse<RemovalReason>(r.Reason)))]);
    }

    private static void Migrate(SqliteConnection connection)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
        for (var i = version; i < Schema.Migrations.Length; i++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Schema.Migrations[i] + $"\nPRAGMA user_version = {(i + 1).ToString(CultureInfo.InvariantCulture)};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private sealed record RemovedRow(string Text, string Reason);
}
