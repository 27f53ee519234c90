using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Crosscheck.Core.Extraction.Dates;

/// <summary>
/// The patterns of temporal expressions. Month and weekday names must be capitalised, which keeps the verbs "may" and
/// "march" out; "March" and "May" alone (without a day or year) also need a preposition before them. Every quantifier
/// is bounded or over a disjoint class, so no pattern can backtrack badly.
/// </summary>
internal static partial class TemporalPatterns
{
    // Every match of a pattern holds one of its anchors no further than this from its start (the longest match, "30th
    // of September, 2020", is shorter), except for the digits of a long number, which the scan steps back over; and ends,
    // with what its lookaheads read, no further than this after the anchor.
    private const int AnchorReach = 32;

    // A weekday's name starts at most a preposition and three spaces into its match ("before   Monday") and ends it but
    // for the lookahead; a narrower window is fewer places to try the pattern.
    private const int WeekdayReach = 16;

    // Characters before a window that the patterns' one-character lookbehinds and \b read.
    private const int LeftContext = 8;

    // Anchors hold no "k" or "s": case-insensitive patterns also match the Kelvin sign and the long s, which an
    // ordinal case-insensitive search does not. Only an ISO date holds no month's name, and it opens with its year.
    private static readonly SearchValues<string> MonthAnchors = SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    private static readonly SearchValues<string> WeekdayAnchors = SearchValues.Create(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparison.Ordinal);

