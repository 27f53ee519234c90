using System.Text;
using System.Text.RegularExpressions;
using Crosscheck.Core.Extraction.Dates;

namespace Crosscheck.Core.Tests.Extraction.Dates;

public class TemporalPatternsTests
{
    private static readonly (Regex Pattern, Func<string, IEnumerable<Match>> Anchored)[] Patterns =
    [
        (TemporalPatterns.CalendarDate(), TemporalPatterns.CalendarDates),
        (TemporalPatterns.Weekday(), TemporalPatterns.Weekdays),
        (TemporalPatterns.YearAlone(), TemporalPatterns.YearsAlone),
        (TemporalPatterns.Relative(), TemporalPatterns.Relatives),
        (TemporalPatterns.Duration(), TemporalPatterns.Durations),
    ];

    // Pieces that make dates, near misses and overlaps when strung together at random.
    private static readonly string[] Pieces =
    [
        "January", "Jan.", "Sept", "September", "March", "May", "may", "Dec", "30th", "3", "of", "12", "2020", "1999", "1,000,000,000,000",
        "2022-12-22", "1650", "20", ",", ".", "-", " ", "  ", "   ", "\n", "on", "since", "last", "this", "next", "previous", "Monday",
        "Wednesday", "Sundays", "today", "yesterday", "tonight", "night", "morning", "evening", "during", "the", "weekend", "over", "at",
        "in", "early", "mid", "late", "a", "an", "a few", "a couple of", "half a", "several", "twenty", "seconds", "minute", "hours",
        "day", "days", "weeks", "wee\u212Ak", "\u017Feconds", "month", "years", "decades", "century", "centuries", "ago", "-old", "-long",
        "percent", "%", "3.5", "WEEK", "Year", "said", "will", "1.2", "0", "Tuesday", "YEARS", "Ago",
    ];

    [Theory]
    [InlineData("The talks began on Monday, Dec. 22, 2022, and ran for three days; 1,000,000,000,000 years ago it was 2022-12-22.")]
    [InlineData("during   the   weekend, 30th   of September,   2020, in early 1999 and a couple of weeks later")]
    [InlineData("Prices rose 20% in 2020 and 3.5 percent since 2021; twenty-year-old records, 5 \u017Feconds and 2 wee\u212As.")]
    [InlineData("")]
    [InlineData("No dates here at all.")]
    public void Anchored_scans_find_the_matches_of_a_full_scan(string text) => AssertSameMatches(text);

    [Fact]
    public void Anchored_scans_find_the_matches_of_a_full_scan_in_random_strings_of_date_pieces()
    {
        var random = new Random(7);
        for (var n = 0; n < 3000; n++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 40);
            for (var i = 0; i < count; i++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) > 0)
                {
                    builder.Append(' ');
                }
            }

            AssertSameMatches(builder.ToString());
        }
    }

    private static void AssertSameMatches(string text)
    {
        foreach (var (pattern, anchored) in Patterns)
        {
            var expected = pattern.Matches(text).Select(m => (m.Index, m.Value)).ToList();
            var actual = anchored(text).Select(m => (m.Index, m.Value)).ToList();
            Assert.Equal(expected, actual);
        }
    }
}
