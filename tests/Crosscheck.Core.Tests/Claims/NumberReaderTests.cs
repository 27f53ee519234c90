using Crosscheck.Core.Claims;

namespace Crosscheck.Core.Tests.Claims;

public sealed class NumberReaderTests
{
    private static List<NumberMention> Numbers(string text)
    {
        var article = TextArticle.Of(text);
        return ClaimSentenceReader.Read([article]).SelectMany(s => s.Numbers).ToList();
    }

    [Theory]
    [InlineData("About 1000 soldiers were killed.", 1000)]
    [InlineData("About 1,000 soldiers were killed.", 1000)]
    [InlineData("Some twelve soldiers were killed.", 12)]
    [InlineData("The fund holds 2.5 million dollars.", 2_500_000)]
    [InlineData("The fund holds $5bn in bonds.", 5_000_000_000)]
    [InlineData("Forty-six people had been killed.", 46)]
    [InlineData("Twenty-one soldiers were killed.", 21)]
    public void Figures_are_read_as_values(string text, double value) => Assert.Equal(value, Assert.Single(Numbers(text)).Value);

    [Fact]
    public void Bracketed_conversion_after_an_amount_is_not_a_second_figure()
    {
        var amount = Assert.Single(Numbers("He was spending more than $US100 million ($148 million) a month on the war."));

        Assert.Equal(100_000_000, amount.Value);
        Assert.Equal("$", amount.Unit);
        Assert.True(amount.Approximate);
    }

    [Fact]
    public void Years_and_days_of_dates_are_not_figures()
    {
        Assert.Empty(Numbers("The group was founded in 2014 and the invasion began on Feb. 24, officials said."));
    }

    [Fact]
    public void Frame_is_the_words_a_figure_counts_up_to_the_next_figure()
    {
        var numbers = Numbers("Wagner has 50,000 personnel deployed abroad, including 10,000 contractors and 40,000 convicts.");

        Assert.Equal([50_000, 10_000, 40_000], numbers.Select(n => n.Value));
        Assert.Equal(["personnel", "deploi", "abroad"], numbers[0].Frame.ToArray());
        Assert.Equal(["contractor"], numbers[1].Frame.ToArray());
    }
}
