using System.Runtime.InteropServices;

namespace Crosscheck.Core.Reuse;

/// <summary>
/// In-memory candidate index over fingerprints: postings from LSH band keys and passage hashes to articles. A
/// query costs one lookup per key, independent of how many articles are indexed. Keys that point to more than
/// <see cref="ReuseOptions.MaxPostingsPerKey"/> articles are stock phrases: passage hashes beyond it are ignored and
/// band keys return only that many articles, so one syndicated story cannot make every query quadratic.
/// Band keys and passage hashes share one table: both are 64-bit hashes of different inputs, so they meet only
/// by chance. Not thread-safe, also for queries: one caller at a time.
/// </summary>
public sealed class LshIndex(ReuseOptions options)
{
    private readonly Dictionary<ulong, (int Head, int Count)> _postings = [];
    private readonly List<ArticleId> _articles = [];
    private readonly Dictionary<int, (int Bands, int Passages)> _counts = [];
    private int[] _postingArticle = new int[1024];
    private int[] _postingNext = new int[1024];
    private int _postingCount;

    public int Count => _articles.Count;

    public void Add(ArticleId article, ReuseFingerprint fingerprint)
    {
        var index = _articles.Count;
        _articles.Add(article);
        foreach (var key in fingerprint.BandKeys)
        {
            AddPosting(key, index);
        }

        foreach (var key in fingerprint.PassageHashes)
        {
            AddPosting(key, index);
        }
    }

    /// <summary>Indexed articles that share a band or enough passage hashes with the fingerprint, most shared first.</summary>
    public IReadOnlyList<ReuseCandidate> Query(ReuseFingerprint fingerprint) => CollectBefore(fingerprint, _articles.Count, _counts);

    /// <summary>
    /// <see cref="Add"/>, with the candidates a <see cref="Query"/> just before it would have found: the article is
    /// never its own candidate.
    /// </summary>
    public IReadOnlyList<ReuseCandidate> QueryAndAdd(ArticleId article, ReuseFingerprint fingerprint)
    {
        Add(article, fingerprint);
        return CollectBefore(fingerprint, _articles.Count - 1, _counts);
    }

    /// <summary>
    /// <see cref="QueryAndAdd"/> for a batch of articles in order, with the same results: each article is compared
    /// with the indexed articles and those before it in the batch. The batch joins the postings first; the queries
    /// then only read, each skipping the postings of its own and later articles (the newest, at the head of every
    /// list), and run in parallel.
    /// </summary>
    public IReadOnlyList<ReuseCandidate>[] QueryAndAddAll(IReadOnlyList<(ArticleId Article, ReuseFingerprint Fingerprint)> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var first = _articles.Count;
        foreach (var (article, fingerprint) in batch)
        {
            Add(article, fingerprint);
        }

        var results = new IReadOnlyList<ReuseCandidate>[batch.Count];
        Parallel.For(0, batch.Count, () => new Dictionary<int, (int Bands, int Passages)>(), (k, _, counts) =>
        {
            results[k] = CollectBefore(batch[k].Fingerprint, first + k, counts);
            return counts;
        }, _ => { });
        return results;
    }

    // Reads the postings a query made just before article <paramref name="self"/> joined would have read.
    private List<ReuseCandidate> CollectBefore(ReuseFingerprint fingerprint, int self, Dictionary<int, (int Bands, int Passages)> counts)
    {
        counts.Clear();
        foreach (var key in fingerprint.BandKeys)
        {
            var p = SkipNewer(_postings.GetValueOrDefault(key, (Head: -1, Count: 0)), self, out _);
            for (var seen = 0; p >= 0 && seen < options.MaxPostingsPerKey; p = _postingNext[p], seen++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, _postingArticle[p], out _).Bands++;
            }
        }

        foreach (var key in fingerprint.PassageHashes)
        {
            var list = _postings.GetValueOrDefault(key, (Head: -1, Count: 0));
            var p = SkipNewer(list, self, out var skipped);
            var earlier = list.Count - skipped;
            if (earlier == 0 || earlier > options.MaxPostingsPerKey)
            {
                continue;
            }

            for (; p >= 0; p = _postingNext[p])
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, _postingArticle[p], out _).Passages++;
            }
        }

        return Candidates(counts);
    }

    private int SkipNewer((int Head, int Count) list, int self, out int skipped)
    {
        skipped = 0;
        var p = list.Head;
        while (p >= 0 && _postingArticle[p] >= self)
        {
            skipped++;
            p = _postingNext[p];
        }

        return p;
    }

    private List<ReuseCandidate> Candidates(Dictionary<int, (int Bands, int Passages)> counts)
    {
        var candidates = new List<ReuseCandidate>();
        foreach (var (article, (bands, passages)) in counts)
        {
            if (bands > 0 || passages >= options.MinSharedPassageHashes)
            {
                candidates.Add(new ReuseCandidate(_articles[article], bands, passages));
            }
        }

        candidates.Sort(static (a, b) =>
            a.SharedBands != b.SharedBands ? b.SharedBands.CompareTo(a.SharedBands) : b.SharedPassageHashes.CompareTo(a.SharedPassageHashes));
        return candidates;
    }

    private void AddPosting(ulong key, int article)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, key, out var exists);
        if (!exists)
        {
            list = (-1, 0);
        }

        Append(ref list, article);
    }

    private void Append(ref (int Head, int Count) list, int article)
    {
        if (_postingCount == _postingArticle.Length)
        {
            Array.Resize(ref _postingArticle, _postingArticle.Length * 2);
            Array.Resize(ref _postingNext, _postingNext.Length * 2);
        }

        _postingArticle[_postingCount] = article;
        _postingNext[_postingCount] = list.Head;
        list = (_postingCount, list.Count + 1);
        _postingCount++;
    }
}
