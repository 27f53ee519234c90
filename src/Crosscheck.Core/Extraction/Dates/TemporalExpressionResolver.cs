using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Core.Stories;

namespace Crosscheck.Core.Extraction.Dates;

/// <summary>
/// Finds dates, weekdays, relative dates and durations in a text and resolves them against a reference date, usually
/// the article's publication date. News is written in the past tense, so a date without a year or a bare weekday is
/// the most recent one on or before the reference, unless the sentence looks ahead ("will", "set to") and no past-tense
/// verb governs the date. Without a reference only absolute dates resolve.
/// </summary>
public static class TemporalExpressionResolver
{
    private const int CueWindow = 240;
    private const int MinReferenceYear = 1000;
    private const int MaxReferenceYear = 9000;

    /// <summary>The temporal expressions in <paramref name="text"/>, in order, none overlapping.</summary>
    public static ImmutableArray<TemporalExpression> Extract(string text, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Relative arithmetic reaches at most a few centuries from the reference; a reference near the ends of the
        // calendar would overflow it, and no news is dated there.
        if (reference is { Year: < MinReferenceYear or > MaxReferenceYear })
        {
            reference = null;
        }

        var found = new List<TemporalExpression>();
        Collect(found, TemporalPatterns.CalendarDates(text), m => CalendarDate(m, text, reference));
        Collect(found, TemporalPatterns.Weekdays(text), m => Weekday(m, text, reference));
        Collect(found, TemporalPatterns.YearsAlone(text), YearAlone);
        Collect(found, TemporalPatterns.Relatives(text), m => Relative(m, text, reference));
        Collect(found, TemporalPatterns.Durations(text), m => Duration(m, text, reference));

        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var result = ImmutableArray.CreateBuilder<TemporalExpression>(found.Count);
        var lastEnd = 0;
        foreach (var expression in found)
        {
            if (expression.Start >= lastEnd)
            {
                result.Add(expression);
                lastEnd = expression.End;
            }
        }

        return result.ToImmutable();
    }

    private static void Collect(List<TemporalExpression> found, IEnumerable<Match> matches, Func<Match, TemporalExpression?> read)
    {
        foreach (var match in matches)
        {
            if (read(match) is { } expression)
            {
                found.Add(expression);
            }
        }
    }

    private static TemporalExpression? CalendarDate(Match match, string text, DateOnly? reference)
    {
        var (prep, start) = LeadBefore(text, match.Index);
        var m = new Hit(start, match.Index + match.Length, text[start..(match.Index + match.Length)]);
        var modifier = ModifierOf(prep);
        var direction = Direction(prep);
        if (match.Groups["isoyear"].Success)
        {
            var (y, mo, d) = (Int(match.Groups["isoyear"]), Int(match.Groups["isomonth"]), Int(match.Groups["isoday"]));
            return IsValid(y, mo, d) ? Day(m, TemporalKind.Date, new DateOnly(y, mo, d), modifier) : null;
        }

        var monthName = match.Groups["month"].Value;
        var month = MonthNumber(monthName);
        int? year = match.Groups["year"].Success ? Int(match.Groups["year"]) : null;

        // "March" and "May" alone are too often verbs or names to be months without a preposition.
        if (!match.Groups["day"].Success && year is null && prep is null && monthName is "March" or "May")
        {
            return null;
        }

        if (match.Groups["day"].Success)
        {
            var day = Int(match.Groups["day"]);
            if (day is < 1 or > 31)
            {
                return null;
            }

            if (year is { } known)
            {
                return IsValid(known, month, day) ? Day(m, TemporalKind.Date, new DateOnly(known, month, day), modifier) : null;
            }

            if (reference is not { } r)
            {
                return Unresolved(m, TemporalKind.Date, DatePrecision.Day, modifier,
                    string.Create(CultureInfo.InvariantCulture, $"--{month:00}-{day:00}"));
            }

            var future = direction > 0 || (direction == 0 && LooksAhead(text, m.Start));
            var resolvedYear = r.Year;
            if (direction < 0 || !future)
            {
                resolvedYear -= IsValid(r.Year, month, day) && new DateOnly(r.Year, month, day) > r ? 1 : 0;
            }
            else
            {
                resolvedYear += IsValid(r.Year, month, day) && new DateOnly(r.Year, month, day) < r ? 1 : 0;
            }

            return IsValid(resolvedYear, month, day) ? Day(m, TemporalKind.Date, new DateOnly(resolvedYear, month, day), modifier) : null;
        }

        if (year is { } monthYear)
        {
            return Month(m, TemporalKind.Date, new DateOnly(monthYear, month, 1), modifier);
        }

        if (reference is not { } reference2)
        {
            return Unresolved(m, TemporalKind.Date, DatePrecision.Month, modifier, string.Create(CultureInfo.InvariantCulture, $"--{month:00}"));
        }

        var ahead = direction > 0 || (direction == 0 && modifier is TemporalModifier.None or TemporalModifier.Early
            or TemporalModifier.Mid or TemporalModifier.Late && LooksAhead(text, m.Start));
        int yearOf;
        if (string.Equals(prep, "this", StringComparison.OrdinalIgnoreCase))
        {
            yearOf = reference2.Year;
        }
        else if (direction < 0)
        {
            yearOf = month < reference2.Month ? reference2.Year : reference2.Year - 1;
        }
        else if (direction > 0)
        {
            yearOf = month > reference2.Month ? reference2.Year : reference2.Year + 1;
        }
        else if (ahead)
        {
            yearOf = month >= reference2.Month ? reference2.Year : reference2.Year + 1;
        }
        else
        {
            yearOf = month <= reference2.Month ? reference2.Year : reference2.Year - 1;
        }

        return Month(m, TemporalKind.Date, new DateOnly(yearOf, month, 1), modifier);
    }

