using Crosscheck.Core.Claims;

namespace Crosscheck.Core.Tests.Claims;

public sealed class TollReaderTests
{
    private static List<Toll> Tolls(string text)
    {
        var article = TextArticle.Of(text);
        return ClaimSentenceReader.Read([article]).SelectMany(s => TollReader.Read(s, 0.1)).ToList();
    }

    [Theory]
    [InlineData("Before it made its way north, Sandy was blamed for 68 other deaths in the Caribbean.", "killed", "caribbean", 68, 68)]
    [InlineData("It also killed 69 people in the Caribbean before making its way up the Eastern Seaboard.", "killed", "caribbean", 69, 69)]
    [InlineData("The U.S. death toll climbed to 40, many of the victims killed by falling trees.", "killed", "us", 40, 40)]
    [InlineData("Forty-six people had been killed in the U.S., 23 of them in New York.", "killed", "us", 46, 46)]
    [InlineData("At least 46 people are dead, and authorities face the task of restoring power.", "killed", "", 46, double.PositiveInfinity)]
    [InlineData("Up to 30 protesters were arrested in Minsk on Sunday.", "arrested", "minsk", 0, 30)]
    [InlineData("The blast wounded about 20 people across Kabul.", "injured", "kabul", 18, 22)]
    public void Toll_is_read_with_its_measure_place_and_bounds(string text, string measure, string scope, double low, double high)
    {
        var toll = Assert.Single(Tolls(text));
        Assert.Equal(measure, toll.Measure);
        Assert.Equal(scope, toll.Scope);
        Assert.Equal(low, toll.Low, 6);
        Assert.Equal(high, toll.High);
    }

    [Theory]
    [InlineData("The 23 people in the group were rescued from the roof in Queens.")]
    [InlineData("The storm killed trees in 2012 across the county.")]
    [InlineData("He spent 40 years in Kabul before he died.")]
    [InlineData("Officials said 23 of them were in New York.")]
    public void Figure_not_counting_a_toll_is_not_one(string text) => Assert.Empty(Tolls(text));

    [Fact]
    public void Tolls_of_different_groups_in_one_place_count_different_things()
    {
        var soldiers = Assert.Single(Tolls("Three soldiers were killed in Kabul on Monday."));
        var civilians = Assert.Single(Tolls("The attack killed five civilians in Kabul on Monday."));
        var people = Assert.Single(Tolls("Five people were killed in Kabul on Monday."));

        Assert.False(soldiers.CountsSameAs(civilians));
        Assert.True(soldiers.CountsSameAs(people));
        Assert.True(soldiers.Contradicts(people));
    }

    [Fact]
    public void Toll_naming_no_place_is_compared_with_none()
    {
        var first = Assert.Single(Tolls("Four men died after the boat capsized."));
        var second = Assert.Single(Tolls("The fighting has killed 63 people since March."));

        Assert.False(first.CountsSameAs(second));
    }
}
