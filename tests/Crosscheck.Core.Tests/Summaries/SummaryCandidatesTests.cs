using Crosscheck.Core.Summaries;

namespace Crosscheck.Core.Tests.Summaries;

public sealed class SummaryCandidatesTests
{
    private static string[] Candidates(string text)
    {
        var article = TextArticle.Of(text);
        return [.. SummaryCandidates.From(article, 0, SummaryOptions.Default).Select(c => c.Text)];
    }

    [Theory]
    [InlineData("WASHINGTON (AP) \u2014 The Senate voted to extend the program for a year.")]
    [InlineData("LONDON, England (Reuters) - The Senate voted to extend the program for a year.")]
    [InlineData("PARIS\u2014The Senate voted to extend the program for a year.")]
    [InlineData("NEW DELHI: The Senate voted to extend the program for a year.")]
    [InlineData("Kyiv (Reuters) - The Senate voted to extend the program for a year.")]
    public void Dateline_is_taken_off_the_sentence(string text) =>
        Assert.Equal(["The Senate voted to extend the program for a year."], Candidates(text));

    [Theory]
    [InlineData("US-backed forces took the town on Monday after a week of fighting.")]
    [InlineData("NATO allies agreed on Monday to send more air defence systems.")]
    public void Leading_capitals_that_are_not_a_dateline_stay(string text) => Assert.Equal([text], Candidates(text));

    [Theory]
    [InlineData("Jane Doe: We never expected the water to rise that fast here.")]
    [InlineData("Tweet with a location")]
    [InlineData("Advertisement Continue reading the main story")]
    [InlineData("Click here to get our daily briefing delivered to your inbox every morning.")]
    [InlineData("Follow the reporter at https://social.example/reporter for all the updates.")]
    [InlineData("Survivors Of The Storm Return To Their Ruined Homes In The Valley.")]
    [InlineData("It rained.")]
    [InlineData("A man is rescued from the rubble of a building in a mountain village, Wednesday, Aug. 24, 2016.")]
    [InlineData("In this Sept. 3, 2019 file photo, protesters march through the centre of the capital.")]
    public void Page_furniture_and_fragments_are_not_candidates(string text) => Assert.Empty(Candidates(text));
}
