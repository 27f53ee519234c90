using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Crosscheck.Core.Stories;

/// <summary>
/// The streaming half of story clustering: each article is compared with the centroids of the active stories that
/// share its most distinctive terms (found through an inverted index over each story's top centroid terms), and
/// joins the best one or starts a new story. Only active stories are indexed, so the cost of an article depends on
/// how many stories share its terms, not on how many stories exist.
/// </summary>
internal sealed class StoryIndex(StoryOptions options)
{
    private const int CentroidPruneAt = 4000;
    private const int CentroidPruneTo = 2000;

    // Bounds the cost of the nearest-member signal on large stories; recent members are the ones a new article
    // is most likely to follow.
    private const int RecentMembers = 16;

    // A term indexed by more stories than this is hardly distinctive; only the stories that took it up last are
    // looked at, so that the cost of a query stays flat when undated articles keep every story active.
    private const int PostingsPerTerm = 256;

    private readonly List<State> stories = [];
    private readonly Dictionary<int, Postings> postings = [];
    private readonly PriorityQueue<int, DateOnly> expiry = new();
    private DateOnly? clock;

    // Scratch space of the sequential half of a batch, and of the parallel half, kept across batches since its
    // arrays run to the size of the vocabulary.
    private readonly Scratch scratch = new();
    private readonly ConcurrentBag<Scratch> spare = [];

    public int Count => stories.Count;

    public IReadOnlyList<int> Members(int story) => stories[story].Members;

    /// <summary>
    /// Adds a batch of articles in stream order, each to the best story or to a new one. The articles of a batch are
    /// scored in parallel against the stories as they stood before the batch; then, one article at a time, the
    /// stories an earlier article of the batch joined or started are scored again as they stand now (all of them
    /// that share a query term, not only the best ranked), so an article still sees every report before it, and the
    /// result does not depend on the threads, only on the batch size.
    /// </summary>
    public void AddBatch(IReadOnlyList<Arrival> batch)
    {
        var scored = new List<(int Story, double Score)>[batch.Count];
        Parallel.For(0, batch.Count, () => spare.TryTake(out var kept) ? kept : new Scratch(), (k, _, local) =>
        {
            scored[k] = ScoreCandidates(batch[k], local);
            return local;
        }, spare.Add);

        var changed = new List<int>();
        var isChanged = new HashSet<int>();
        var changedByTerm = new Dictionary<int, List<int>>();
        var mark = new HashSet<int>();
        for (var k = 0; k < batch.Count; k++)
        {
            var arrival = batch[k];
            if (arrival.Date is { } d && (clock is null || d > clock))
            {
                clock = d;
                Expire();
            }

            var best = -1;
            var bestScore = arrival.Embedding is null ? options.JoinThreshold : options.JoinThresholdWithEmbeddings;
            foreach (var (story, score) in scored[k])
            {
                // A story that went quiet during the batch is no longer indexed; one changed is scored below.
                if (score >= bestScore && stories[story].Indexed.Length > 0 && !isChanged.Contains(story))
                {
                    best = story;
                    bestScore = score;
                }
            }

            mark.Clear();
            var vector = arrival.Vector;
            var limit = Math.Min(options.QueryTerms, vector.Ids.Length);
            for (var i = 0; i < limit && changed.Count > 0; i++)
            {
                if (changedByTerm.TryGetValue(vector.Ids[i], out var list))
                {
                    foreach (var story in list)
                    {
                        mark.Add(story);
                    }
                }
            }

            if (mark.Count > 0)
            {
                StorySimilarity.Scatter(vector, ref scratch.Query);
                StorySimilarity.Scatter(arrival.Entities, ref scratch.Names);
                foreach (var story in changed)
                {
                    if (mark.Contains(story) && stories[story].Indexed.Length > 0)
                    {
                        var score = Score(stories[story], arrival, scratch);
                        if (score >= bestScore)
                        {
                            best = story;
                            bestScore = score;
                        }
                    }
                }

                StorySimilarity.Scatter(vector, ref scratch.Query, 0);
                StorySimilarity.Scatter(arrival.Entities, ref scratch.Names, 0);
            }

            if (best < 0)
            {
                best = stories.Count;
                stories.Add(new State());
            }

            Join(best, arrival.Article, vector, arrival.Entities, arrival.Embedding, arrival.Date);
            if (isChanged.Add(best))
            {
                changed.Add(best);
            }

            foreach (var id in stories[best].Indexed)
            {
                if (!changedByTerm.TryGetValue(id, out var list))
                {
                    list = [];
                    changedByTerm.Add(id, list);
                }

                if (!list.Contains(best))
                {
                    list.Add(best);
                }
            }
        }
    }

