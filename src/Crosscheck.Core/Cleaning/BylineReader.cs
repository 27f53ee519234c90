using System.Text.RegularExpressions;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// Splits what a page gives as its byline into the names and the date printed after them: sites run the author, the
/// date, the time and a reading time together in one element ("Tom Davies Associated Press Published 11:34 PM EST Nov
/// 19, 2019", "Jeff FoustMonday, November 18, 2019", "Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min
/// read"), and that date is often the only one the page gives.
/// </summary>
internal static partial class BylineReader
{
    public static (string? Names, PublicationDate? Date) Read(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return (null, null);
        }

        var text = GluedWeekday().Replace(GluedCapitals().Replace(byline, "$1, $2"), "$1 $2");
        var tail = Tail().Match(text);
        if (!tail.Success)
        {
            return (text.Trim(), null);
        }

        var names = text[..tail.Index].Trim().TrimEnd(',', '|', '•', '-', '–', '—', ' ');
        return (names.Length == 0 ? null : names, DateTextParser.FindFullDate(text[tail.Index..]));
    }

    // "ERIC TUCKERAssociated Press": a name in capitals run into the agency's.
    [GeneratedRegex(@"(\p{Lu}{3,})(\p{Lu}\p{Ll})")]
    private static partial Regex GluedCapitals();

    // "Jeff FoustMonday": a name run into the weekday of its date.
    [GeneratedRegex(@"(\p{Ll})((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")]
    private static partial Regex GluedWeekday();

    // Where the names end: a "Published"/"Updated" label, a weekday, a date, a clock time, a handle or a bullet.
    [GeneratedRegex(
        @"(?i:\b(?:published|updated|posted)\b)|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
        + @"|\b(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?i:[a-z]*)\.?\s+\d{1,2}\b"
        + @"|\b\d{1,2}\s+(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?i:[a-z]*)\b|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\s@\w|•")]
    private static partial Regex Tail();
}