    private static readonly SearchValues<string> RelativeAnchors = SearchValues.Create(
        ["wee", "month", "year", "oday", "terday", "tomorrow", "night", "morning", "afternoon", "evening"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> DurationAnchors = SearchValues.Create(
        ["econd", "minute", "hour", "day", "wee", "month", "year", "decade", "centur"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Where an anchor of a pattern is at or after position; -1 when there is none.</summary>
    private delegate int AnchorSearch(string text, int position);

    /// <summary>The matches <c>CalendarDate().Matches(text)</c> finds: a month's name or an ISO date's year in each.</summary>
    public static IEnumerable<Match> CalendarDates(string text) => Anchored(CalendarDate(), text, NextMonthOrIsoYear, AnchorReach);

    /// <summary>The matches <c>Weekday().Matches(text)</c> finds: a weekday's name in each.</summary>
    public static IEnumerable<Match> Weekdays(string text) => Anchored(Weekday(), text, NextWeekday, WeekdayReach);

    /// <summary>The matches <c>YearAlone().Matches(text)</c> finds: a year in each.</summary>
    public static IEnumerable<Match> YearsAlone(string text) => Anchored(YearAlone(), text, NextYear, AnchorReach);

    /// <summary>The matches <c>Relative().Matches(text)</c> finds: a period or a day's word in each.</summary>
    public static IEnumerable<Match> Relatives(string text) => Anchored(Relative(), text, NextRelative, AnchorReach);

    /// <summary>The matches <c>Duration().Matches(text)</c> finds: a unit in each, opening a word.</summary>
    public static IEnumerable<Match> Durations(string text) => Anchored(Duration(), text, NextUnit, AnchorReach);

    // The matches of a pattern, left to right and not overlapping as Regex.Matches gives them, trying the pattern only
    // in a window around each anchor: most of a text holds none, and trying a pattern at every word is the cost of a
    // scan. The next match after a position holds an anchor; the first anchor after the position is no later than that
    // one, so a match starting between the window's start and the anchor holds the anchor and lies inside the window;
    // with none there, the next match starts after the anchor.
    private static IEnumerable<Match> Anchored(Regex pattern, string text, AnchorSearch next, int reach)
    {
        var position = 0;
        while (position < text.Length)
        {
            var anchor = next(text, position);
            if (anchor < 0)
            {
                yield break;
            }

            var from = Math.Max(position, anchor - reach);
            while (from > position && (char.IsAsciiDigit(text[from - 1]) || text[from - 1] is ',' or '.'))
            {
                from--;
            }

            var windowStart = Math.Max(0, from - LeftContext);
            var window = text.AsSpan(windowStart, Math.Min(text.Length, anchor + (2 * reach)) - windowStart);
            var start = -1;
            foreach (var candidate in pattern.EnumerateMatches(window, from - windowStart))
            {
                start = windowStart + candidate.Index;
                break;
            }

            if (start < 0 || start > anchor)
            {
                position = anchor + 1;
                continue;
            }

            var match = pattern.Match(text, start);
            yield return match;
            position = match.Index + Math.Max(1, match.Length);
        }
    }

    private static int IndexOf(string text, int position, SearchValues<string> anchors)
    {
        var found = text.AsSpan(position).IndexOfAny(anchors);
        return found < 0 ? -1 : position + found;
    }

    private static int NextWeekday(string text, int position) => IndexOf(text, position, WeekdayAnchors);

    private static int NextRelative(string text, int position) => IndexOf(text, position, RelativeAnchors);

    private static int NextMonthOrIsoYear(string text, int position)
    {
        var month = IndexOf(text, position, MonthAnchors);
        var limit = month < 0 ? text.Length : month;
        for (var year = NextYear(text, position); year >= 0 && year < limit; year = NextYear(text, year + 1))
        {
            if (year + 4 < text.Length && text[year + 4] == '-')
            {
                return year;
            }
        }

        return month;
    }

    // The first digit of "(1[6-9]|20)\d\d", where \d is any decimal digit, as the patterns read it.
    private static int NextYear(string text, int position)
    {
        while (position < text.Length)
        {
            var found = text.AsSpan(position).IndexOfAny('1', '2');
            if (found < 0)
            {
                return -1;
            }

            var i = position + found;
            if (i + 3 < text.Length && (text[i] == '1' ? text[i + 1] is >= '6' and <= '9' : text[i + 1] == '0')
                && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
            {
                return i;
            }

            position = i + 1;
        }

        return -1;
    }

    // A unit follows its count after a space or a hyphen, so its anchor opens a word ("seconds" one letter in):
    // "today", "Monday" and "between" hold anchors that no duration does. And it follows a count: "last year", "the
    // day" and "of months", most of a text's units, are not tried.
    private static int NextUnit(string text, int position)
    {
        while (position < text.Length)
        {
            var anchor = IndexOf(text, position, DurationAnchors);
            if (anchor < 0)
            {
                return -1;
            }

            var wordStart = text[anchor] is 'e' or 'E' ? anchor - 1 : anchor;
            if ((wordStart <= 0 || !char.IsLetterOrDigit(text[wordStart - 1])) && MayFollowCount(text, wordStart))
            {
                return anchor;
            }

            position = anchor + 1;
        }

        return -1;
    }

    // Whether a count can end one to three spaces or hyphens before a unit that starts at unitStart: a digit, or an
    // ASCII word that ends a count of the pattern. Anything less plain (another character, a word running on from a
    // non-ASCII letter, which a case-insensitive pattern may read as an ASCII one) is left to the pattern.
    private static bool MayFollowCount(string text, int unitStart)
    {
        var j = unitStart - 1;
        var separators = 0;
        while (j >= 0 && separators <= 3 && (text[j] == '-' || char.IsWhiteSpace(text[j])))
        {
            j--;
            separators++;
        }

        if (separators is 0 or > 3 || j < 0)
        {
            return false;
        }

        if (!char.IsAsciiLetter(text[j]))
        {
            return true;
        }

        var end = j + 1;
        while (j >= 0 && char.IsAsciiLetter(text[j]))
        {
            j--;
        }

        return (j >= 0 && text[j] >= 128) || CountEndWords.Contains(text.AsSpan(j + 1, end - j - 1));
    }

    // The last words of the counts in Count ("a few", "a couple of", "half a", "a half" end in "few", "of", "a", "half"):
    // a count word added there is added here.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountEndWords = new[]
    {
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "few", "several", "of", "half",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private const string Month =
        @"(?<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
        + @"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)";

    private const string Prepositions =
        @"(?<prep>(?i:on|in|since|until|till|by|during|from|through|before|after|last|this|next|(?:in\s)?(?:early|late|mid)))";

    private const string Year = @"(?<year>(?:1[6-9]|20)\d\d)\b";

    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?\b";

    private const string Count =
        @"(?<n>(?<![\d,.])\d{1,3}(?:,\d{3})*(?:\.\d+)?|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        + @"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
        + @"|ninety|hundred|a\sfew|few|several|a\scouple\sof|half\sa|a\shalf))";

    private const string Unit = @"(?<unit>(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries))";

    [GeneratedRegex(
        @"\b(?:" + Month + @"\s{0,3}" + Day + @"(?:,?\s{0,3}" + Year + @")?"
        + @"|" + Day + @"\s{1,3}(?:of\s)?" + Month + @"(?:,?\s{0,3}" + Year + @")?"
        + @"|" + Month + @",?\s{1,3}" + Year
        + @"|(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b"
        + @"|(?<isoyear>(?:1[6-9]|20)\d\d)-(?<isomonth>[01]\d)-(?<isoday>[0-3]\d)\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex CalendarDate();

    [GeneratedRegex(
        @"\b(?:(?<prep>(?i:on|since|by|until|last|this|next|from|before|after))\s{1,3})?"
        + @"(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Weekday();

    [GeneratedRegex(
        @"\b(?<prep>(?i:in|since|until|till|by|during|from|through|before|after|(?:in\s)?(?:early|late|mid)))[\s\-]{1,3}"
        + Year + @"(?![,.]\d|\s?(?:%|(?i:percent)))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex YearAlone();

    [GeneratedRegex(
        @"\b(?i:(?<direction>last|this|next|previous)\s{1,3}(?<period>week|month|year|weekend)"
        + @"|(?<day>today|yesterday|tomorrow|tonight)"
        + @"|(?<night>last\s{1,3}night|this\s{1,3}(?:morning|afternoon|evening))"
        + @"|(?:over|during|at)\s{1,3}the\s{1,3}(?<weekend>weekend))\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Relative();

    [GeneratedRegex(
        @"\b" + Count + @"[\s\-]{1,3}" + Unit + @"(?:-(?i:old|long)\b|\s{1,3}(?<ago>(?i:ago))\b)?\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Duration();

    /// <summary>Words that put a date ahead of the time of writing.</summary>
    [GeneratedRegex(
        @"\b(?i:will|shall|set\sto|scheduled|due\sto|plans?\sto|planned|expected\sto|going\sto|upcoming|next)\b|\w'll\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex FutureCue();

    /// <summary>A past-tense verb right before a date ("said Thursday", "began on Feb. 24") keeps it in the past.</summary>
    [GeneratedRegex(
        @"\b(?:[A-Za-z]{2,}ed|said|told|met|sent|began|took|made|held|gave|spoke|came|went|wrote|saw|left|fell|won|lost|struck|hit)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex PastVerbBefore();

    /// <summary>Words after which "a month", "an hour" is a length of time.</summary>
    [GeneratedRegex(
        @"\b(?i:for|within|in|over|after|about|nearly|almost|than|just|only|least|past|last|first|next|spent|took|lasted)\s{1,3}$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex DurationLead();

    /// <summary>A preposition or "last"/"next" right before a date, read backwards from the date.</summary>
    [GeneratedRegex(@"\b" + Prepositions + @"[\s\-]{1,3}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex LeadBefore();

    /// <summary>The part of a period named before "last/this/next year": "toward the end of", "early", "earlier".</summary>
    [GeneratedRegex(
        @"\b(?i:(?<part>earlier|later|early|late|mid|(?:toward|towards|at|by|near|until|before)\s(?:the\s)?(?:end|close)\sof"
        + @"|(?:the\s)?end\sof|(?:at\s)?the\s(?:start|beginning)\sof|(?:in\s)?the\smiddle\sof)[\s\-]{1,3}(?:in\s)?)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex PartBefore();
}
