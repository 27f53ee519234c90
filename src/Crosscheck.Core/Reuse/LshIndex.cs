using System.Runtime.CompilerServices;
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
    public IReadOnlyList<ReuseCandidate> Query(ReuseFingerprint fingerprint) => Collect(fingerprint, null);

    /// <summary>
    /// <see cref="Query"/> and then <see cref="Add"/> in one pass: each key is looked up once, its postings read
    /// before the article joins them, so the article is never its own candidate.
    /// </summary>
    public IReadOnlyList<ReuseCandidate> QueryAndAdd(ArticleId article, ReuseFingerprint fingerprint)
    {
        _articles.Add(article);
        return Collect(fingerprint, _articles.Count - 1);
    }

    /// <summary>
    /// <see cref="QueryAndAdd"/> for a batch of articles in order, with the same results: each article is compared
    /// with the indexed articles and those before it in the batch. The batch's own keys are gathered first, so the
    /// queries only read and run in parallel; the articles then join the postings in order.
    /// </summary>
    public IReadOnlyList<ReuseCandidate>[] QueryAndAddAll(IReadOnlyList<(ArticleId Article, ReuseFingerprint Fingerprint)> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var first = _articles.Count;
        var own = new Dictionary<ulong, List<int>>();
        for (var k = 0; k < batch.Count; k++)
        {
            _articles.Add(batch[k].Article);
            foreach (var key in batch[k].Fingerprint.BandKeys)
            {
                Note(own, key, k);
            }

            foreach (var key in batch[k].Fingerprint.PassageHashes)
            {
                Note(own, key, k);
            }
        }

        var results = new IReadOnlyList<ReuseCandidate>[batch.Count];
        Parallel.For(0, batch.Count, () => new Dictionary<int, (int Bands, int Passages)>(), (k, _, counts) =>
        {
            results[k] = CollectInBatch(batch[k].Fingerprint, first, k, own, counts);
            return counts;
        }, _ => { });

        for (var k = 0; k < batch.Count; k++)
        {
            foreach (var key in batch[k].Fingerprint.BandKeys)
            {
                AddPosting(key, first + k);
            }

            foreach (var key in batch[k].Fingerprint.PassageHashes)
            {
                AddPosting(key, first + k);
            }
        }

        return results;
    }

    private static void Note(Dictionary<ulong, List<int>> own, ulong key, int k)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(own, key, out _);
        list ??= [];
        if (list.Count == 0 || list[^1] != k)
        {
            list.Add(k);
        }
    }

    // Reads the postings a query made just before the article joined would read, newest first: those of the batch's
    // earlier articles, then the index's.
    private List<ReuseCandidate> CollectInBatch(
        ReuseFingerprint fingerprint, int first, int k, Dictionary<ulong, List<int>> own, Dictionary<int, (int Bands, int Passages)> counts)
    {
        counts.Clear();
        foreach (var key in fingerprint.BandKeys)
        {
            var seen = 0;
            var mine = own[key];
            for (var p = mine.BinarySearch(k) - 1; p >= 0 && seen < options.MaxPostingsPerKey; p--)
            {
                seen++;
                CollectionsMarshal.GetValueRefOrAddDefault(counts, first + mine[p], out _).Bands++;
            }

            ref var list = ref CollectionsMarshal.GetValueRefOrNullRef(_postings, key);
            if (!Unsafe.IsNullRef(ref list))
            {
                for (var p = list.Head; p >= 0 && seen < options.MaxPostingsPerKey; p = _postingNext[p])
                {
                    seen++;
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, _postingArticle[p], out _).Bands++;
                }
            }
        }

        foreach (var key in fingerprint.PassageHashes)
        {
            var mine = own[key];
            var earlier = mine.BinarySearch(k);
            ref var list = ref CollectionsMarshal.GetValueRefOrNullRef(_postings, key);
            var indexed = Unsafe.IsNullRef(ref list) ? 0 : list.Count;
            if (earlier + indexed == 0 || earlier + indexed > options.MaxPostingsPerKey)
            {
                continue;
            }

            for (var p = earlier - 1; p >= 0; p--)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, first + mine[p], out _).Passages++;
            }

            if (indexed > 0)
            {
                for (var p = list.Head; p >= 0; p = _postingNext[p])
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, _postingArticle[p], out _).Passages++;
                }
            }
        }

        return Candidates(counts);
    }

    private List<ReuseCandidate> Collect(ReuseFingerprint fingerprint, int? adding)
    {
        _counts.Clear();
        var self = adding ?? -1;
        foreach (var key in fingerprint.BandKeys)
        {
            ref var list = ref Postings(key, adding is not null, out var exists);
            if (exists)
            {
                var seen = 0;
                for (var p = list.Head; p >= 0 && seen < options.MaxPostingsPerKey; p = _postingNext[p])
                {
                    if (_postingArticle[p] == self)
                    {
                        continue;
                    }

                    seen++;
                    ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, _postingArticle[p], out _);
                    entry.Bands++;
                }
            }

            if (adding is { } article)
            {
                Append(ref list, article);
            }
        }

        foreach (var key in fingerprint.PassageHashes)
        {
            ref var list = ref Postings(key, adding is not null, out var exists);
            // The count read before this article joins the list, as a query before an add sees it.
            if (exists && list.Count - CountsSelf(list, self) <= options.MaxPostingsPerKey)
            {
                for (var p = list.Head; p >= 0; p = _postingNext[p])
                {
                    if (_postingArticle[p] == self)
                    {
                        continue;
                    }

                    ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, _postingArticle[p], out _);
                    entry.Passages++;
                }
            }

            if (adding is { } article)
            {
                Append(ref list, article);
            }
        }

        return Candidates(_counts);
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

    // 1 when the article was already appended to this list by an earlier key of its own fingerprint (a band key
    // equal to a passage hash, which only a 64-bit collision makes).
    private int CountsSelf((int Head, int Count) list, int self) => list.Head >= 0 && _postingArticle[list.Head] == self ? 1 : 0;

    // The key's posting list; when adding, a missing key gets an empty list to append to.
    private ref (int Head, int Count) Postings(ulong key, bool create, out bool exists)
    {
        if (create)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, key, out exists);
            if (!exists)
            {
                list = (-1, 0);
            }

            return ref list;
        }

        ref var found = ref CollectionsMarshal.GetValueRefOrNullRef(_postings, key);
        exists = !Unsafe.IsNullRef(ref found);
        return ref found;
    }

    private void AddPosting(ulong key, int article) => Append(ref Postings(key, create: true, out _), article);

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