    // The stories sharing most of the article's query terms, each with its score (read-only).
    private List<(int Story, double Score)> ScoreCandidates(Arrival arrival, Scratch local)
    {
        StorySimilarity.Scatter(arrival.Vector, ref local.Query);
        StorySimilarity.Scatter(arrival.Entities, ref local.Names);
        var candidates = Candidates(arrival.Vector, local);
        var scored = new List<(int Story, double Score)>(candidates.Count);
        foreach (var candidate in candidates)
        {
            scored.Add((candidate, Score(stories[candidate], arrival, local)));
        }

        StorySimilarity.Scatter(arrival.Vector, ref local.Query, 0);
        StorySimilarity.Scatter(arrival.Entities, ref local.Names, 0);
        return scored;
    }

    private double Score(State story, Arrival arrival, Scratch local)
    {
        var (vector, entityVector, embedding, date) = (arrival.Vector, arrival.Entities, arrival.Embedding, arrival.Date);
        var centroid = StorySimilarity.Cosine(vector, local.Query, story.Centroid, story.Norm2);
        var nearest = 0.0;
        foreach (var member in story.Recent)
        {
            nearest = Math.Max(nearest, StorySimilarity.Dot(member, local.Query));
        }

        var lexical = (1 - options.NearestMemberShare) * centroid + options.NearestMemberShare * nearest;
        var entity = StorySimilarity.Cosine(entityVector, local.Names, story.Entities, story.EntityNorm2);
        double? semantic = embedding is not null && story.Embedding is not null ? StorySimilarity.Cosine(embedding, story.Embedding) : null;
        int? gap = date is { } d && story.Last is { } last ? Math.Abs(d.DayNumber - last.DayNumber) : null;
        return StorySimilarity.Combine(lexical, entity, semantic, gap, options, !entityVector.IsEmpty && story.EntityNorm2 > 0);
    }

    private List<int> Candidates(SparseVector vector, Scratch local)
    {
        var limit = Math.Min(options.QueryTerms, vector.Ids.Length);
        for (var i = 0; i < limit; i++)
        {
            if (postings.TryGetValue(vector.Ids[i], out var list))
            {
                local.Tally.Add(list.Latest(PostingsPerTerm), vector.Weights[i], stories.Count);
            }
        }

        // Most shared weight first; on a tie, the story touched first, as the stream has always ranked them.
        return local.Tally.TakeTop(options.MaxCandidates, tiesByStory: false);
    }

    private void Join(int story, int article, SparseVector vector, SparseVector entityVector, float[]? embedding, DateOnly? date)
    {
        var state = stories[story];
        if (state.Members.Count == 0)
        {
            // Sized to the first article at once: grown term by term, the sums would be copied several times over.
            state.Centroid.EnsureCapacity(vector.Ids.Length);
            state.Entities.EnsureCapacity(entityVector.Ids.Length);
        }

        state.Members.Add(article);
        state.Recent.Add(vector);
        if (state.Recent.Count > RecentMembers)
        {
            state.Recent.RemoveAt(0);
        }

        if (scratch.Updated.Length < vector.Ids.Length)
        {
            scratch.Updated = new double[Math.Max(vector.Ids.Length, 2 * scratch.Updated.Length)];
        }

        var updated = scratch.Updated.AsSpan(0, vector.Ids.Length);
        state.Norm2 = StorySimilarity.AddTo(state.Centroid, state.Norm2, vector, 1, updated);
        state.EntityNorm2 = StorySimilarity.AddTo(state.Entities, state.EntityNorm2, entityVector);
        if (embedding is not null)
        {
            state.Embedding ??= new float[embedding.Length];
            for (var i = 0; i < embedding.Length; i++)
            {
                state.Embedding[i] += embedding[i];
            }
        }

        if (date is { } d && (state.Last is null || d > state.Last))
        {
            if (state.Last is null)
            {
                expiry.Enqueue(story, d);
            }

            state.Last = d;
        }

        if (state.Centroid.Count > CentroidPruneAt)
        {
            Prune(state.Centroid, CentroidPruneTo);
            state.Norm2 = state.Centroid.Values.Sum(w => w * w);

            // Some of the article's terms may have gone with the pruning: their weights are read afresh.
            updated = [];
        }

        Reindex(story, state, vector, updated);
    }

    private static void Prune(Dictionary<int, double> centroid, int keep)
    {
        var cut = centroid.Values.OrderByDescending(w => w).ElementAt(keep);
        foreach (var id in centroid.Where(e => e.Value <= cut).Select(e => e.Key).ToList())
        {
            centroid.Remove(id);
        }
    }

