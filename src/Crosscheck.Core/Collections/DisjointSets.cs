namespace Crosscheck.Core.Collections;

/// <summary>Disjoint sets over indices, kept as a parent array: each index starts as its own set.</summary>
internal static class DisjointSets
{
    public static int[] Singletons(int count) => [.. Enumerable.Range(0, count)];

    /// <summary>The root of i's set, halving the path on the way.</summary>
    public static int Root(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    /// <summary>Joins j's set into i's.</summary>
    public static void Join(int[] parent, int i, int j) => parent[Root(parent, i)] = Root(parent, j);
}
