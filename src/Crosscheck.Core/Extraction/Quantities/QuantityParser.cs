using System.Collections.Immutable;

namespace Crosscheck.Core.Extraction.Quantities;

/// <summary>
/// Reads quantities left to right over the lexer's tokens. Each number is read outward: its written form and scale,
/// then what is attached before it (currency, hedge, "between") and after it (unit, range, bracketed conversion,
/// rate, counted noun). Every step looks a bounded number of tokens ahead, so the whole pass is linear.
/// </summary>
internal sealed class QuantityParser
{
    private const int MaxConversionLead = 4;

    private readonly string text;
    private readonly List<QuantityToken> t;

    public QuantityParser(string text)
    {
        this.text = text;
        t = QuantityLexer.Lex(text);
    }

    public ImmutableArray<Quantity> Parse()
    {
        var result = ImmutableArray.CreateBuilder<Quantity>();
        var floor = 0;
        var i = 0;
        while (i < t.Count)
        {
            if (TryParse(i, floor, allowFrame: true) is { } parsed)
            {
                result.Add(parsed.Quantity);
                floor = parsed.EndToken;
                i = parsed.EndToken;
            }
            else
            {
                i++;
            }
        }

        return result.ToImmutable();
    }

    private Parsed? TryParse(int i, int floor, bool allowFrame)
    {
        var (currency, start) = CurrencyBefore(i, floor);
        if (ReadNumber(i, currency is not null) is not { } core || (!core.Written && !NumberStandsAlone(i, currency)))
        {
            return null;
        }

        var end = core.End;
        var suffix = Suffix(end, currency);
        if (suffix.IsDuration)
        {
            return null;
        }

        var value = core.Value;
        double? upper = core.Upper;
        var leadIn = start;
        if (Range(end, suffix, core, currency, start, floor) is { } range)
        {
            value = core.Scaled ? core.Value : core.Value * range.Core.Scale;
            upper = range.Core.Value;
            suffix = range.Suffix;
            end = range.End;
            leadIn = range.LeadIn;
        }
        else
        {
            end = suffix.End;
        }

        var kind = currency is not null ? QuantityKind.Money : suffix.Kind;
        var unit = currency ?? suffix.Unit;
        var isYearLike = t[i].Kind == QuantityTokenKind.Plain4 && upper is null && kind == QuantityKind.Count && value is >= 1000 and < 2200;
        if (kind == QuantityKind.Count && !core.Written && IsDatePart(i, isYearLike))
        {
            return null;
        }

        var (qualifier, first) = QualifierBefore(leadIn, floor);

        Quantity? conversion = null;
        if (end < t.Count && t[end].Lower == "(" && Conversion(end + 1, kind) is { } inner)
        {
            conversion = inner.Quantity;
            end = inner.EndToken + 1;
        }

        string? per = null;
        if (end + 1 < t.Count && t[end].Lower is "a" or "an" or "per" or "each" or "every"
            && QuantityLexicon.TimeUnits.TryGetValue(t[end + 1].Lower, out var period) && !t[end + 1].Lower.EndsWith('s'))
        {
            per = period;
            end += 2;
        }
        else if (end < t.Count && QuantityLexicon.RateAdverbs.TryGetValue(t[end].Lower, out period))
        {
            per = period;
            end++;
        }

        var (frame, modifier) = !allowFrame ? (null, null) : kind switch
        {
            QuantityKind.Count => FrameFinder.ForCount(text, t, end, single: value == 1 && upper is null, vague: core.Vague),
            QuantityKind.Measure => FrameFinder.ForAmount(text, t, end, adjectival: suffix.Adjectival, money: false),
            QuantityKind.Percent => FrameFinder.ForAmount(text, t, end, adjectival: suffix.Adjectival, money: false),
            _ => FrameFinder.ForAmount(text, t, end, adjectival: first > 0 && t[first - 1].Lower is "a" or "an", money: true),
        };

        // A bare small written number ("one of them", "the two sides agreed") or a bare year-like number is only a
        // count when it counts something.
        if (frame is null && kind == QuantityKind.Count && ((core.Written && !core.Vague && value < 100) || isYearLike))
        {
            return null;
        }

        var startOffset = t[first].Start;
        var endOffset = t[end - 1].End;
        var quantity = new Quantity(startOffset, endOffset, text[startOffset..endOffset], kind, value, upper, unit, qualifier,
            conversion, per, frame, modifier);
        return new Parsed(quantity, first, end);
    }

