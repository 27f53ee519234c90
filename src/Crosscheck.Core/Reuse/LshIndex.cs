using System.Runtime.InteropServices;

namespace Crosscheck.Core.Reuse;

/// <summary>
/// In-memory candidate index over fingerprints: postings from LSH band keys and passage hashes to articles. A
/// query costs one lookup per key, independent of how many articles are indexed. Keys that point to more than
/// <see cref="ReuseOptions.MaxPostingsPerKey"/> articles are stock phrases: passage hashes beyond it are ignored and
/// band keys return only that many articles, so one syndicated story cannot make every query quadratic.
/// Band keys and passage hashes share one table: both are 64-bit hashes of different inputs, so they meet only
/// by chance. Not thread-safe: one writer, no concurrent readers.
/// </summary>
public sealed class LshIndex(ReuseOptions options)
{
    private readonly Dictionary<ulong, (int Head, int Count)> _postings = [];
    private readonly List<ArticleId> _articles = [];
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
    public IReadOnlyList<ReuseCandidate> Query(ReuseFingerprint fingerprint)
    {
        var counts = new Dictionary<int, (int Bands, int Passages)>();
        foreach (var key in fingerprint.BandKeys)
        {
            if (!_postings.TryGetValue(key, out var list))
            {
                continue;
            }

            var seen = 0;
            for (var p = list.Head; p >= 0 && seen < options.MaxPostingsPerKey; p = _postingNext[p], seen++)
            {
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, _postingArticle[p], out _);
                entry.Bands++;
            }
        }

        foreach (var key in fingerprint.PassageHashes)
        {
            if (!_postings.TryGetValue(key, out var list) || list.Count > options.MaxPostingsPerKey)
            {
                continue;
            }

            for (var p = list.Head; p >= 0; p = _postingNext[p])
            {
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, _postingArticle[p], out _);
                entry.Passages++;
            }
        }

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
        if (_postingCount == _postingArticle.Length)
        {
            Array.Resize(ref _postingArticle, _postingArticle.Length * 2);
            Array.Resize(ref _postingNext, _postingNext.Length * 2);
        }

        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, key, out var exists);
        if (!exists)
        {
            list = (-1, 0);
        }

        _postingArticle[_postingCount] = article;
        _postingNext[_postingCount] = list.Head;
        list = (_postingCount, list.Count + 1);
        _postingCount++;
    }
}
