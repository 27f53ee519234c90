using System.Globalization;

namespace Crosscheck.Core.Extraction.Quantities;

/// <summary>
/// Splits text into numbers, letter runs and single symbols in one pass. Written for the quantity parser rather than
/// reusing the shared word tokenizer, which keeps "500-kilometer" and "5bn" whole where the parser needs their parts.
/// </summary>
internal static class QuantityLexer
{
    // Longer digit runs are identifiers, phone numbers or noise, not amounts a report states.
    private const int MaxDigits = 15;

    public static List<QuantityToken> Lex(string text)
    {
        var tokens = new List<QuantityToken>(text.Length / 4);
        var lastEnd = -1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var glued = i == lastEnd;
            QuantityToken token;
            if (char.IsAsciiDigit(c))
            {
                token = ScanNumber(text, i, glued);
            }
            else if (char.IsLetter(c))
            {
                var end = ScanLetters(text, i);
                token = new QuantityToken(i, end, QuantityTokenKind.Word, glued, text[i..end].ToLowerInvariant(), 0);
            }
            else
            {
                var end = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
                token = new QuantityToken(i, end, QuantityTokenKind.Symbol, glued, text[i..end], 0);
            }

            tokens.Add(token);
            lastEnd = token.End;
            i = token.End;
        }

        return tokens;
    }

    private static int ScanLetters(string text, int i)
    {
        var end = i + 1;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                end++;
            }
            else if ((c == '\'' || c == '\u2019') && end + 1 < text.Length && char.IsLetter(text[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static QuantityToken ScanNumber(string text, int start, bool glued)
    {
        var i = Digits(text, start);
        var integerDigits = i - start;
        var grouped = false;
        while (integerDigits <= 3 && i < text.Length && text[i] == ',' && IsGroup(text, i + 1))
        {
            grouped = true;
            i += 4;
        }

        var hasDecimal = false;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            hasDecimal = true;
            i = Digits(text, i + 1);
        }

        var malformed = false;
        while (i + 1 < text.Length && (text[i] == '.' || text[i] == ',') && char.IsAsciiDigit(text[i + 1]))
        {
            malformed = true;
            i = Digits(text, i + 1);
        }

        var digits = 0;
        for (var k = start; k < i; k++)
        {
            digits += char.IsAsciiDigit(text[k]) ? 1 : 0;
        }

        if (malformed || digits > MaxDigits)
        {
            return new QuantityToken(start, i, QuantityTokenKind.Malformed, glued, string.Empty, 0);
        }

        var raw = text.AsSpan(start, i - start);
        Span<char> buffer = stackalloc char[raw.Length];
        var length = 0;
        foreach (var ch in raw)
        {
            if (ch != ',')
            {
                buffer[length++] = ch;
            }
        }

        var value = double.Parse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var kind = !grouped && !hasDecimal && digits == 4 ? QuantityTokenKind.Plain4 : QuantityTokenKind.Number;
        return new QuantityToken(start, i, kind, glued, string.Empty, value);
    }

    private static int Digits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    // A thousands group is exactly three digits: "12,345" groups, "3,45" and "1,2345" do not.
    private static bool IsGroup(string text, int i) =>
        i + 2 < text.Length
        && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsAsciiDigit(text[i + 3]));
}