    private Parsed? Conversion(int first, QuantityKind kind)
    {
        for (var i = first; i < t.Count && i < first + MaxConversionLead; i++)
        {
            if (TryParse(i, first, allowFrame: false) is { } inner)
            {
                return inner.StartToken == first && inner.Quantity.Kind == kind && inner.EndToken < t.Count
                    && t[inner.EndToken].Lower == ")"
                    ? inner
                    : null;
            }
        }

        return null;
    }

    private RangeEnd? Range(int afterCore, Suffix suffix, Number core, string? currency, int start, int floor)
    {
        var j = suffix.Kind == QuantityKind.Count && !suffix.Adjectival ? afterCore : suffix.End;
        if (j >= t.Count || core.Vague || t[afterCore - 1].Kind == QuantityTokenKind.Plain4 && suffix.Kind == QuantityKind.Count)
        {
            return null;
        }

        var connector = t[j];
        var leadIn = start;
        var before = start - 1 >= floor ? t[start - 1].Lower : null;
        switch (connector.Lower)
        {
            case "to":
                leadIn = before is "from" or "between" ? start - 1 : start;
                break;
            case "and" when before == "between":
                leadIn = start - 1;
                break;
            case "-" when connector.Glued && j + 1 < t.Count && t[j + 1].Glued:
            case "\u2013" or "\u2014":
                break;
            default:
                return null;
        }

        var k = j + 1;
        if (currency is not null && k < t.Count && QuantityLexicon.CurrencySymbols.ContainsKey(t[k].Lower))
        {
            k++;
        }

        if (k >= t.Count || ReadNumber(k, currency is not null) is not { } second || second.Vague || second.Written != core.Written
            || (!second.Written && !NumberStandsAlone(k, currency ?? "range")))
        {
            return null;
        }

        var lower = core.Scaled ? core.Value : core.Value * second.Scale;
        if (second.Value <= lower)
        {
            return null;
        }

        var secondSuffix = Suffix(second.End, currency);
        if (secondSuffix.IsDuration || (suffix.Kind != QuantityKind.Count && secondSuffix.Kind != QuantityKind.Count && secondSuffix.Unit != suffix.Unit))
        {
            return null;
        }

        var merged = secondSuffix.Kind == QuantityKind.Count && secondSuffix.End == second.End ? suffix with { End = second.End } : secondSuffix;
        return new RangeEnd(second, merged, merged.End, leadIn);
    }

    /// <summary>The number at <paramref name="i"/>, in digits or words, with its scale ("1.85 billion", "5bn").</summary>
    private Number? ReadNumber(int i, bool money)
    {
        var token = t[i];
        if (token.IsNumber)
        {
            var end = i + 1;
            var scale = 1.0;
            if (end < t.Count && t[end].IsWord && t[end].Glued)
            {
                var suffix = t[end].Lower;
                if (QuantityLexicon.ScaleSuffixes.TryGetValue(suffix, out scale) || (money && QuantityLexicon.MoneyScaleSuffixes.TryGetValue(suffix, out scale)))
                {
                    end++;
                }
                else if (!QuantityLexicon.MeasureUnits.ContainsKey(suffix) && !QuantityLexicon.TimeUnits.ContainsKey(suffix))
                {
                    return null;
                }
                else
                {
                    scale = 1;
                }
            }

            if (scale == 1 && end < t.Count && QuantityLexicon.Scales.TryGetValue(t[end].Lower, out var wordScale))
            {
                scale = wordScale;
                end++;
            }

            return new Number(token.Value * scale, null, end, Written: false, Scaled: scale != 1, scale, Vague: false);
        }

        return token.IsWord ? ReadWords(i) : null;
    }

