using System.Collections.Immutable;
using System.Globalization;

namespace Crosscheck.Core.Claims;

/// <summary>
/// Reads the figures of a sentence as values: "1000" and "1,000" are one value, "about" or "more than" make it an
/// approximation, "million" multiplies, "$" and "%" are units. A figure in brackets right after another figure
/// ("$US100 million ($148 million)", "500-kilometer (310-mile)") restates it in another unit, so it is not read.
/// Years and the day of a date are dates, not figures.
/// </summary>
internal static class NumberReader
{
    private const int MaxFrameWords = 4;

    public static ImmutableArray<NumberMention> Read(ImmutableArray<ClaimToken> tokens)
    {
        var mentions = ImmutableArray.CreateBuilder<NumberMention>();
        var previousEnd = -10;
        for (var i = 0; i < tokens.Length; i++)
        {
            var symbol = i > 0 && !tokens[i - 1].IsWord && Lexicon.CurrencySymbols.TryGetValue(tokens[i - 1].Text, out var s) ? s : null;
            if (!TryValue(tokens[i], symbol is not null, out var value, out var unit, out var suffix))
            {
                continue;
            }

            var first = i;
            var end = i;
            if (symbol is not null)
            {
                unit = symbol;
                first = i - 1;
            }

            var multiplied = false;
            if (suffix.Length == 0 && end + 1 < tokens.Length && Lexicon.Multipliers.TryGetValue(tokens[end + 1].Norm, out var multiplier))
            {
                value *= multiplier;
                end++;
                multiplied = true;
            }

            if (end + 1 < tokens.Length)
            {
                var next = tokens[end + 1].Norm;
                if (next is "%" or "percent")
                {
                    unit = "%";
                    end++;
                }
                else if (Lexicon.CurrencySymbols.TryGetValue(next, out var word) && tokens[end + 1].IsWord)
                {
                    unit = word;
                    end++;
                }
            }

            var isConversion = first >= 1 && tokens[first - 1].Text == "(" && first - 1 - previousEnd <= 1;
            previousEnd = end;
            if (isConversion || IsDatePart(tokens, i, value, unit, suffix, multiplied) || IsListMarker(tokens, i))
            {
                continue;
            }

            var frame = Frame(tokens, end + 1, suffix, out var last);
            if (frame.IsEmpty)
            {
                frame = LeftFrame(tokens, first - 1);
                last = end;
            }

            mentions.Add(new NumberMention(value, unit, IsApproximate(tokens, first), first, last, frame));
            i = end;
        }

        return mentions.ToImmutable();
    }

    /// <summary>Two figures agree when their units match and their values are equal, or close when either is approximate.</summary>
    public static bool Agree(NumberMention a, NumberMention b, double tolerance)
    {
        if (a.Unit != b.Unit)
        {
            return false;
        }

        if (a.Value == b.Value)
        {
            return true;
        }

        var scale = Math.Max(Math.Abs(a.Value), Math.Abs(b.Value));
        return (a.Approximate || b.Approximate) && Math.Abs(a.Value - b.Value) <= tolerance * scale;
    }

    /// <summary>Where a figure's qualifier starts: up to three approximating words before it ("more than", "at least").</summary>
    public static int ApproximatorStart(ImmutableArray<ClaimToken> tokens, int first)
    {
        var start = first;
        while (start > 0 && first - start < 3 && tokens[start - 1].IsWord && Lexicon.Approximators.Contains(tokens[start - 1].Norm))
        {
            start--;
        }

        return start;
    }

    public static string Key(NumberMention mention) => mention.Unit + mention.Value.ToString("R", CultureInfo.InvariantCulture);

