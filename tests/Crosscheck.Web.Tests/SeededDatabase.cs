using System.Collections.Immutable;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Embeddings;
using Crosscheck.Core.Reports;
using Crosscheck.Storage.Sqlite;
using Crosscheck.TestKit;

namespace Crosscheck.Web.Tests;

/// <summary>
/// A temp-file database holding the fixture report plus two more stories (older and newer), and the stand-in analysis
/// the host reruns after an upload: the stored articles as the report shows them, with the seeded stories kept.
/// </summary>
public sealed class SeededDatabase : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crosscheck-web-").FullName;
    private int analysisRuns;

    public SeededDatabase()
    {
        Path = System.IO.Path.Combine(directory, "web.db");
        var fixture = ReportFixture.Load();
        var ids = fixture.Articles.Select(a => a.Id).ToArray();
        Report = fixture with
        {
            Stories = fixture.Stories.AddRange((StoryEntry[])
            [
                new StoryEntry("s-older", "Older story about sanctions", [ids[0]], [new DevelopmentEntry("2022-12-01", "Sanctions are announced", [ids[0]])], [], [], [], [], [], []),
                new StoryEntry("s-newer", "Newer story about rail cars", [ids[2]], [new DevelopmentEntry("2023-02-01", "Photos are published", [ids[2]])], [], [], [], [], [], []),
            ]),
        };
        using var store = SqliteArticleStore.Open(Path);
        store.Store([.. Report.Articles.Select(ReportFixture.ToStored)]);
        store.SaveAnalysis(Report);
    }

    public string Path { get; }

    public Report Report { get; }

    public StoryEntry Story => Report.Stories[0];

    public int AnalysisRuns => Volatile.Read(ref analysisRuns);

    public int LastAnalyzedCount { get; private set; }

    public Report Analyze(IReadOnlyList<CleanArticle> articles)
    {
        Interlocked.Increment(ref analysisRuns);
        LastAnalyzedCount = articles.Count;
        var seeded = Report.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var entries = articles.Select(a => seeded.GetValueOrDefault(a.Id.Value) ?? ReportBuilder.ToEntry(a)).ToImmutableArray();
        return Report with { Articles = entries };
    }

    public CrosscheckWebOptions Options(long maxUploadBytes = CrosscheckWebOptions.DefaultMaxUploadBytes, ISentenceEmbedder? embedder = null) =>
        new(Path, Analyze, maxUploadBytes, embedder);

    // The factory disposes both synchronously and asynchronously, so this runs twice.
    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
