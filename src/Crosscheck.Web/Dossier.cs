using System.Collections.Immutable;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Ingest;
using Crosscheck.Core.Reports;
using Crosscheck.Core.Search;
using Crosscheck.Storage.Sqlite;

namespace Crosscheck.Web;

/// <summary>
/// The one store connection behind every request. A SQLite connection is not thread-safe, so each call holds a lock;
/// an upload stores, reanalyses and saves under the same lock, so readers never see articles without their analysis.
/// </summary>
public sealed class Dossier : IDisposable
{
    private readonly Lock gate = new();
    private readonly SqliteArticleStore store;
    private readonly CrosscheckWebOptions options;
    private readonly TimeProvider clock;
    private SemanticIndex? semanticIndex;

    public Dossier(CrosscheckWebOptions options, TimeProvider clock)
    {
        this.options = options;
        this.clock = clock;
        store = SqliteArticleStore.Open(options.DatabasePath, clock);
    }

    public StoryPage ListStories(string? query, int page, int pageSize)
    {
        lock (gate)
        {
            return store.ListStories(query, page, pageSize);
        }
    }

    public StoryEntry? GetStory(string id)
    {
        lock (gate)
        {
            return store.GetStory(id);
        }
    }

    public StorySummary? GetStorySummary(string id)
    {
        lock (gate)
        {
            return store.GetStorySummary(id);
        }
    }

    public ImmutableArray<StorySummary> StoriesOf(string articleId)
    {
        lock (gate)
        {
            return store.StoriesOf(articleId);
        }
    }

    public ArticleEntry? GetArticle(string id)
    {
        lock (gate)
        {
            return store.GetArticle(id);
        }
    }

    public ImmutableArray<SearchHit> Search(string? query, int limit)
    {
        lock (gate)
        {
            return store.Search(query, limit);
        }
    }

    /// <summary>
    /// Meaning-based search over the latest analysis's claims, quotes and summaries; null when no embedding model is
    /// loaded. The index is built on first use and rebuilt after an upload changes the analysis.
    /// </summary>
    public ImmutableArray<SemanticHit>? SemanticSearch(string query, int limit)
    {
        if (options.Embedder is not { } embedder)
        {
            return null;
        }

        lock (gate)
        {
            semanticIndex ??= SemanticIndex.Build(AllStories(), embedder);
            return semanticIndex.Search(query, limit);
        }
    }

    private IEnumerable<StoryEntry> AllStories()
    {
        for (var page = 1; ; page++)
        {
            var listing = store.ListStories(null, page, 100);
            foreach (var summary in listing.Stories)
            {
                if (store.GetStory(summary.Id) is { } story)
                {
                    yield return story;
                }
            }

            if (listing.Stories.IsEmpty || page * 100 >= listing.Total)
            {
                yield break;
            }
        }
    }

    /// <summary>Cleans and stores what was read, then reruns the analysis over everything stored and saves it.</summary>
    public IngestOutcome Ingest(ReadResult read)
    {
        var cleaner = new CleanerOptions(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var raws = read.Articles.DistinctBy(r => r.Id).ToList();
        lock (gate)
        {
            var fresh = raws.Where(r => !store.Contains(r.Id)).ToList();
            var added = store.Store(BatchCleaner.Clean(fresh, store, cleaner));
            if (added > 0 || !store.HasAnalysis())
            {
                store.SaveAnalysis(options.Analyze(store.LoadArticles()));
                semanticIndex = null;
            }

            return new IngestOutcome([.. raws.Select(r => r.Id.Value)], added, raws.Count - fresh.Count, read.Problems);
        }
    }

    public void Dispose() => store.Dispose();
}
