using System.Collections.Immutable;
using System.Globalization;

namespace Crosscheck.Core.Claims;

/// <summary>
/// Reads the days and dates of a sentence: weekdays, month and day ("Dec. 22", "22 December"), years, and relative
/// dates ("last month", "yesterday"). "Today" is left out: it is the day of writing, so a report that adds or drops it
/// still tells the same thing.
/// </summary>
internal static class DateReader
{
    public static ImmutableArray<DateMention> Read(ImmutableArray<ClaimToken> tokens)
    {
        var dates = ImmutableArray.CreateBuilder<DateMention>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                continue;
            }

            if (token.IsCapitalised && Lexicon.Weekdays.ContainsKey(token.Norm))
            {
                dates.Add(new DateMention(DateMentionKind.Weekday, token.Norm, i, i));
            }
            else if (token.IsCapitalised && Lexicon.Months.TryGetValue(token.Norm, out var month))
            {
                var day = Day(tokens, i + 1) ?? Day(tokens, i - 1) ?? Day(tokens, i + 2);
                if (day is { } d)
                {
                    var last = Math.Max(i, d.Index);
                    dates.Add(new DateMention(DateMentionKind.MonthDay, Key(month, d.Value), Math.Min(i, d.Index), last));
                }
                else if (token.Norm != "may" && token.Norm != "mar")
                {
                    dates.Add(new DateMention(DateMentionKind.MonthDay, month.ToString(CultureInfo.InvariantCulture), i, i));
                }
            }
            else if (token.Text.Length == 4 && token.Text.All(char.IsDigit) && int.Parse(token.Text, CultureInfo.InvariantCulture) is >= 1800 and <= 2100)
            {
                dates.Add(new DateMention(DateMentionKind.Year, token.Text, i, i));
            }
            else if (Lexicon.RelativeDays.Contains(token.Norm))
            {
                dates.Add(new DateMention(DateMentionKind.Relative, token.Norm, i, i));
            }
            else if (token.Norm is "last" or "next" or "this" or "past" or "previous" or "coming"
                && i + 1 < tokens.Length && Lexicon.CalendarUnits.Contains(tokens[i + 1].Norm))
            {
                var anchor = token.Norm is "past" or "previous" ? "last" : token.Norm == "coming" ? "next" : token.Norm;
                dates.Add(new DateMention(DateMentionKind.Relative, anchor + " " + tokens[i + 1].Norm, i, i + 1));
                i++;
            }
        }

        return dates.ToImmutable();
    }

    private static string Key(int month, int day) =>
        month.ToString(CultureInfo.InvariantCulture) + "-" + day.ToString(CultureInfo.InvariantCulture);

    private static (int Value, int Index)? Day(ImmutableArray<ClaimToken> tokens, int i)
    {
        if (i < 0 || i >= tokens.Length)
        {
            return null;
        }

        var text = tokens[i].Text;
        if (text.Length is 0 or > 4)
        {
            return null;
        }

        var digits = text.TrimEnd('s', 't', 'h', 'n', 'd', 'r');
        return digits.Length is 1 or 2 && digits.All(char.IsDigit) && int.Parse(digits, CultureInfo.InvariantCulture) is >= 1 and <= 31 and var day
            ? (day, i)
            : null;
    }
}
