using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Stories;

/// <summary>Reads the date clues of one article from its metadata, lead, and removed caption lines.</summary>
internal static partial class ArticleDateReader
{
    private const string Month =
        "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    private const int LeadChars = 800;

    public static ArticleDateClues Read(CleanArticle article)
    {
        var text = article.Text ?? string.Empty;
        var lead = text.Length > LeadChars ? text[..LeadChars] : text;
        var captions = article.Removed.IsDefault
            ? []
            : article.Removed.Where(r => r.Reason is RemovalReason.Caption or RemovalReason.PhotoCredit).Select(r => r.Text);
        return new ArticleDateClues(
            article.Published?.Date,
            ReadDateline(article.Dateline) ?? ReadDateline(lead),
            ReadWeekday(lead),
            captions.SelectMany(FullDates).Select(d => (DateOnly?)d).Max(),
            MentionsEndOfLastYear(text));
    }

    // The phrase's alternatives open on letters that start most words, so the regex would try nearly every word; a
    // vectorised search for the word every alternative contains finds the few texts worth matching.
    private static bool MentionsEndOfLastYear(string text) =>
        text.Contains("last", StringComparison.OrdinalIgnoreCase) && EndOfLastYear().IsMatch(text);

    private static (int Month, int Day, int? Year)? ReadDateline(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = Dateline().Match(text);
        if (!match.Success || MonthNumber(match.Groups["month"].Value) is not { } month)
        {
            return null;
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        var validYear = year is null or (>= 1900 and <= 2200);
        return validYear && day >= 1 && day <= DateTime.DaysInMonth(year ?? 2000, month) ? (month, day, year) : null;
    }

    private static DayOfWeek? ReadWeekday(string lead)
    {
        var match = Weekday().Match(lead);
        return match.Success ? Enum.Parse<DayOfWeek>(match.Groups["day"].Value, ignoreCase: true) : null;
    }

    private static IEnumerable<DateOnly> FullDates(string text)
    {
        foreach (Match match in FullDate().Matches(text))
        {
            var month = MonthNumber(match.Groups["month"].Value);
            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (month is { } m && year is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, m))
            {
                yield return new DateOnly(year, m, day);
            }
        }
    }

    private static int? MonthNumber(string name)
    {
        var prefix = name.Length >= 3 ? name[..3] : name;
        var index = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames,
            m => m.Length > 0 && string.Equals(m, prefix, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index + 1 : null;
    }

    // "WASHINGTON, Dec 22 (Reuters) -", "KYIV, Ukraine, March 3, 2023 —": a capitalised place, then a date, then
    // the agency or a dash, at the very start of the text.
    [GeneratedRegex(@"^\s*[A-Z][A-Za-z .'\-]{1,40},(?:\s*[A-Z][A-Za-z .'\-]{1,30},)?\s*(?<month>" + Month + @")\.?\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?\s*(?:\(|[-\u2013\u2014]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\b(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<month>" + Month + @")\.?\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})\b|\b(?<day>\d{1,2})\s+(?<month>" + Month + @")\.?,?\s+(?<year>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b(?:(?:toward|towards|at|by|near)\s+the\s+end\s+of|(?:the\s+)?end\s+of|late|later\s+in)\s+last\s+year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EndOfLastYear();
}
