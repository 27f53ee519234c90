using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Core;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Ingest;
using Crosscheck.Core.Reports;
using Crosscheck.Storage.Sqlite;

namespace Crosscheck.TestKit;

/// <summary>
/// The hand-written report in tests/fixtures/web-report: three articles, one story with claims, quotes,
/// discrepancies, a summary and reuse passages, all offsets pointing into the articles' texts.
/// </summary>
public static class ReportFixture
{
    public static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "web-report", name);

    public static Report Load() =>
        JsonSerializer.Deserialize<Report>(File.ReadAllText(PathOf("report.json")), Json)
        ?? throw new InvalidOperationException("the fixture report is empty");

    /// <summary>Stores the report's articles as if they had been ingested, then saves the report as the analysis.</summary>
    public static Report Seed(SqliteArticleStore store)
    {
        var report = Load();
        store.Store([.. report.Articles.Select(ToStored)]);
        store.SaveAnalysis(report);
        return report;
    }

    public static StoredArticle ToStored(ArticleEntry entry)
    {
        var id = new ArticleId(entry.Id);
        var raw = new RawArticle(id, entry.Source, entry.Url, ContentFormat.PlainText, entry.Text, entry.Title, entry.Outlet);
        var published = entry.Published is { } date
            ? new PublicationDate(DateOnly.ParseExact(date[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture))
            : null;
        var removed = entry.Removed
            .Select(r => new RemovedLine(r.Text, Enum.Parse<RemovalReason>(r.Reason.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true)))
            .ToImmutableArray();
        var clean = new CleanArticle(id, entry.Source, entry.Url, entry.Title, entry.Outlet, published, entry.Dateline, entry.Byline,
            entry.Credits, entry.Language, entry.Text, removed);
        return new StoredArticle(raw, clean, []);
    }
}