    private Number? ReadWords(int i)
    {
        var w = t[i].Lower;
        var next = Word(i + 1);
        var afterNext = Word(i + 2);
        if (w is "tens" or "hundreds" && next == "of" && QuantityLexicon.PluralScales.TryGetValue(afterNext ?? string.Empty, out var big))
        {
            var value = (w == "tens" ? 10 : 100) * big;
            return new Number(value, value * 10, i + 3, Written: true, Scaled: true, big, Vague: true);
        }

        if (next == "of" && QuantityLexicon.PluralScales.TryGetValue(w, out var plural))
        {
            return new Number(plural, plural * 10, i + 1, Written: true, Scaled: true, plural, Vague: true);
        }

        if (w is "dozens" or "scores" && next == "of")
        {
            var unit = w == "dozens" ? 12 : 20;
            return new Number(unit * 2, unit * 12, i + 1, Written: true, Scaled: false, 1, Vague: true);
        }

        if (w == "half" && next is "a" or "an" && QuantityLexicon.Scales.TryGetValue(afterNext ?? string.Empty, out var halfScale))
        {
            return new Number(0.5 * halfScale, null, i + 3, Written: true, Scaled: true, halfScale, Vague: false);
        }

        if (w is "a" or "an")
        {
            return next is "hundred" or "dozen" || QuantityLexicon.Scales.ContainsKey(next ?? string.Empty) ? WrittenNumber(i + 1, 1) : null;
        }

        if (!QuantityLexicon.Units.ContainsKey(w) && !QuantityLexicon.Tens.ContainsKey(w))
        {
            return null;
        }

        if (w == "one" && (Word(i - 1) is "no" or "any" or "every" or "each" or "the" or "this" or "that" or "which"
            || next is "of" or "another" or "way" or "or" or "by" or "after" or "other" or "more" or "thing" or "hand" or "side" or "point" or "too"))
        {
            return null;
        }

        return WrittenNumber(i, 0);
    }

    /// <summary>A written number from <paramref name="i"/>: "two hundred and fifty thousand", "twenty-five".</summary>
    private Number? WrittenNumber(int i, double current)
    {
        var total = 0.0;
        var j = i;
        var lastScale = 1.0;
        var read = current > 0;
        var lastWasSmall = false;
        while (j < t.Count && t[j].IsWord)
        {
            var w = t[j].Lower;
            if (QuantityLexicon.Units.TryGetValue(w, out var unit) && !lastWasSmall)
            {
                current += unit;
                lastWasSmall = true;
                j++;
            }
            else if (QuantityLexicon.Tens.TryGetValue(w, out var tens) && !lastWasSmall)
            {
                current += tens;
                j++;
                if (j + 1 < t.Count && t[j].Lower == "-" && t[j].Glued && t[j + 1].Glued
                    && QuantityLexicon.Units.TryGetValue(t[j + 1].Lower, out var ones) && ones < 10)
                {
                    current += ones;
                    j += 2;
                }

                lastWasSmall = true;
            }
            else if (w == "hundred" && read)
            {
                current = Math.Max(current, 1) * 100;
                lastWasSmall = false;
                j++;
            }
            else if (w == "dozen" && read)
            {
                current = Math.Max(current, 1) * 12;
                lastWasSmall = false;
                j++;
            }
            else if (QuantityLexicon.Scales.TryGetValue(w, out var scale) && read)
            {
                total += Math.Max(current, 1) * scale;
                lastScale = scale;
                current = 0;
                lastWasSmall = false;
                j++;
            }
            else if (w == "and" && read && !lastWasSmall && j + 1 < t.Count
                     && (QuantityLexicon.Units.ContainsKey(t[j + 1].Lower) || QuantityLexicon.Tens.ContainsKey(t[j + 1].Lower)))
            {
                j++;
                continue;
            }
            else
            {
                break;
            }

            read = true;
        }

        var value = total + current;
        return j == i || value <= 0 ? null : new Number(value, null, j, Written: true, Scaled: lastScale != 1, lastScale, Vague: false);
    }

