namespace Crosscheck.Core.Stories;

/// <summary>
/// The best few of many items without sorting them all: a bounded heap keeps the k best seen so far. Candidate lists
/// and centroids run to thousands of entries, of which the clusterer wants a few dozen, once per article.
/// </summary>
internal static class TopRanked
{
    /// <summary>The indices 0..count-1 that rank first (a negative comparison puts the first argument ahead), best first.</summary>
    public static List<int> Select(int count, int k, Comparison<int> rank)
    {
        var result = new List<int>(Math.Min(count, k));
        if (count <= k)
        {
            for (var i = 0; i < count; i++)
            {
                result.Add(i);
            }
        }
        else if (k > 0)
        {
            // The heap's minimum is the worst of the kept items, the one a better newcomer replaces.
            var heap = new PriorityQueue<int, int>(k, Comparer<int>.Create((a, b) => rank(b, a)));
            for (var i = 0; i < count; i++)
            {
                if (heap.Count < k)
                {
                    heap.Enqueue(i, i);
                }
                else if (rank(i, heap.Peek()) < 0)
                {
                    heap.DequeueEnqueue(i, i);
                }
            }

            foreach (var (element, _) in heap.UnorderedItems)
            {
                result.Add(element);
            }
        }

        result.Sort(rank);
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

        var top = Select(n, k, (a, b) => values[a] != values[b] ? values[b].CompareTo(values[a]) : keys[a].CompareTo(keys[b]));
        for (var i = 0; i < top.Count; i++)
        {
            top[i] = keys[top[i]];
        }

        return top;
    }
}
