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
    private const int RecentMembers = 48;

    private readonly WeightedVocabulary terms = new();
    private readonly WeightedVocabulary entities = new();
    private readonly List<State> stories = [];
    private readonly Dictionary<int, List<int>> postings = [];
    private readonly PriorityQueue<int, DateOnly> expiry = new();
    private DateOnly? clock;

    public int Count => stories.Count;

    public IReadOnlyList<int> Members(int story) => stories[story].Members;

    /// <summary>Adds one article (its index in the input order); returns the story it joined and its term vector.</summary>
    public (int Story, SparseVector Vector) Add(int article, IEnumerable<string> articleTerms, IEnumerable<string> articleEntities, float[]? embedding, DateOnly? date)
    {
        var vector = terms.AddDocument(articleTerms);
        var entityVector = entities.AddDocument(articleEntities);
        if (date is { } d && (clock is null || d > clock))
        {
            clock = d;
            Expire();
        }

        var best = -1;
        var bestScore = embedding is null ? options.JoinThreshold : options.JoinThresholdWithEmbeddings;
        foreach (var candidate in Candidates(vector))
        {
            var score = Score(stories[candidate], vector, entityVector, embedding, date);
            if (score >= bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        if (best < 0)
        {
            best = stories.Count;
            stories.Add(new State());
        }

        Join(best, article, vector, entityVector, embedding, date);
        return (best, vector);
    }

    private double Score(State story, SparseVector vector, SparseVector entityVector, float[]? embedding, DateOnly? date)
    {
        var centroid = story.Norm2 > 0 ? vector.Dot(story.Centroid) / Math.Sqrt(story.Norm2) : 0;
        var nearest = story.Recent.Count == 0 ? 0 : story.Recent.Max(m => Dot(vector, m));
        var lexical = (1 - options.NearestMemberShare) * centroid + options.NearestMemberShare * nearest;
        var entity = story.EntityNorm2 > 0 && !entityVector.IsEmpty ? entityVector.Dot(story.Entities) / Math.Sqrt(story.EntityNorm2) : 0;
        var score = (options.LexicalWeight * lexical) + (options.EntityWeight * entity);
        var weights = options.LexicalWeight + options.EntityWeight;
        if (embedding is not null && story.Embedding is not null)
        {
            score += options.EmbeddingWeight * Cosine(embedding, story.Embedding);
            weights += options.EmbeddingWeight;
        }

        score /= weights;
        if (date is { } d && story.Last is { } last)
        {
            var days = Math.Abs(d.DayNumber - last.DayNumber);
            score *= 1 - (options.TimePenalty * Math.Min(1.0, Math.Max(0, days - 1) / (double)Math.Max(1, options.QuietAfterDays)));
        }

        return score;
    }

    private IEnumerable<int> Candidates(SparseVector vector)
    {
        var shared = new Dictionary<int, double>();
        var limit = Math.Min(options.QueryTerms, vector.Ids.Length);
        for (var i = 0; i < limit; i++)
        {
            if (postings.TryGetValue(vector.Ids[i], out var list))
            {
                foreach (var story in list)
                {
                    shared[story] = shared.GetValueOrDefault(story) + vector.Weights[i];
                }
            }
        }

        return shared.OrderByDescending(s => s.Value).Take(options.MaxCandidates).Select(s => s.Key);
    }

    private void Join(int story, int article, SparseVector vector, SparseVector entityVector, float[]? embedding, DateOnly? date)
    {
        var state = stories[story];
        state.Members.Add(article);
        state.Recent.Add(vector);
        if (state.Recent.Count > RecentMembers)
        {
            state.Recent.RemoveAt(0);
        }

        state.Norm2 = AddTo(state.Centroid, state.Norm2, vector);
        state.EntityNorm2 = AddTo(state.Entities, state.EntityNorm2, entityVector);
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
        }

        Reindex(story, state);
    }

    private static double AddTo(Dictionary<int, double> sum, double norm2, SparseVector vector)
    {
        for (var i = 0; i < vector.Ids.Length; i++)
        {
            var old = sum.GetValueOrDefault(vector.Ids[i]);
            var updated = old + vector.Weights[i];
            sum[vector.Ids[i]] = updated;
            norm2 += (updated * updated) - (old * old);
        }

        return norm2;
    }

    private static void Prune(Dictionary<int, double> centroid, int keep)
    {
        var cut = centroid.Values.OrderByDescending(w => w).ElementAt(keep);
        foreach (var id in centroid.Where(e => e.Value <= cut).Select(e => e.Key).ToList())
        {
            centroid.Remove(id);
        }
    }

    private void Reindex(int story, State state)
    {
        var top = state.Centroid.OrderByDescending(e => e.Value).Take(options.IndexedTermsPerStory).Select(e => e.Key).ToHashSet();
        foreach (var id in state.Indexed.Where(id => !top.Contains(id)))
        {
            postings[id].Remove(story);
        }

        foreach (var id in top.Where(id => !state.Indexed.Contains(id)))
        {
            if (!postings.TryGetValue(id, out var list))
            {
                list = [];
                postings.Add(id, list);
            }

            list.Add(story);
        }

        state.Indexed = top;
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

    private static double Dot(SparseVector a, SparseVector b)
    {
        // Both are sorted by weight, not id, so look the shorter one up in a map of the longer.
        var (small, large) = a.Ids.Length <= b.Ids.Length ? (a, b) : (b, a);
        var sum = 0.0;
        var lookup = large.Lookup;
        for (var i = 0; i < small.Ids.Length; i++)
        {
            if (lookup.TryGetValue(small.Ids[i], out var w))
            {
                sum += small.Weights[i] * w;
            }
        }

        return sum;
    }

    private static double Cosine(float[] a, float[] sum)
    {
        double dot = 0, norm = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * sum[i];
            norm += sum[i] * sum[i];
        }

        return norm > 0 ? dot / Math.Sqrt(norm) : 0;
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

        public HashSet<int> Indexed { get; set; } = [];
    }
}