    // Centroid weights only grow in the stream, so a term outside the indexed top that the new article does not
    // carry still has at least as many heavier terms as before: the new top is drawn from the old top and the
    // article's terms alone, not from a centroid of thousands of terms. An article term lighter than every term of a
    // full top cannot enter it, and is not ranked at all. The article's terms' weights come from the join (all of
    // them read afresh when none are given).
    private void Reindex(int story, State state, SparseVector added, ReadOnlySpan<double> weights)
    {
        var size = state.Indexed.Length + added.Ids.Length;
        if (scratch.Keys.Length < size)
        {
            scratch.Keys = new int[Math.Max(size, 2 * scratch.Keys.Length)];
            scratch.Values = new double[scratch.Keys.Length];
        }

        var (keys, values, n) = (scratch.Keys, scratch.Values, 0);
        var floor = double.PositiveInfinity;
        foreach (var id in state.Indexed)
        {
            if (state.Centroid.TryGetValue(id, out var weight))
            {
                keys[n] = id;
                values[n++] = weight;
                floor = Math.Min(floor, weight);
            }
        }

        if (n < options.IndexedTermsPerStory || n < state.Indexed.Length)
        {
            floor = double.NegativeInfinity;
        }

        for (var i = 0; i < added.Ids.Length; i++)
        {
            var id = added.Ids[i];
            var weight = 0.0;
            var present = weights.IsEmpty ? state.Centroid.TryGetValue(id, out weight) : (weight = weights[i]) != 0;
            if (present && weight >= floor && !state.Indexed.AsSpan().Contains(id))
            {
                keys[n] = id;
                values[n++] = weight;
            }
        }

        var ranked = TopRanked.Keys(keys, values, n, options.IndexedTermsPerStory);
        var top = CollectionsMarshal.AsSpan(ranked);
        foreach (var id in state.Indexed)
        {
            if (!top.Contains(id))
            {
                postings[id].Remove(story);
            }
        }

        foreach (var id in ranked)
        {
            if (state.Indexed.AsSpan().Contains(id))
            {
                continue;
            }

            if (!postings.TryGetValue(id, out var list))
            {
                list = new Postings();
                postings.Add(id, list);
            }

            list.Add(story);
        }

        state.Indexed = [.. ranked];
    }

    private void Expire()
    {
        var horizon = clock!.Value.AddDays(-options.QuietAfterDays);
        while (expiry.TryPeek(out var story, out var last) && last < horizon)
        {
            expiry.Dequeue();
            var state = stories[story];
            if (state.Last is { } latest && latest > last)
            {
                expiry.Enqueue(story, latest);
                continue;
            }

            foreach (var id in state.Indexed)
            {
                postings[id].Remove(story);
            }

            state.Indexed = [];
        }
    }

    /// <summary>An article arriving in the stream: its index in stream order and its signals.</summary>
    internal readonly record struct Arrival(int Article, SparseVector Vector, SparseVector Entities, float[]? Embedding, DateOnly? Date);

    // Per-thread scratch: the article's term and name weights by id, and the query weight each story shares with it.
    private sealed class Scratch
    {
        public float[] Query = [];
        public float[] Names = [];
        public StoryTally Tally { get; } = new();

        // The terms a story's new top is drawn from with their weights, and the article's terms' weights after a
        // join (sequential half only).
        public int[] Keys = [];
        public double[] Values = [];
        public double[] Updated = [];
    }

    /// <summary>
    /// The stories that index one term, in the order they took it up. A term's list runs to thousands of stories, and a
    /// story that goes quiet is usually far from its end: it is struck out where it stands (the list shifts only when
    /// struck-out entries outnumber the rest), so that expiring a story does not move whole lists.
    /// </summary>
    private sealed class Postings
    {
        private const int Struck = -1;

        private readonly List<int> stories = [];
        private int struck;

        public void Add(int story) => stories.Add(story);

        // Stories that change their top terms are mostly the latest ones: searched from the end, a removal seldom
        // scans the whole list.
        public void Remove(int story)
        {
            var at = stories.LastIndexOf(story);
            if (at == stories.Count - 1)
            {
                stories.RemoveAt(at);
                return;
            }

            stories[at] = Struck;
            if (++struck > stories.Count / 2)
            {
                stories.RemoveAll(s => s == Struck);
                struck = 0;
            }
        }

        /// <summary>The latest <paramref name="limit"/> stories, in list order, with struck-out entries among them.</summary>
        public ReadOnlySpan<int> Latest(int limit)
        {
            var span = CollectionsMarshal.AsSpan(stories);
            if (struck == 0)
            {
                return span[Math.Max(0, span.Length - limit)..];
            }

            var start = span.Length;
            for (var live = 0; start > 0 && live < limit; start--)
            {
                if (span[start - 1] != Struck)
                {
                    live++;
                }
            }

            return span[start..];
        }
    }

    private sealed class State
    {
        public List<int> Members { get; } = [];

        public Dictionary<int, double> Centroid { get; } = [];

        public List<SparseVector> Recent { get; } = [];

        public double Norm2 { get; set; }

        public Dictionary<int, double> Entities { get; } = [];

        public double EntityNorm2 { get; set; }

        public float[]? Embedding { get; set; }

        public DateOnly? Last { get; set; }

        // A few dozen terms: a scan of the array finds one as fast as a hash set would, in a quarter of the memory.
        public int[] Indexed { get; set; } = [];
    }
}