    private static TemporalExpression? Weekday(Match match, string text, DateOnly? reference)
    {
        var m = Whole(match);
        var prepGroup = match.Groups["prep"];
        var modifier = ModifierOf(prepGroup.Success ? prepGroup.Value : null);
        if (reference is not { } r)
        {
            return Unresolved(m, TemporalKind.Weekday, DatePrecision.Day, modifier, null);
        }

        var weekday = Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value, ignoreCase: false);
        var back = ((int)r.DayOfWeek - (int)weekday + 7) % 7;
        var ahead = ((int)weekday - (int)r.DayOfWeek + 7) % 7;
        var date = prepGroup.Value.ToLowerInvariant() switch
        {
            "last" => r.AddDays(-(back == 0 ? 7 : back)),
            "next" => r.AddDays(ahead == 0 ? 7 : ahead),
            "this" => r.AddDays(ahead),
            _ => LooksAhead(text, m.Start) ? r.AddDays(ahead) : r.AddDays(-back),
        };
        return Day(m, TemporalKind.Weekday, date, modifier);
    }

    private static TemporalExpression? YearAlone(Match match)
    {
        var year = Int(match.Groups["year"]);
        return Period(Whole(match), TemporalKind.Date, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year,
            year.ToString("0000", CultureInfo.InvariantCulture), ModifierOf(match.Groups["prep"].Value));
    }

    private static TemporalExpression? Relative(Match match, string text, DateOnly? reference)
    {
        var part = string.Empty;
        var start = match.Index;
        if (match.Groups["direction"].Success)
        {
            var from = Math.Max(0, match.Index - 40);
            var before = TemporalPatterns.PartBefore().Match(text, from, match.Index - from);
            if (before.Success)
            {
                part = before.Groups["part"].Value;
                start = before.Index;
            }
        }

        var m = new Hit(start, match.Index + match.Length, text[start..(match.Index + match.Length)]);
        var modifier = PartModifier(part);
        var precision = RelativePrecision(match);
        if (reference is not { } r)
        {
            return Unresolved(m, TemporalKind.Relative, precision, modifier, null);
        }

        if (match.Groups["day"].Success || match.Groups["night"].Success)
        {
            var word = (match.Groups["day"].Success ? match.Groups["day"].Value : match.Groups["night"].Value).ToLowerInvariant();
            var offset = word.StartsWith("yesterday", StringComparison.Ordinal) || word.StartsWith("last", StringComparison.Ordinal) ? -1
                : word == "tomorrow" ? 1 : 0;
            return Day(m, TemporalKind.Relative, r.AddDays(offset), modifier);
        }

        if (match.Groups["weekend"].Success)
        {
            return Weekend(m, r, 0, modifier);
        }

        var step = match.Groups["direction"].Value.ToLowerInvariant() switch
        {
            "last" or "previous" => -1,
            "next" => 1,
            _ => 0,
        };
        var earlier = string.Equals(part, "earlier", StringComparison.OrdinalIgnoreCase) && step == 0;
        switch (match.Groups["period"].Value.ToLowerInvariant())
        {
            case "week":
                var monday = r.AddDays(-(((int)r.DayOfWeek + 6) % 7) + (7 * step));
                var asDateTime = monday.ToDateTime(TimeOnly.MinValue);
                var iso = string.Create(CultureInfo.InvariantCulture,
                    $"{ISOWeek.GetYear(asDateTime):0000}-W{ISOWeek.GetWeekOfYear(asDateTime):00}");
                return Period(m, TemporalKind.Relative, monday, earlier ? r : monday.AddDays(6), DatePrecision.Day, iso, modifier);
            case "month":
                var month = new DateOnly(r.Year, r.Month, 1).AddMonths(step);
                var monthExpression = Month(m, TemporalKind.Relative, month, modifier);
                return earlier ? monthExpression with { LastDate = r } : monthExpression;
            case "weekend":
                return Weekend(m, r, step, modifier);
            default:
                var year = new DateOnly(r.Year + step, 1, 1);
                return Period(m, TemporalKind.Relative, year, earlier ? r : new DateOnly(year.Year, 12, 31), DatePrecision.Year,
                    year.Year.ToString("0000", CultureInfo.InvariantCulture), modifier);
        }
    }

    private static TemporalExpression? Ago(Match match, DateOnly? reference)
    {
        var m = Whole(match);
        if (reference is not { } r || Amount(match.Groups["n"].Value) is not { } amount || amount != Math.Floor(amount) || amount > 1000)
        {
            return Unresolved(m, TemporalKind.Relative, RelativePrecision(match), TemporalModifier.None, null);
        }

        var n = (int)amount;
        return UnitOf(match.Groups["unit"].Value) switch
        {
            TemporalUnit.Second or TemporalUnit.Minute or TemporalUnit.Hour => Day(m, TemporalKind.Relative, r, TemporalModifier.None),
            TemporalUnit.Day => Day(m, TemporalKind.Relative, r.AddDays(-n), TemporalModifier.None),
            TemporalUnit.Week => Day(m, TemporalKind.Relative, r.AddDays(-7 * n), TemporalModifier.None),
            TemporalUnit.Month => Month(m, TemporalKind.Relative, new DateOnly(r.Year, r.Month, 1).AddMonths(-n), TemporalModifier.None),
            var unit => YearOf(m, r.Year - (n * unit switch { TemporalUnit.Decade => 10, TemporalUnit.Century => 100, _ => 1 })),
        };
    }

    private static TemporalExpression? YearOf(Hit m, int year) =>
        year is < 1 or > 9999 ? null : Period(m, TemporalKind.Relative, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31),
            DatePrecision.Year, year.ToString("0000", CultureInfo.InvariantCulture), TemporalModifier.None);

    private static TemporalExpression Weekend(Hit m, DateOnly r, int step, TemporalModifier modifier)
    {
        var saturday = r.AddDays(-(((int)r.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7) + (7 * step));
        var iso = string.Create(CultureInfo.InvariantCulture, $"{saturday:yyyy-MM-dd}/{saturday.AddDays(1):yyyy-MM-dd}");
        return Period(m, TemporalKind.Relative, saturday, saturday.AddDays(1), DatePrecision.Day, iso, modifier);
    }

    private static TemporalExpression? Duration(Match m, string text, DateOnly? reference)
    {
        if (m.Groups["ago"].Success)
        {
            return Ago(m, reference);
        }

        var count = m.Groups["n"].Value;
        var isArticle = count.Equals("a", StringComparison.OrdinalIgnoreCase) || count.Equals("an", StringComparison.OrdinalIgnoreCase);

        // "a month" is a duration after "for", "within" or "than", but a rate after an amount ("$100 million a month")
        // and an offset in "a day after".
        if (isArticle && !TemporalPatterns.DurationLead().IsMatch(text.AsSpan(Math.Max(0, m.Index - 20), Math.Min(20, m.Index))))
        {
            return null;
        }

        var unit = UnitOf(m.Groups["unit"].Value);
        var amount = Amount(count);
        var precision = unit switch
        {
            TemporalUnit.Month => DatePrecision.Month,
            TemporalUnit.Year or TemporalUnit.Decade or TemporalUnit.Century => DatePrecision.Year,
            _ => DatePrecision.Day,
        };
        return new TemporalExpression(m.Index, m.Index + m.Length, m.Value, TemporalKind.Duration, null, null, precision,
            amount is { } a ? IsoDuration(a, unit) : null, amount is not null, TemporalModifier.None, new TemporalDuration(amount, unit));
    }

    private static string IsoDuration(double amount, TemporalUnit unit)
    {
        var (value, designator, time) = unit switch
        {
            TemporalUnit.Second => (amount, 'S', true),
            TemporalUnit.Minute => (amount, 'M', true),
            TemporalUnit.Hour => (amount, 'H', true),
            TemporalUnit.Day => (amount, 'D', false),
            TemporalUnit.Week => (amount, 'W', false),
            TemporalUnit.Month => (amount, 'M', false),
            TemporalUnit.Year => (amount, 'Y', false),
            TemporalUnit.Decade => (amount * 10, 'Y', false),
            _ => (amount * 100, 'Y', false),
        };
        return string.Create(CultureInfo.InvariantCulture, $"P{(time ? "T" : string.Empty)}{value}{designator}");
    }

    private static double? Amount(string count)
    {
        var lower = count.ToLowerInvariant();
        if (lower.Length > 0 && char.IsAsciiDigit(lower[0]))
        {
            return double.Parse(lower.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture);
        }

        return lower switch
        {
            "a" or "an" or "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "thirteen" => 13,
            "fourteen" => 14,
            "fifteen" => 15,
            "sixteen" => 16,
            "seventeen" => 17,
            "eighteen" => 18,
            "nineteen" => 19,
            "twenty" => 20,
            "thirty" => 30,
            "forty" => 40,
            "fifty" => 50,
            "sixty" => 60,
            "seventy" => 70,
            "eighty" => 80,
            "ninety" => 90,
            "hundred" => 100,
            "a half" => 0.5,
            _ when lower.StartsWith("half", StringComparison.Ordinal) => 0.5,
            _ when lower.StartsWith("a couple", StringComparison.Ordinal) => 2,
            _ => null,
        };
    }

    private static TemporalUnit UnitOf(string unit)
    {
        var lower = unit.ToLowerInvariant();
        return lower switch
        {
            _ when lower.StartsWith("sec", StringComparison.Ordinal) => TemporalUnit.Second,
            _ when lower.StartsWith("min", StringComparison.Ordinal) => TemporalUnit.Minute,
            _ when lower.StartsWith("hour", StringComparison.Ordinal) => TemporalUnit.Hour,
            _ when lower.StartsWith("day", StringComparison.Ordinal) => TemporalUnit.Day,
            _ when lower.StartsWith("week", StringComparison.Ordinal) => TemporalUnit.Week,
            _ when lower.StartsWith("month", StringComparison.Ordinal) => TemporalUnit.Month,
            _ when lower.StartsWith("year", StringComparison.Ordinal) => TemporalUnit.Year,
            _ when lower.StartsWith("decade", StringComparison.Ordinal) => TemporalUnit.Decade,
            _ => TemporalUnit.Century,
        };
    }

    private static DatePrecision RelativePrecision(Match m)
    {
        var period = m.Groups["period"].Success ? m.Groups["period"].Value : m.Groups["unit"].Value;
        var lower = period.ToLowerInvariant();
        return lower.StartsWith("year", StringComparison.Ordinal) || lower.StartsWith("decade", StringComparison.Ordinal)
            || lower.StartsWith("centur", StringComparison.Ordinal)
            ? DatePrecision.Year
            : lower.StartsWith("month", StringComparison.Ordinal) ? DatePrecision.Month : DatePrecision.Day;
    }

    /// <summary>Whether the sentence before <paramref name="index"/> looks ahead and no past-tense verb governs the date.</summary>
    private static bool LooksAhead(string text, int index)
    {
        var from = Math.Max(0, index - CueWindow);
        var window = text.AsSpan(from, index - from);
        var sentenceStart = Math.Max(window.LastIndexOfAny(".!?\n"), -1) + 1;
        while (sentenceStart > 0 && sentenceStart < window.Length && IsAbbreviationDot(window, sentenceStart - 1))
        {
            var earlier = window[..(sentenceStart - 1)].LastIndexOfAny(".!?\n");
            sentenceStart = earlier + 1;
        }

        var sentence = window[sentenceStart..];
        return !TemporalPatterns.PastVerbBefore().IsMatch(sentence) && TemporalPatterns.FutureCue().IsMatch(sentence);
    }

    // "U.S. House", "Jan. 3": a dot after a capital letter or a short capitalised word is not a sentence end.
    private static bool IsAbbreviationDot(ReadOnlySpan<char> window, int dot)
    {
        if (window[dot] != '.')
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(window[wordStart - 1]))
        {
            wordStart--;
        }

        var length = dot - wordStart;
        return length is >= 1 and <= 4 && char.IsUpper(window[wordStart]);
    }

    private static TemporalModifier ModifierOf(string? prep) =>
        string.IsNullOrEmpty(prep) ? TemporalModifier.None : prep.ToLowerInvariant() switch
        {
            "since" or "from" => TemporalModifier.Since,
            "until" or "till" or "by" => TemporalModifier.Until,
            "before" => TemporalModifier.Before,
            "after" => TemporalModifier.After,
            var p when p.EndsWith("early", StringComparison.Ordinal) => TemporalModifier.Early,
            var p when p.EndsWith("late", StringComparison.Ordinal) => TemporalModifier.Late,
            var p when p.EndsWith("mid", StringComparison.Ordinal) => TemporalModifier.Mid,
            _ => TemporalModifier.None,
        };

    private static int Direction(string? prep) =>
        prep is null ? 0 : prep.ToLowerInvariant() switch
        {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };

    private static TemporalModifier PartModifier(string part)
    {
        var lower = part.ToLowerInvariant();
        if (lower.Length == 0 || lower is "earlier" or "later")
        {
            return TemporalModifier.None;
        }

        return lower.Contains("end", StringComparison.Ordinal) || lower.Contains("close", StringComparison.Ordinal) || lower == "late"
            ? TemporalModifier.Late
            : lower.Contains("mid", StringComparison.Ordinal) ? TemporalModifier.Mid : TemporalModifier.Early;
    }

    private static TemporalExpression Day(Hit m, TemporalKind kind, DateOnly date, TemporalModifier modifier) =>
        Period(m, kind, date, date, DatePrecision.Day, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), modifier);

    private static TemporalExpression Month(Hit m, TemporalKind kind, DateOnly first, TemporalModifier modifier) =>
        Period(m, kind, first, first.AddMonths(1).AddDays(-1), DatePrecision.Month,
            first.ToString("yyyy-MM", CultureInfo.InvariantCulture), modifier);

    private static TemporalExpression Period(Hit m, TemporalKind kind, DateOnly first, DateOnly last, DatePrecision precision,
        string iso, TemporalModifier modifier) =>
        new(m.Start, m.End, m.Text, kind, first, last, precision, iso, true, modifier, null);

    private static TemporalExpression Unresolved(Hit m, TemporalKind kind, DatePrecision precision, TemporalModifier modifier, string? iso) =>
        new(m.Start, m.End, m.Text, kind, null, null, precision, iso, false, modifier, null);

    /// <summary>A preposition right before a date, and where the expression then starts.</summary>
    private static (string? Prep, int Start) LeadBefore(string text, int index)
    {
        var from = Math.Max(0, index - 24);
        var lead = TemporalPatterns.LeadBefore().Match(text, from, index - from);
        return lead.Success ? (lead.Groups["prep"].Value, lead.Index) : (null, index);
    }

    private static Hit Whole(Match match) => new(match.Index, match.Index + match.Length, match.Value);

    private static int Int(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int MonthNumber(string name) => name[..3] switch
    {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        _ => 12,
    };

    private readonly record struct Hit(int Start, int End, string Text);
}
