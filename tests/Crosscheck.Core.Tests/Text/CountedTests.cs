using Crosscheck.Core.Text;

namespace Crosscheck.Core.Tests.Text;

public sealed class CountedTests
{
    [Theory]
    [InlineData(1, "article", "1 article")]
    [InlineData(5, "article", "5 articles")]
    [InlineData(0, "claim", "0 claims")]
    [InlineData(1, "story", "1 story")]
    [InlineData(2, "story", "2 stories")]
    [InlineData(3, "discrepancy", "3 discrepancies")]
    [InlineData(2, "day", "2 days")]
    public void Count_takes_the_noun_in_its_number(int count, string noun, string expected) => Assert.Equal(expected, Counted.Of(count, noun));
}
