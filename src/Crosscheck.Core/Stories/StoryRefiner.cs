using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Crosscheck.Core.Stories;

/// <summary>
/// A second look at the stories of the streaming pass once the batch is in. The stream decides each article on what
/// it has seen so far: the IDF of the first articles is nearly flat, and the first reports of one event can start two
/// stories before either is big enough to draw the other. With every article weighed again on the final IDF, the
/// refiner first moves each article to the story it now reads most like, if that beats its own, so that a stray
/// article does not bridge two stories, then merges stories whose articles agree on average (closest pair first).
/// Only stories that share distinctive terms (an inverted index over each story's top centroid terms) and whose dates
/// lie within the quiet gap of each other are compared, so the cost stays near-linear in the number of articles.
/// </summary>
internal sealed class StoryRefiner
{
    // Bounds the cost of the nearest-member signal on large stories: the latest members stand for the rest.
    private const int NearestMembers = 16;

    // An article is compared with the few stories that share most of its distinctive terms: the stream has already
    // placed it well or badly among the same neighbours, so a wide search buys little.
    private const int ReassignCandidates = 4;

    private const int ReassignBlock = 256;

    // A term among the top terms of more stories than this tells little about which of them belong together, and
    // reading its postings would make the cost of a story grow with the corpus.
    private const int CommonTermStories = 256;

    private readonly StoryOptions options;
    private readonly IReadOnlyList<ArticleSignals> articles;
    private readonly List<Group> groups;
    private readonly int[] owner;
    // Unordered lists: candidates are ranked by count and id alone, and a flat list reads faster than a set.
    private readonly Dictionary<int, List<int>> postings = [];

    // Scratch space of the sequential passes, reused across articles and stories.
    private readonly Scratch scratch = new();

    // Scratch of the parallel passes, kept across blocks since its arrays run to the size of the vocabulary.
    private readonly ConcurrentBag<Scratch> spare = [];
    private float[] query = [];

    private StoryRefiner(IReadOnlyList<ArticleSignals> articles, IReadOnlyList<IReadOnlyList<int>> stories, StoryOptions options)
    {
        this.options = options;
        this.articles = articles;
        owner = new int[articles.Count];

        // Each story's sums and top terms are its own; only the shared index is built in story order.
        var built = new Group[stories.Count];
        Parallel.For(0, stories.Count, g =>
        {
            var group = new Group();
            if (stories[g].Count > 0)
            {
                // Sized to the first article at once: grown term by term, the sums would be copied several times over.
                group.Centroid.EnsureCapacity(articles[stories[g][0]].Terms.Ids.Length);
                group.Entities.EnsureCapacity(articles[stories[g][0]].Entities.Ids.Length);
            }

            foreach (var article in stories[g])
            {
                Add(group, article);
                owner[article] = g;
            }

            group.Top = TopRanked.Keys(group.Centroid, options.IndexedTermsPerStory);
            built[g] = group;
        });
        groups = [.. built];
        for (var g = 0; g < groups.Count; g++)
        {
            AddPostings(g);
        }
    }

    /// <summary>Returns the refined stories as lists of article indices in stream order, in order of first article.</summary>
    public static List<List<int>> Refine(IReadOnlyList<ArticleSignals> articles, IReadOnlyList<IReadOnlyList<int>> stories, StoryOptions options)
    {
        var refiner = new StoryRefiner(articles, stories, options);
        refiner.Reassign();
        refiner.Merge();
        return refiner.groups
            .Where(g => g.Members.Count > 0)
            .Select(g => g.Members.Order().ToList())
            .OrderBy(m => m[0])
            .ToList();
    }

    private bool Embedded => articles.Count > 0 && articles[0].Embedding is not null;

    private double MergeThreshold => Embedded ? options.MergeThresholdWithEmbeddings : options.MergeThreshold;

    private double JoinThreshold => Embedded ? options.JoinThresholdWithEmbeddings : options.JoinThreshold;

