using Crosscheck.Core.Stories;

namespace Crosscheck.Core.Tests.Stories;

public sealed class TopRankedTests
{
    [Fact]
    public void The_k_best_come_back_in_the_order_a_full_sort_gives()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 500).Select(_ => random.Next(50)).ToArray();
        Comparison<int> rank = (a, b) => values[a] != values[b] ? values[b].CompareTo(values[a]) : a.CompareTo(b);
        var sorted = Enumerable.Range(0, values.Length).ToList();
        sorted.Sort(rank);

        Assert.Equal(sorted.Take(16), TopRanked.Select(values.Length, 16, rank));
        Assert.Equal(sorted, TopRanked.Select(values.Length, 1000, rank));
        Assert.Empty(TopRanked.Select(values.Length, 0, rank));
    }

    [Fact]
    public void Keys_rank_the_largest_values_first_and_ties_to_the_smaller_key()
    {
        var map = new Dictionary<int, double> { [9] = 1.0, [3] = 2.0, [5] = 1.0, [1] = 0.5 };

        Assert.Equal([3, 5, 9], TopRanked.Keys(map, 3));
    }

    [Fact]
    public void Keys_of_a_pool_rank_only_the_pool_and_leave_out_keys_the_map_lacks()
    {
        var map = new Dictionary<int, double> { [9] = 1.0, [3] = 2.0, [5] = 1.0, [1] = 0.5, [7] = 4.0 };

        Assert.Equal([3, 5, 1], TopRanked.Keys([1, 5, 3, 42], 4, map, 3));
    }
}
