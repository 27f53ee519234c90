using System.Collections.Immutable;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Collections;
using Crosscheck.Core.Embeddings;

namespace Crosscheck.Core.Reuse;

/// <summary>
/// Text reuse over a batch of articles, as a pure function: fingerprints every article, finds candidate pairs
/// through the LSH and passage-hash index (never all pairs), aligns the candidates sentence by sentence, orients
/// each link by publication evidence, and groups articles whose shared text has one source into origins.
/// </summary>
public static class ReuseAnalyzer
{
    // Articles fingerprinted and aligned together: enough to keep both cores busy, few enough that the sentence
    // profiles of one chunk's candidate pairs, the largest per-article data, stay small.
    private const int ChunkSize = 1024;

    public static ReuseGraph Analyze(IReadOnlyList<CleanArticle> articles, ReuseOptions options, ISentenceEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(options);
        var positions = new Dictionary<ArticleId, int>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            if (!positions.TryAdd(articles[i].Id, i))
            {
                throw new ArgumentException($"Article {articles[i].Id} appears twice.", nameof(articles));
            }
        }

        var fingerprinter = new ReuseFingerprinter(options);
        var index = new LshIndex(options);
        var aligner = new PassageAligner(options, embedder);
        var embeddings = embedder is null ? null : new SentenceEmbeddingCache(embedder);
        var links = new List<ReuseLink>?[articles.Count];
        var substantial = new List<(int A, int B)>();
        for (var chunkStart = 0; chunkStart < articles.Count; chunkStart += ChunkSize)
        {
            var chunk = Math.Min(ChunkSize, articles.Count - chunkStart);
            var fingerprints = new ReuseFingerprint[chunk];
            Parallel.For(0, chunk, k => fingerprints[k] = fingerprinter.Compute(articles[chunkStart + k].Text));

            // An article is compared with those before it only, also within the chunk.
            var pairs = new List<(int Earlier, int Later)>();
            var found = index.QueryAndAddAll([.. Enumerable.Range(0, chunk).Select(k => (articles[chunkStart + k].Id, fingerprints[k]))]);
            for (var k = 0; k < chunk; k++)
            {
                foreach (var candidate in found[k])
                {
                    pairs.Add((positions[candidate.Article], chunkStart + k));
                }
            }

            var aligned = AlignPairs(articles, pairs, aligner, embeddings);
            for (var n = 0; n < pairs.Count; n++)
            {
                var (x, y) = pairs[n];
                var passages = aligned[n];
                if (passages.IsEmpty)
                {
                    continue;
                }

                var mirrored = passages.Select(p => p.Mirror()).OrderBy(p => p.Start).ToImmutableArray();
                var direction = SourceEstimator.Direction(articles[x], articles[y]);
                var linkX = new ReuseLink(articles[y].Id, CoveredChars(passages), direction, passages);
                var linkY = new ReuseLink(articles[x].Id, CoveredChars(mirrored), Reverse(direction), mirrored);
                (links[x] ??= []).Add(linkX);
                (links[y] ??= []).Add(linkY);
                var share = Math.Max(Share(linkX.SharedChars, articles[x].Text), Share(linkY.SharedChars, articles[y].Text));
                if (share >= options.MinOriginShare)
                {
                    substantial.Add((x, y));
                }
            }
        }

