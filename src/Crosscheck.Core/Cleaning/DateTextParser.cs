using System.Globalization;
using System.Text.RegularExpressions;

namespace Crosscheck.Core.Cleaning;

/// <summary>Parses the date forms news uses in datelines and header lines ("Dec 22", "December 22, 2022", "2022-12-22").</summary>
public static partial class DateTextParser
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static int? Month(string name)
    {
        if (name.Length < 3)
        {
            return null;
        }

        var key = name[..3].ToLowerInvariant();
        var index = Array.IndexOf(MonthNames, key);
        return index < 0 ? null : index + 1;
    }

    public static DayOfWeek? Weekday(string name) => name.ToLowerInvariant() switch
    {
        "monday" => DayOfWeek.Monday,
        "tuesday" => DayOfWeek.Tuesday,
        "wednesday" => DayOfWeek.Wednesday,
        "thursday" => DayOfWeek.Thursday,
        "friday" => DayOfWeek.Friday,
        "saturday" => DayOfWeek.Saturday,
        "sunday" => DayOfWeek.Sunday,
        _ => null,
    };

    /// <summary>Finds a full date (with a year) in a short text, with a time when one is given.</summary>
    public static PublicationDate? FindFullDate(string text)
    {
        var iso = IsoDate().Match(text);
        if (iso.Success && DateTimeOffset.TryParse(iso.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return iso.Value.Length > 10 ? PublicationDate.FromInstant(instant) : new PublicationDate(DateOnly.FromDateTime(instant.Date));
        }

        var monthFirst = MonthDayYear().Match(text);
        if (monthFirst.Success && Build(monthFirst.Groups["year"].Value, monthFirst.Groups["month"].Value, monthFirst.Groups["day"].Value) is { } a)
        {
            return new PublicationDate(a);
        }

        var dayFirst = DayMonthYear().Match(text);
        if (dayFirst.Success && Build(dayFirst.Groups["year"].Value, dayFirst.Groups["month"].Value, dayFirst.Groups["day"].Value) is { } b)
        {
            return new PublicationDate(b);
        }

        return null;
    }

    public static DateOnly? Build(string year, string month, string day)
    {
        var m = Month(month);
        if (m is null
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || y < 1900 || y > 2200 || d < 1 || d > DateTime.DaysInMonth(y, m.Value))
        {
            return null;
        }

        return new DateOnly(y, m.Value, d);
    }

    /// <summary>
    /// The year of a month and day given without one, from a weekday the text pairs with it: the latest year,
    /// not after the reference date, in which that day falls on that weekday. Null when nothing fits.
    /// </summary>
    public static DateOnly? InferYear(int month, int day, DayOfWeek weekday, DateOnly reference)
    {
        for (var year = reference.Year; year >= reference.Year - 12; year--)
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new DateOnly(year, month, day);
            if (candidate <= reference && candidate.DayOfWeek == weekday)
            {
                return candidate;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (?<day>\d{1,2})(?:st|nd|rd|th)?,? (?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>\d{1,2}) (?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,? (?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();
}
