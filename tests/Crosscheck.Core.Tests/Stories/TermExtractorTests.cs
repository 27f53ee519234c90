using Crosscheck.Core.Stories;

namespace Crosscheck.Core.Tests.Stories;

public sealed class TermExtractorTests
{
    [Fact]
    public void Names_joined_by_a_dash_or_slash_are_two_names()
    {
        var names = TermExtractor.ProperNouns("The plant in Caracas, Venezuela\u2014Kellogg Co. said on Tuesday, Scott Olson/Getty Images reported.");

        Assert.Contains("venezuela", names);
        Assert.Contains("kellogg co", names);
        Assert.Contains("scott olson", names);
        Assert.DoesNotContain(names, n => n.Contains('\u2014', StringComparison.Ordinal) || n.Contains('/', StringComparison.Ordinal));
    }

    [Fact]
    public void A_possessive_names_its_owner()
    {
        var names = TermExtractor.ProperNouns("Analysts said Kellogg's decision and Maduro\u2019s reaction surprised investors.");

        Assert.Contains("kellogg", names);
        Assert.Contains("maduro", names);
    }
}
