using Crosscheck.Core.Collections;

namespace Crosscheck.Core.Tests.Collections;

public class DisjointSetsTests
{
    [Fact]
    public void Joined_indices_share_a_root_through_chains_and_others_keep_their_own()
    {
        var parent = DisjointSets.Singletons(6);
        DisjointSets.Join(parent, 0, 1);
        DisjointSets.Join(parent, 2, 1);
        DisjointSets.Join(parent, 4, 5);

        Assert.Equal(DisjointSets.Root(parent, 0), DisjointSets.Root(parent, 2));
        Assert.Equal(DisjointSets.Root(parent, 4), DisjointSets.Root(parent, 5));
        Assert.NotEqual(DisjointSets.Root(parent, 0), DisjointSets.Root(parent, 4));
        Assert.Equal(3, DisjointSets.Root(parent, 3));
        Assert.Equal(3, Enumerable.Range(0, 6).Select(i => DisjointSets.Root(parent, i)).Distinct().Count());
    }
}
