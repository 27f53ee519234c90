using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Tests.Cleaning;

public sealed class BylineReaderTests
{
    [Theory]
    [InlineData("Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019", "Tom Davies Associated Press", "2019-11-19")]
    [InlineData("Jeff FoustMonday, November 18, 2019", "Jeff Foust", "2019-11-18")]
    [InlineData("Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read", "Bryan DeArdo", "2019-11-18")]
    [InlineData("Madeline Fry | November 18, 2019 12:01 PM Print this article", "Madeline Fry", "2019-11-18")]
    [InlineData("LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKERAssociated Press", "LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER, Associated Press", null)]
    [InlineData("Amy Kuperinsky | NJ Advance Media for NJ.com", "Amy Kuperinsky | NJ Advance Media for NJ.com", null)]
    [InlineData("JERUSALEM POST STAFF NOVEMBER 20, 2019 10:43", "JERUSALEM POST STAFF", "2019-11-20")]
    [InlineData("Theresa Mayhew", "Theresa Mayhew", null)]
    public void Names_are_split_from_the_date_and_time_printed_after_them(string byline, string names, string? day)
    {
        var (found, date) = BylineReader.Read(byline);

        Assert.Equal(names, found);
        Assert.Equal(day, date?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
