namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// A binary hierarchy of words built from unlabelled text, so that a name never seen in labelled data still shares
/// features with names that occur in the same contexts (the role Brown clusters play in Ratinov and Roth 2009).
/// Each word is a vector of the words around it (two left, two right; rare context words stand in by their shape),
/// and the vocabulary is split in two again and again by spherical 2-means; a word's cluster is its path of left (0)
/// and right (1) turns, and prefixes of the path are coarser clusters.
/// </summary>
internal sealed class WordClusters
{
    private const int ContextWords = 2000;
    private const int MinLeaf = 3;
    private const int Iterations = 8;

    private readonly Dictionary<string, (int Bits, int Depth)> paths;

    private WordClusters(Dictionary<string, (int Bits, int Depth)> paths) => this.paths = paths;

    public static WordClusters Empty { get; } = new([]);

    public int Count => paths.Count;

    /// <summary>The word's path (bit i = turn at depth i) and its length; depth 0 when the word has no cluster.</summary>
    public (int Bits, int Depth) PathOf(string word) => paths.GetValueOrDefault(word);

    public static WordClusters Build(IEnumerable<IReadOnlyList<string>> sentences, int minCount, int maxDepth)
    {
        var corpus = sentences.Select(s => s.ToArray()).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowerCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in corpus.SelectMany(s => s))
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
            var lower = token.ToLowerInvariant();
            lowerCounts[lower] = lowerCounts.GetValueOrDefault(lower) + 1;
        }

        var vocabulary = counts.Where(p => p.Value >= minCount).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        var index = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var contextIds = lowerCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(ContextWords)
            .Select((p, i) => (p.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var contexts = vocabulary.Select(_ => new Dictionary<int, float>()).ToArray();
        foreach (var sentence in corpus)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                if (!index.TryGetValue(sentence[i], out var word))
                {
                    continue;
                }

                for (var offset = -2; offset <= 2; offset++)
                {
                    if (offset != 0)
                    {
                        var slot = ContextId(sentence, i + offset, contextIds) + (Slot(offset) * Dimension(contextIds));
                        contexts[word][slot] = contexts[word].GetValueOrDefault(slot) + (Math.Abs(offset) == 1 ? 1f : 0.5f);
                    }
                }
            }
        }

        var vectors = contexts.Select(Normalise).ToArray();
        var frequency = vocabulary.Select(w => counts[w]).ToArray();
        var paths = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var pending = new Stack<(int[] Members, int Bits, int Depth)>();
        pending.Push((Enumerable.Range(0, vocabulary.Length).ToArray(), 0, 0));
        var dimension = 4 * Dimension(contextIds);
        while (pending.TryPop(out var node))
        {
            var split = node.Depth < maxDepth && node.Members.Length >= 2 * MinLeaf ? Bisect(node.Members, vectors, frequency, dimension) : null;
            if (split is null)
            {
                foreach (var member in node.Members)
                {
                    paths[vocabulary[member]] = (node.Bits, node.Depth);
                }

                continue;
            }

            pending.Push((split.Value.Left, node.Bits, node.Depth + 1));
            pending.Push((split.Value.Right, node.Bits | (1 << node.Depth), node.Depth + 1));
        }

        return new WordClusters(paths);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(paths.Count);
        foreach (var (word, (bits, depth)) in paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write((byte)depth);
            writer.Write(bits);
        }
    }

    public static WordClusters Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var paths = new Dictionary<string, (int, int)>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var word = reader.ReadString();
            var depth = reader.ReadByte();
            paths[word] = (reader.ReadInt32(), depth);
        }

        return new WordClusters(paths);
    }

    private static int Dimension(Dictionary<string, int> contextIds) => contextIds.Count + 64;

    private static int Slot(int offset) => offset < 0 ? offset + 2 : offset + 1;

    // Rare words are replaced by a hash of their shape, so "Xx" and "d" contexts still tell something.
    private static int ContextId(string[] sentence, int i, Dictionary<string, int> contextIds)
    {
        if (i < 0 || i >= sentence.Length)
        {
            return contextIds.Count + (i < 0 ? 0 : 1);
        }

        if (contextIds.TryGetValue(sentence[i].ToLowerInvariant(), out var id))
        {
            return id;
        }

        var shape = NerFeatureExtractor.ShortShape(sentence[i]);
        return contextIds.Count + 2 + (int)(FeatureHash.Finish(FeatureHash.Append(FeatureHash.Seed, shape)) % 62);
    }

    private static (int[] Indices, float[] Values) Normalise(Dictionary<int, float> counts)
    {
        var indices = counts.Keys.Order().ToArray();
        var values = indices.Select(i => MathF.Sqrt(counts[i])).ToArray();
        var norm = MathF.Sqrt(values.Sum(v => v * v));
        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= norm;
        }

        return (indices, values);
    }

    private static (int[] Left, int[] Right)? Bisect(int[] members, (int[] Indices, float[] Values)[] vectors, int[] frequency, int dimension)
    {
        var first = Dense(vectors[members.MaxBy(m => frequency[m])], dimension);
        var second = members.MinBy(m => Dot(vectors[m], first));
        var centroids = new[] { first, Dense(vectors[second], dimension) };
        var side = new bool[members.Length];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var changed = false;
            for (var i = 0; i < members.Length; i++)
            {
                var right = Dot(vectors[members[i]], centroids[1]) > Dot(vectors[members[i]], centroids[0]);
                changed |= right != side[i] || iteration == 0;
                side[i] = right;
            }

            if (!changed)
            {
                break;
            }

            centroids = [new float[dimension], new float[dimension]];
            for (var i = 0; i < members.Length; i++)
            {
                var (indices, values) = vectors[members[i]];
                var centroid = centroids[side[i] ? 1 : 0];
                for (var k = 0; k < indices.Length; k++)
                {
                    centroid[indices[k]] += values[k];
                }
            }

            foreach (var centroid in centroids)
            {
                var norm = MathF.Sqrt(centroid.Sum(v => v * v));
                for (var k = 0; k < centroid.Length && norm > 0; k++)
                {
                    centroid[k] /= norm;
                }
            }
        }

        var left = members.Where((_, i) => !side[i]).ToArray();
        var rightMembers = members.Where((_, i) => side[i]).ToArray();
        return left.Length == 0 || rightMembers.Length == 0 ? null : (left, rightMembers);
    }

    private static float[] Dense((int[] Indices, float[] Values) vector, int dimension)
    {
        var dense = new float[dimension];
        for (var k = 0; k < vector.Indices.Length; k++)
        {
            dense[vector.Indices[k]] = vector.Values[k];
        }

        return dense;
    }

    private static float Dot((int[] Indices, float[] Values) vector, float[] dense)
    {
        var sum = 0f;
        for (var k = 0; k < vector.Indices.Length; k++)
        {
            sum += vector.Values[k] * dense[vector.Indices[k]];
        }

        return sum;
    }
}
