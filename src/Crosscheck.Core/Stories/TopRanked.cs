namespace Crosscheck.Core.Stories;

/// <summary>
/// The best few of many items without sorting them all: a short ranked list keeps the k best seen so far. Candidate
/// lists and centroids run to thousands of entries, of which the clusterer wants a few dozen, once per article.
/// </summary>
internal static class TopRanked
{
    /// <summary>The indices 0..count-1 that rank first (a negative comparison puts the first argument ahead), best first.</summary>
    public static List<int> Select(int count, int k, Comparison<int> rank)
    {
        var result = new List<int>(Math.Max(0, Math.Min(count, k)));
        if (k <= 0)
        {
            return result;
        }

        // The kept items stay in rank order, so most newcomers cost one comparison with the worst of them, and one
        // that beats it is placed by a binary search; nothing is allocated beyond the result.
        for (var i = 0; i < count; i++)
        {
            if (result.Count == k)
            {
                if (rank(i, result[k - 1]) >= 0)
                {
                    continue;
                }

                result.RemoveAt(k - 1);
            }

            var (low, high) = (0, result.Count);
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (rank(i, result[middle]) < 0)
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            result.Insert(low, i);
        }

        return result;
    }

    /// <summary>The keys of the k largest values, ties to the smaller key, best first.</summary>
    public static List<int> Keys(Dictionary<int, double> map, int k)
    {
        var keys = new int[map.Count];
        var values = new double[map.Count];
        var n = 0;
        foreach (var (key, value) in map)
        {
            keys[n] = key;
            values[n++] = value;
        }

        return Keys(keys, values, n, k);
    }

    /// <summary>
    /// The same, among the keys of <paramref name="pool"/> alone (each once); a key the map does not hold is left out.
    /// </summary>
    public static List<int> Keys(IEnumerable<int> pool, int poolSize, Dictionary<int, double> map, int k)
    {
        var keys = new int[poolSize];
        var values = new double[poolSize];
        var n = 0;
        foreach (var key in pool)
        {
            if (map.TryGetValue(key, out var value))
            {
                keys[n] = key;
                values[n++] = value;
            }
        }

        return Keys(keys, values, n, k);
    }

    /// <summary>The same, over the first <paramref name="n"/> keys of an array with their values beside them.</summary>
    public static List<int> Keys(int[] keys, double[] values, int n, int k)
    {
        var top = Select(n, k, (a, b) => values[a] != values[b] ? values[b].CompareTo(values[a]) : keys[a].CompareTo(keys[b]));
        for (var i = 0; i < top.Count; i++)
        {
            top[i] = keys[top[i]];
        }

        return top;
    }
}