        var origins = OriginIds(articles, substantial);
        var result = ImmutableArray.CreateBuilder<ArticleReuse>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var ordered = (links[i] ?? []).OrderByDescending(l => l.SharedChars).ThenBy(l => l.Other.Value, StringComparer.Ordinal).ToImmutableArray();
            result.Add(new ArticleReuse(articles[i].Id, origins[i], Originality(articles[i].Text, ordered), ordered));
        }

        return new ReuseGraph(result.MoveToImmutable());
    }

    // Profiles are built once per chunk for every article its pairs touch; an earlier article paired again in a
    // later chunk is profiled again, which costs less than keeping every profile of the corpus in memory. With an
    // embedder, the sentences that only a semantic check can align are gathered from all the chunk's pairs and
    // embedded in one call, between two parallel passes that never wait on the model.
    private static ImmutableArray<AlignedPassage>[] AlignPairs(
        IReadOnlyList<CleanArticle> articles, List<(int Earlier, int Later)> pairs, PassageAligner aligner, SentenceEmbeddingCache? embeddings)
    {
        var involved = new List<int>();
        var slot = new Dictionary<int, int>();
        foreach (var (x, y) in pairs)
        {
            foreach (var article in (ReadOnlySpan<int>)[x, y])
            {
                if (slot.TryAdd(article, involved.Count))
                {
                    involved.Add(article);
                }
            }
        }

        var profiles = new ArticleProfile[involved.Count];
        Parallel.For(0, involved.Count, k => profiles[k] = ArticleProfile.Build(articles[involved[k]].Text));
        var aligned = new ImmutableArray<AlignedPassage>[pairs.Count];
        if (embeddings is null)
        {
            Parallel.For(0, pairs.Count, p => aligned[p] = aligner.Align(profiles[slot[pairs[p].Earlier]], profiles[slot[pairs[p].Later]]));
            return aligned;
        }

        var scored = new SentencePairs[pairs.Count];
        Parallel.For(0, pairs.Count, p => scored[p] = aligner.ScorePairs(profiles[slot[pairs[p].Earlier]], profiles[slot[pairs[p].Later]]));
        var known = embeddings.Embed(Enumerable.Range(0, pairs.Count)
            .SelectMany(p => scored[p].UndecidedTexts(profiles[slot[pairs[p].Earlier]], profiles[slot[pairs[p].Later]])));
        Parallel.For(0, pairs.Count, p => aligned[p] = aligner.Complete(profiles[slot[pairs[p].Earlier]], profiles[slot[pairs[p].Later]], scored[p], known));
        return aligned;
    }

    /// <summary>
    /// Share of the letters and digits of a text not covered by passages it shares with an article that is not
    /// known to be its copy: text shared with an earlier or undated article is not counted as this one's own.
    /// Spaces and punctuation are left out so that passage boundaries between sentences do not count as original.
    /// </summary>
    public static double Originality(string text, IEnumerable<ReuseLink> links)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(links);

        // Most articles share nothing: they are wholly their own without a look at their characters.
        if (!links.Any(link => link.Direction != ReuseDirection.ThisIsSource && !link.Passages.IsEmpty))
        {
            return 1.0;
        }

        var covered = new bool[text.Length];
        foreach (var link in links)
        {
            if (link.Direction == ReuseDirection.ThisIsSource)
            {
                continue;
            }

            foreach (var passage in link.Passages)
            {
                for (var i = Math.Max(0, passage.Start); i < Math.Min(text.Length, passage.End); i++)
                {
                    covered[i] = true;
                }
            }
        }

        int total = 0, original = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                total++;
                original += covered[i] ? 0 : 1;
            }
        }

        return total == 0 ? 1.0 : (double)original / total;
    }

    private static int CoveredChars(ImmutableArray<AlignedPassage> passages)
    {
        var covered = 0;
        var reached = 0;
        foreach (var passage in passages.OrderBy(p => p.Start))
        {
            var start = Math.Max(passage.Start, reached);
            if (passage.End > start)
            {
                covered += passage.End - start;
                reached = passage.End;
            }
        }

        return covered;
    }

    private static double Share(int chars, string text) => text.Length == 0 ? 0 : (double)chars / text.Length;

    private static ReuseDirection Reverse(ReuseDirection direction) => direction switch
    {
        ReuseDirection.OtherIsSource => ReuseDirection.ThisIsSource,
        ReuseDirection.ThisIsSource => ReuseDirection.OtherIsSource,
        _ => ReuseDirection.Unknown,
    };

    // Connected components over substantial links; the id comes from the component's earliest member (undated
    // last, ties by id), so it does not depend on input order.
    private static string[] OriginIds(IReadOnlyList<CleanArticle> articles, List<(int A, int B)> links)
    {
        var parent = DisjointSets.Singletons(articles.Count);
        foreach (var (a, b) in links)
        {
            DisjointSets.Join(parent, a, b);
        }

        var first = new Dictionary<int, int>();
        for (var i = 0; i < articles.Count; i++)
        {
            var root = DisjointSets.Root(parent, i);
            if (!first.TryGetValue(root, out var current) || IsEarlier(articles[i], articles[current]))
            {
                first[root] = i;
            }
        }

        var ids = new string[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            var founder = articles[first[DisjointSets.Root(parent, i)]].Id.Value;
            ids[i] = "o-" + XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(founder)).ToString("x16", CultureInfo.InvariantCulture);
        }

        return ids;
    }

    private static bool IsEarlier(CleanArticle x, CleanArticle y)
    {
        if (x.Published is null || y.Published is null)
        {
            return x.Published is not null
                || (y.Published is null && string.CompareOrdinal(x.Id.Value, y.Id.Value) < 0);
        }

        var byDate = x.Published.Date.CompareTo(y.Published.Date);
        if (byDate == 0 && x.Published.Instant is { } xi && y.Published.Instant is { } yi)
        {
            byDate = xi.CompareTo(yi);
        }

        return byDate != 0 ? byDate < 0 : string.CompareOrdinal(x.Id.Value, y.Id.Value) < 0;
    }

}
