using Crosscheck.Core.Stories;

namespace Crosscheck.Core.Tests.Stories;

public sealed class WeightedVocabularyTests
{
    [Fact]
    public void Terms_are_numbered_in_the_order_the_stream_meets_them_whatever_the_table_numbers()
    {
        var vocabulary = new WeightedVocabulary();

        var first = vocabulary.AddDocument([(9, 2), (4, 1)], out var firstSeen);
        var second = vocabulary.AddDocument([(4, 3), (0, 1)], out var secondSeen);

        Assert.Equal([(0, 2), (1, 1)], first);
        Assert.Equal([(1, 3), (2, 1)], second);
        Assert.Equal([1, 1], firstSeen.Terms);
        Assert.Equal([2, 1], secondSeen.Terms);
        Assert.Equal(2, secondSeen.Documents);
    }
}