    /// <summary>What follows a number: a percent sign or word, a currency name, a measure unit or a time unit.</summary>
    private Suffix Suffix(int j, string? currency)
    {
        var none = new Suffix(QuantityKind.Count, null, j, Adjectival: false, IsDuration: false);
        if (j >= t.Count)
        {
            return none;
        }

        var hyphen = t[j].Lower == "-" && t[j].Glued && j + 1 < t.Count && t[j + 1].Glued && t[j + 1].IsWord;
        var k = hyphen ? j + 1 : j;
        var w = t[k].Lower;
        if (w == "%" || w is "percent" or "pct" || (w == "per" && Word(k + 1) == "cent"))
        {
            return new Suffix(QuantityKind.Percent, "%", w == "per" ? k + 2 : k + 1, hyphen, IsDuration: false);
        }

        if (w == "percentage" && Word(k + 1) is "point" or "points")
        {
            return new Suffix(QuantityKind.Percent, "percentage points", k + 2, hyphen, IsDuration: false);
        }

        if (!t[k].IsWord)
        {
            return none;
        }

        if (QuantityLexicon.TimeUnits.ContainsKey(w))
        {
            return none with { IsDuration = true };
        }

        if (currency is null)
        {
            if (CurrencyAfter(k) is { } money)
            {
                return new Suffix(QuantityKind.Money, money.Code, money.End, hyphen, IsDuration: false);
            }

            var two = k + 1 < t.Count && t[k + 1].IsWord ? w + " " + t[k + 1].Lower : null;
            if (two is not null && QuantityLexicon.MeasureUnits.TryGetValue(two, out var twoWordUnit))
            {
                return new Suffix(QuantityKind.Measure, twoWordUnit, k + 2, hyphen, IsDuration: false);
            }

            if (QuantityLexicon.MeasureUnits.TryGetValue(w, out var measure) && (w != "pound" && w != "pounds" || Word(k + 1) != "sterling"))
            {
                return new Suffix(QuantityKind.Measure, measure, k + 1, hyphen, IsDuration: false);
            }
        }

        return none;
    }

    private (string Code, int End)? CurrencyAfter(int k)
    {
        var w = t[k].Lower;
        if (QuantityLexicon.CurrencyCodes.Contains(w) && IsUpper(t[k]))
        {
            return (w.ToUpperInvariant(), k + 1);
        }

        if (w is "pounds" or "pound" && Word(k + 1) == "sterling")
        {
            return ("GBP", k + 2);
        }

        if (QuantityLexicon.DollarAdjectives.TryGetValue(w, out var country) && Word(k + 1) is "dollars" or "dollar")
        {
            return (country, k + 2);
        }

        if (Word(k + 1) is { } second && QuantityLexicon.DollarAdjectives.TryGetValue(w + " " + second, out var twoWordCountry)
            && Word(k + 2) is "dollars" or "dollar")
        {
            return (twoWordCountry, k + 3);
        }

        if (w == "swiss" && Word(k + 1) is "francs" or "franc")
        {
            return ("CHF", k + 2);
        }

        return QuantityLexicon.CurrencyWords.TryGetValue(w, out var code) ? (code, k + 1) : null;
    }

    /// <summary>A currency written before the number: "$", "US$", "$US", "€", "USD ".</summary>
    private (string? Code, int Start) CurrencyBefore(int i, int floor)
    {
        var p = i - 1;
        if (p < floor)
        {
            return (null, i);
        }

        var prev = t[p];
        if (prev.IsWord && t[i].Glued && p - 1 >= floor && t[p - 1].Lower == "$" && prev.Glued
            && QuantityLexicon.DollarCountries.TryGetValue(prev.Lower, out var after))
        {
            return (after, p - 1);
        }

        if (QuantityLexicon.CurrencySymbols.TryGetValue(prev.Lower, out var code))
        {
            if (prev.Lower == "$" && p - 1 >= floor && t[p - 1].IsWord && prev.Glued
                && QuantityLexicon.DollarCountries.TryGetValue(t[p - 1].Lower, out var before) && IsUpper(t[p - 1]))
            {
                return (before, p - 1);
            }

            return (code, p);
        }

        return prev.IsWord && !t[i].Glued && QuantityLexicon.CurrencyCodes.Contains(prev.Lower) && IsUpper(prev)
            ? (prev.Lower.ToUpperInvariant(), p)
            : (null, i);
    }