    private static bool TryValue(ClaimToken token, bool afterSymbol, out double value, out string unit, out string suffix)
    {
        value = 0;
        unit = string.Empty;
        suffix = string.Empty;
        if (!token.IsWord)
        {
            return false;
        }

        if (Lexicon.NumberWords.TryGetValue(token.Norm, out value))
        {
            return true;
        }

        // "Forty-six": tens and a unit joined by a hyphen.
        if (token.Norm.Split('-') is [var tens, var unitWord] && Lexicon.NumberWords.TryGetValue(tens, out var t) && t is >= 20 and <= 90 && t % 10 == 0
            && (unitWord == "one" ? 1 : Lexicon.NumberWords.GetValueOrDefault(unitWord)) is var u and >= 1 and <= 9)
        {
            value = t + u;
            return true;
        }

        // "$US100": a currency symbol, a country code, then the amount.
        var text = token.Text;
        var i = 0;
        while (afterSymbol && i < text.Length && i < 3 && char.IsUpper(text[i]))
        {
            i++;
        }

        var digitsStart = i;
        while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
        {
            i++;
        }

        if (i == digitsStart)
        {
            return false;
        }

        var digits = text[digitsStart..i];
        var groups = digits.Split(',');
        var thousands = groups.Length > 1 && groups.Skip(1).All(g => g.Length == 3 || (g.Length > 3 && g[3] == '.'));
        var plain = thousands ? string.Concat(groups) : digits.Replace(',', '.');
        if (!double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        var rest = text[i..].ToLowerInvariant();
        if (rest.Length == 0)
        {
            return true;
        }

        if (rest[0] == '-')
        {
            suffix = rest[1..];
            return true;
        }

        // "5bn", "100m": a multiplier written onto the figure; any other letters ("10th", "4x4") are not a count.
        if (Lexicon.Multipliers.TryGetValue(rest, out var multiplier))
        {
            value *= multiplier;
            return true;
        }

        return false;
    }

    private static bool IsDatePart(ImmutableArray<ClaimToken> tokens, int i, double value, string unit, string suffix, bool multiplied)
    {
        var token = tokens[i];
        var isYear = unit.Length == 0 && suffix.Length == 0 && !multiplied && token.Text.Length == 4 && value is >= 1800 and <= 2100
            && token.Text.All(char.IsDigit);
        if (isYear)
        {
            return true;
        }

        if (value is < 1 or > 31 || unit.Length > 0 || !token.Text.All(char.IsDigit))
        {
            return false;
        }

        return IsMonth(tokens, i - 1) || IsMonth(tokens, i - 2) || IsMonth(tokens, i + 1) || IsMonth(tokens, i + 2);
    }

    private static bool IsMonth(ImmutableArray<ClaimToken> tokens, int i) =>
        i >= 0 && i < tokens.Length && tokens[i].IsCapitalised && Lexicon.Months.ContainsKey(tokens[i].Norm);

    // "1." opening a sentence numbers a list item; it counts nothing.
    private static bool IsListMarker(ImmutableArray<ClaimToken> tokens, int i) =>
        i == 0 && tokens.Length > 1 && tokens[1].Text == "." && tokens[0].Text.All(char.IsDigit);

    private static bool IsApproximate(ImmutableArray<ClaimToken> tokens, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 3); k--)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            if (Lexicon.Approximators.Contains(tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<string> Frame(ImmutableArray<ClaimToken> tokens, int from, string suffix, out int last)
    {
        var frame = ImmutableArray.CreateBuilder<string>();
        if (suffix.Length > 0 && suffix.Any(char.IsLetter))
        {
            frame.Add(Text.PorterStemmer.Stem(suffix));
        }

        last = from - 1;
        for (var k = from; k < tokens.Length && frame.Count < MaxFrameWords; k++)
        {
            var token = tokens[k];
            if (token.Norm == "'s")
            {
                continue;
            }

            if (!token.IsWord || TryValue(token, false, out _, out _, out _))
            {
                break;
            }

            last = k;
            if (token.Stem is not null)
            {
                frame.Add(token.Stem);
            }
        }

        return frame.ToImmutable();
    }

    private static ImmutableArray<string> LeftFrame(ImmutableArray<ClaimToken> tokens, int from)
    {
        var frame = ImmutableArray.CreateBuilder<string>();
        for (var k = from; k >= 0 && frame.Count < MaxFrameWords - 1; k--)
        {
            if (!tokens[k].IsWord)
            {
                break;
            }

            if (tokens[k].Stem is not null)
            {
                frame.Add(tokens[k].Stem!);
            }
        }

        return frame.ToImmutable();
    }
}