    private void Merge()
    {
        var queue = new PriorityQueue<(int A, int B, int VersionA, int VersionB), double>(Comparer<double>.Create((x, y) => y.CompareTo(x)));

        // The first offers only read the stories, so they are scored in parallel and queued in story order, as one
        // thread would queue them; spans are settled first, since reading a stale one rewrites it.
        foreach (var group in groups)
        {
            Span(group);
        }

        var offers = new List<(int B, double Score)>[groups.Count];
        Parallel.For(0, groups.Count, () => spare.TryTake(out var kept) ? kept : new Scratch(), (g, _, local) =>
        {
            offers[g] = Offers(g, c => c > g, local);
            return local;
        }, spare.Add);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var (c, score) in offers[g])
            {
                queue.Enqueue((g, c, groups[g].Version, groups[c].Version), score);
            }
        }

        while (queue.TryDequeue(out var pair, out _))
        {
            var (a, b) = (groups[pair.A], groups[pair.B]);
            if (a.Members.Count == 0 || b.Members.Count == 0 || a.Version != pair.VersionA || b.Version != pair.VersionB)
            {
                continue;
            }

            var pool = new HashSet<int>(a.Top);
            pool.UnionWith(b.Centroid.Keys);
            Absorb(pair.A, pair.B);
            b.Clear();
            Reindex(pair.B);
            Reindex(pair.A, pool);
            foreach (var (c, score) in Offers(pair.A, _ => true, scratch))
            {
                queue.Enqueue((pair.A, c, a.Version, groups[c].Version), score);
            }
        }
    }

    // The story's sums are written out by term id first: a neighbour smaller than the story is then read by a scan of
    // its entries against the array, without a hash lookup per term. A story with no neighbour near enough in time
    // is not written out at all.
    private List<(int B, double Score)> Offers(int g, Func<int, bool> include, Scratch local)
    {
        var group = groups[g];
        var result = new List<(int B, double Score)>();
        var near = new List<(int C, int? Gap)>();
        foreach (var c in Candidates(group.Top, g, options.MaxCandidates, local))
        {
            if (!include(c))
            {
                continue;
            }

            var gap = Gap(group, groups[c]);
            if (gap is null || gap <= options.QuietAfterDays)
            {
                near.Add((c, gap));
            }
        }

        if (near.Count == 0)
        {
            return result;
        }

        Scatter(group.Centroid, ref local.Centroid, 1);
        Scatter(group.Entities, ref local.Names, 1);
        var (centroid, names) = (local.Centroid, local.Names);
        foreach (var (c, gap) in near)
        {
            // Average linkage: the mean similarity of the two stories' article pairs, read off the sums. Centroid
            // cosine would rise with a loose story's size and let a broad beat swallow its neighbours.
            var other = groups[c];
            var pairs = (double)group.Members.Count * other.Members.Count;
            var score = StorySimilarity.Combine(
                pairs > 0 ? Dot(other.Centroid, group.Centroid, centroid) / pairs : 0,
                pairs > 0 ? Dot(other.Entities, group.Entities, names) / pairs : 0,
                group.Embedding is not null && other.Embedding is not null ? StorySimilarity.Dot(group.Embedding, other.Embedding) / pairs : null,
                gap,
                options,
                group.Entities.Count > 0 && other.Entities.Count > 0);
            if (score >= MergeThreshold)
            {
                result.Add((c, score));
            }
        }

        Scatter(group.Centroid, ref local.Centroid, 0);
        Scatter(group.Entities, ref local.Names, 0);

        return result;
    }

    // A story's sums are compared with many neighbours' in a row: written out densely by term id, each comparison is a
    // scan of the neighbour's entries instead of a hash lookup per shared term. A zero sign clears the array again.
    private static void Scatter(Dictionary<int, double> sum, ref double[] dense, double sign)
    {
        foreach (var (id, weight) in sum)
        {
            if (id >= dense.Length)
            {
                Array.Resize(ref dense, Math.Max(id + 1, dense.Length * 2));
            }

            dense[id] = sign * weight;
        }
    }

    // The dot product of two sums, one of them also written densely: a scan of the smaller one, so that a large
    // story met by many small neighbours is not read whole for each of them.
    private static double Dot(Dictionary<int, double> sum, Dictionary<int, double> scattered, double[] dense)
    {
        var dot = 0.0;
        if (sum.Count > scattered.Count)
        {
            foreach (var (id, weight) in scattered)
            {
                if (sum.TryGetValue(id, out var other))
                {
                    dot += weight * other;
                }
            }

            return dot;
        }

        foreach (var (id, weight) in sum)
        {
            if ((uint)id < (uint)dense.Length)
            {
                dot += weight * dense[id];
            }
        }

        return dot;
    }

    // Articles are reassigned in blocks: each article's candidate stories are scored in parallel as the stories stood
    // before the block, then the articles are moved one at a time in order, with every story an earlier move changed
    // (and the article's own, which it leaves) scored again as it stands.
    private void Reassign()
    {
        var limit = Math.Min(ReassignCandidates, options.MaxCandidates);
        var scored = new List<(int Story, int Version, double Score)>[ReassignBlock];
        for (var start = 0; start < articles.Count; start += ReassignBlock)
        {
            var end = Math.Min(articles.Count, start + ReassignBlock);
            Parallel.For(start, end, () => spare.TryTake(out var kept) ? kept : new Scratch(), (article, _, local) =>
            {
                var signals = articles[article];
                var home = owner[article];
                StorySimilarity.Scatter(signals.Terms, ref local.Query);
                var list = new List<(int Story, int Version, double Score)>(limit);
                foreach (var c in Candidates(QueryTerms(signals), home, limit, local))
                {
                    list.Add((c, groups[c].Version, Score(article, groups[c], local.Query, settle: false)));
                }

                StorySimilarity.Scatter(signals.Terms, ref local.Query, 0);
                scored[article - start] = list;
                return local;
            }, spare.Add);

            for (var article = start; article < end; article++)
            {
                var home = owner[article];
                var signals = articles[article];
                Remove(groups[home], article);
                StorySimilarity.Scatter(signals.Terms, ref query);
                var own = groups[home].Members.Count == 0 ? double.NegativeInfinity : Score(article, groups[home], query, settle: true);
                var best = home;
                var bestScore = Math.Max(own, JoinThreshold);
                foreach (var (c, version, earlier) in scored[article - start])
                {
                    var score = groups[c].Version == version ? earlier : Score(article, groups[c], query, settle: true);
                    if (score > bestScore)
                    {
                        best = c;
                        bestScore = score;
                    }
                }

                StorySimilarity.Scatter(signals.Terms, ref query, 0);
                Add(groups[best], article);
                owner[article] = best;
                if (best != home)
                {
                    Reindex(home);
                    Reindex(best);
                }
            }
        }
    }

    private List<int> QueryTerms(ArticleSignals signals) =>
        [.. signals.Terms.Ids.AsSpan(0, Math.Min(options.QueryTerms, signals.Terms.Ids.Length))];

    // With settle false (in parallel), a stale span is worked out without being stored.
    private double Score(int article, Group group, float[] query, bool settle)
    {
        var signals = articles[article];
        var range = settle ? Span(group) : group.SpanStale ? FreshSpan(group) : group.Span;
        if (signals.Date is { } date && range is { } span
            && (date.DayNumber < span.First.DayNumber - options.QuietAfterDays || date.DayNumber > span.Last.DayNumber + options.QuietAfterDays))
        {
            return double.NegativeInfinity;
        }

        var centroid = StorySimilarity.Cosine(signals.Terms, query, group.Centroid, group.Norm2);
        var nearest = double.NegativeInfinity;
        for (var i = Math.Max(0, group.Members.Count - NearestMembers); i < group.Members.Count; i++)
        {
            nearest = Math.Max(nearest, StorySimilarity.Dot(articles[group.Members[i]].Terms, query));
        }

        var lexical = ((1 - options.NearestMemberShare) * centroid) + (options.NearestMemberShare * nearest);
        var entity = StorySimilarity.Cosine(signals.Entities, group.Entities, group.EntityNorm2);
        double? semantic = signals.Embedding is not null && group.Embedding is not null ? StorySimilarity.Cosine(signals.Embedding, group.Embedding) : null;
        int? gap = signals.Date is { } d && range is { } s ? Math.Max(0, Math.Max(s.First.DayNumber - d.DayNumber, d.DayNumber - s.Last.DayNumber)) : null;
        return StorySimilarity.Combine(lexical, entity, semantic, gap, options, !signals.Entities.IsEmpty && group.EntityNorm2 > 0);
    }

    private List<int> Candidates(List<int> terms, int self, int limit, Scratch local)
    {
        foreach (var id in terms)
        {
            if (postings.TryGetValue(id, out var list) && list.Count <= CommonTermStories)
            {
                local.Tally.Add(CollectionsMarshal.AsSpan(list), 1, groups.Count);
            }
        }

        local.Tally.Remove(self);
        return local.Tally.TakeTop(limit, tiesByStory: true);
    }

    private void Unlist(int id, int g)
    {
        var list = postings[id];
        var at = list.LastIndexOf(g);
        if (at >= 0)
        {
            list[at] = list[^1];
            list.RemoveAt(list.Count - 1);
        }
    }

    private void Reindex(int g)
    {
        var group = groups[g];
        foreach (var id in group.Top)
        {
            Unlist(id, g);
        }

        group.Top = TopRanked.Keys(group.Centroid, options.IndexedTermsPerStory);
        AddPostings(g);
    }

    // After a merge the top terms are drawn from the old ones and the absorbed story's terms: sums only grew, so no
    // other term can have overtaken them.
    private void Reindex(int g, HashSet<int> pool)
    {
        var group = groups[g];
        foreach (var id in group.Top)
        {
            Unlist(id, g);
        }

        group.Top = TopRanked.Keys(pool, pool.Count, group.Centroid, options.IndexedTermsPerStory);
        AddPostings(g);
    }

    private void AddPostings(int g)
    {
        foreach (var id in groups[g].Top)
        {
            if (!postings.TryGetValue(id, out var list))
            {
                list = [];
                postings.Add(id, list);
            }

            list.Add(g);
        }
    }

    private void Add(Group group, int article)
    {
        var signals = articles[article];
        group.Members.Add(article);
        group.Norm2 = StorySimilarity.AddTo(group.Centroid, group.Norm2, signals.Terms);
        group.EntityNorm2 = StorySimilarity.AddTo(group.Entities, group.EntityNorm2, signals.Entities);
        if (signals.Embedding is { } embedding)
        {
            group.Embedding ??= new float[embedding.Length];
            for (var i = 0; i < embedding.Length; i++)
            {
                group.Embedding[i] += embedding[i];
            }
        }

        if (signals.Date is { } date && !group.SpanStale)
        {
            group.Span = group.Span is { } span ? (date < span.First ? date : span.First, date > span.Last ? date : span.Last) : (date, date);
        }

        group.Version++;
    }

    // Adds one story's sums and members to another's.
    private void Absorb(int into, int from)
    {
        var (a, b) = (groups[into], groups[from]);
        var spanA = Span(a);
        var spanB = Span(b);
        foreach (var article in b.Members)
        {
            a.Members.Add(article);
            owner[article] = into;
        }

        a.Norm2 = AddSum(a.Centroid, a.Norm2, b.Centroid);
        a.EntityNorm2 = AddSum(a.Entities, a.EntityNorm2, b.Entities);
        if (b.Embedding is { } embedding)
        {
            a.Embedding ??= new float[embedding.Length];
            for (var i = 0; i < embedding.Length; i++)
            {
                a.Embedding[i] += embedding[i];
            }
        }

        a.Span = (spanA, spanB) switch
        {
            ({ } x, { } y) => (x.First < y.First ? x.First : y.First, x.Last > y.Last ? x.Last : y.Last),
            _ => spanA ?? spanB,
        };
        a.Version++;
    }

    private static double AddSum(Dictionary<int, double> sum, double norm2, Dictionary<int, double> other)
    {
        foreach (var (id, weight) in other)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(sum, id, out _);
            norm2 += ((entry + weight) * (entry + weight)) - (entry * entry);
            entry += weight;
        }

        return Math.Max(0, norm2);
    }

    private void Remove(Group group, int article)
    {
        var signals = articles[article];
        group.Members.Remove(article);
        group.Norm2 = StorySimilarity.AddTo(group.Centroid, group.Norm2, signals.Terms, -1);
        group.EntityNorm2 = StorySimilarity.AddTo(group.Entities, group.EntityNorm2, signals.Entities, -1);
        if (signals.Embedding is { } embedding && group.Embedding is not null)
        {
            for (var i = 0; i < embedding.Length; i++)
            {
                group.Embedding[i] -= embedding[i];
            }
        }

        // Only losing its first or last article moves a story's span.
        if (signals.Date is { } date && group.Span is { } span && (date == span.First || date == span.Last))
        {
            group.SpanStale = true;
        }

        group.Version++;
    }

    private (DateOnly First, DateOnly Last)? Span(Group group)
    {
        if (group.SpanStale)
        {
            group.Span = FreshSpan(group);
            group.SpanStale = false;
        }

        return group.Span;
    }

    private (DateOnly First, DateOnly Last)? FreshSpan(Group group)
    {
        var dates = group.Members.Select(m => articles[m].Date).OfType<DateOnly>().ToList();
        return dates.Count == 0 ? null : (dates.Min(), dates.Max());
    }

    private int? Gap(Group a, Group b) =>
        Span(a) is { } x && Span(b) is { } y ? Math.Max(0, Math.Max(x.First.DayNumber - y.Last.DayNumber, y.First.DayNumber - x.Last.DayNumber)) : null;

    // Per-thread scratch: a story's sums written densely by term id, and the terms each other story shares.
    private sealed class Scratch
    {
        public double[] Centroid = [];
        public double[] Names = [];
        public StoryTally Tally { get; } = new();
        public float[] Query = [];
    }

    private sealed class Group
    {
        public List<int> Members { get; } = [];

        public Dictionary<int, double> Centroid { get; } = [];

        public double Norm2 { get; set; }

        public Dictionary<int, double> Entities { get; } = [];

        public double EntityNorm2 { get; set; }

        public float[]? Embedding { get; set; }

        public List<int> Top { get; set; } = [];

        public int Version { get; set; }

        public (DateOnly First, DateOnly Last)? Span { get; set; }

        public bool SpanStale { get; set; }

        public void Clear()
        {
            Members.Clear();
            Centroid.Clear();
            Entities.Clear();
            Norm2 = 0;
            EntityNorm2 = 0;
            Embedding = null;
            Span = null;
            SpanStale = false;
            Version++;
        }
    }
}