    private (QuantityQualifier Qualifier, int Start) QualifierBefore(int start, int floor)
    {
        foreach (var (words, qualifier) in QuantityLexicon.Qualifiers)
        {
            var first = start - words.Length;
            if (first < floor)
            {
                continue;
            }

            var match = true;
            for (var k = 0; k < words.Length && match; k++)
            {
                match = t[first + k].Lower == words[k];
            }

            if (match)
            {
                return (qualifier, first);
            }
        }

        return (QuantityQualifier.None, start);
    }

    /// <summary>
    /// False for digits that are part of something else: a model or code name ("S-300", "G7", "COVID-19"), a time or
    /// fraction ("10:30", "9/11"), a list marker ("1. Russia must lose"), a time of day ("10 a.m.").
    /// </summary>
    private bool NumberStandsAlone(int i, string? currency)
    {
        var token = t[i];
        if (i > 0 && token.Glued && currency is null)
        {
            var prev = t[i - 1];
            if (prev.IsWord || prev.Lower is "/" or ":" or "." or "#" or "," or "'" or "\u2019"
                || (prev.Lower == "-" && i > 1 && prev.Glued && (t[i - 2].IsWord || t[i - 2].IsNumber)))
            {
                return false;
            }
        }

        if (i + 2 < t.Count && t[i + 1].Glued && t[i + 1].Lower is ":" or "/" && t[i + 2].Glued && t[i + 2].IsNumber)
        {
            return false;
        }

        if (Word(i + 1) is { } next && QuantityLexicon.TimeOfDay.Contains(next)
            || (Word(i + 1) is "a" or "p" && i + 3 < t.Count && t[i + 2].Lower == "." && Word(i + 3) == "m"))
        {
            return false;
        }

        var listMarker = token.Kind == QuantityTokenKind.Number && token.Value < 100 && token.Value == Math.Floor(token.Value)
            && i + 1 < t.Count && t[i + 1].Lower == "." && t[i + 1].Glued && (i + 2 >= t.Count || !t[i + 2].Glued)
            && (i == 0 || text.AsSpan(t[i - 1].End, token.Start - t[i - 1].End).Contains('\n')
                || t[i - 1].Lower is "." or "!" or "?" or ":" or "\"" or "\u201C" or "\u201D" or "'" or "\u2018" or "(");
        return !listMarker;
    }

    /// <summary>True for the day or year of a written date ("Dec. 22", "22 December", "Nov. 28, 2022") or a year.</summary>
    private bool IsDatePart(int i, bool yearLike)
    {
        var p = i - 1;
        if (p >= 0 && t[p].Lower == ".")
        {
            p--;
        }

        if (p >= 0 && QuantityLexicon.MonthNames.Contains(t[p].Lower) && IsCapitalised(t[p]))
        {
            return true;
        }

        if (Word(i + 1) is { } next && QuantityLexicon.MonthNames.Contains(next) && IsCapitalised(t[i + 1]) && t[i].Value <= 31)
        {
            return true;
        }

        if (!yearLike)
        {
            return false;
        }

        if (i >= 2 && t[i - 1].Lower == "," && t[i - 2].IsNumber && t[i - 2].Value <= 31)
        {
            return true;
        }

        return i >= 1 && t[i - 1].IsWord && QuantityLexicon.YearLeads.Contains(t[i - 1].Lower);
    }

    private string? Word(int i) => i >= 0 && i < t.Count && t[i].IsWord ? t[i].Lower : null;

    private bool IsUpper(QuantityToken token)
    {
        foreach (var c in text.AsSpan(token.Start, token.End - token.Start))
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsCapitalised(QuantityToken token) => char.IsUpper(text[token.Start]);

    private readonly record struct Parsed(Quantity Quantity, int StartToken, int EndToken);

    private readonly record struct Number(double Value, double? Upper, int End, bool Written, bool Scaled, double Scale, bool Vague);

    private readonly record struct RangeEnd(Number Core, Suffix Suffix, int End, int LeadIn);
}
