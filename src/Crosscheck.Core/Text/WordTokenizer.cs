using System.Collections.Immutable;
using System.Globalization;

namespace Crosscheck.Core.Text;

/// <summary>
/// Splits text into word and punctuation tokens with their offsets. Keeps numbers with internal separators
/// ("1,000", "3.5"), abbreviations with dots ("U.S.", "N."), hyphenated and apostrophe words together, and
/// splits off the possessive "'s" as its own token, as the CoNLL and Penn conventions do.
/// </summary>
public static class WordTokenizer
{
    public static ImmutableArray<TextSpan> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static ImmutableArray<TextSpan> Tokenize(string text, int start, int end)
    {
        var tokens = ImmutableArray.CreateBuilder<TextSpan>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var tokenEnd = IsWordChar(c) ? ScanWord(text, i, end) : i + (char.IsSurrogatePair(text, i) && i + 1 < end ? 2 : 1);
            var possessive = PossessiveStart(text, i, tokenEnd);
            if (possessive > i)
            {
                tokens.Add(new TextSpan(i, possessive, text[i..possessive]));
                tokens.Add(new TextSpan(possessive, tokenEnd, text[possessive..tokenEnd]));
            }
            else
            {
                tokens.Add(new TextSpan(i, tokenEnd, text[i..tokenEnd]));
            }

            i = tokenEnd;
        }

        return tokens.ToImmutable();
    }

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static int ScanWord(string text, int i, int end)
    {
        var j = i;
        while (j < end)
        {
            var c = text[j];
            if (IsWordChar(c))
            {
                j++;
                continue;
            }

            var next = j + 1 < end ? text[j + 1] : '\0';
            var joinsWords = c is '-' or '\'' or '\u2019' or '&' && IsWordChar(next) && j > i;
            var joinsNumber = c is ',' or '.' && char.IsDigit(next) && j > i && char.IsDigit(text[j - 1]);
            var abbreviationDot = c == '.' && IsAbbreviationDot(text, i, j, end);
            if (joinsWords || joinsNumber)
            {
                j++;
                continue;
            }

            if (abbreviationDot)
            {
                j++;
                continue;
            }

            break;
        }

        return j;
    }

    // A dot belongs to the token in "U.S." and "N." (single letters between dots), not after ordinary words.
    private static bool IsAbbreviationDot(string text, int tokenStart, int dot, int end)
    {
        var segmentStart = dot - 1;
        while (segmentStart > tokenStart && text[segmentStart - 1] != '.')
        {
            segmentStart--;
        }

        var segmentLength = dot - segmentStart;
        if (segmentLength != 1 || !char.IsUpper(text[segmentStart]))
        {
            return false;
        }

        var next = dot + 1 < end ? text[dot + 1] : '\0';
        return char.IsUpper(next) || dot - tokenStart >= 2 || !char.IsLetter(next);
    }

    private static int PossessiveStart(string text, int start, int end)
    {
        if (end - start < 3)
        {
            return start;
        }

        var apostrophe = end - 2;
        var isPossessive = text[apostrophe] is '\'' or '\u2019' && (text[end - 1] is 's' or 'S');
        return isPossessive ? apostrophe : start;
    }
}
