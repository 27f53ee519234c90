using System.Buffers;
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
    private static readonly SearchValues<char> AsciiWordChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    public static ImmutableArray<TextSpan> Tokenize(string text) => Tokenize(text, 0, text.Length);

    // Tokens are gathered in a buffer kept per thread and copied once into an array of the right size: growing a
    // builder token by token allocated twice the final list again.
    [ThreadStatic]
    private static TextSpan[]? buffer;

    public static ImmutableArray<TextSpan> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = buffer ??= new TextSpan[1024];
        var count = 0;
        foreach (var (tokenStart, tokenEnd) in Ranges(text, start, end))
        {
            if (count == spans.Length)
            {
                Array.Resize(ref spans, spans.Length * 2);
                buffer = spans;
            }

            spans[count++] = new TextSpan(tokenStart, tokenEnd, Word(text, tokenStart, tokenEnd));
        }

        var tokens = ImmutableArray.Create(spans, 0, count);

        // The buffer lives long and the token strings do not: held from it, they would outlive the collections that
        // should free them. Sharing strings between texts (a table of recent words) saved a fifth of the allocation but
        // cost more CPU in collections than it saved, for that reason.
        Array.Clear(spans, 0, count);
        return tokens;
    }

    // Punctuation and function words are half the tokens of news: those share one string each, made once for the
    // process, rather than a copy per occurrence. Fixed for good, the table cannot hold a text's words past their use.
    private static string Word(string text, int start, int end)
    {
        var length = end - start;
        if (length == 1 && text[start] < SingleCharacters.Length)
        {
            return SingleCharacters[text[start]];
        }

        if (length <= MaxCommonLength)
        {
            var common = CommonWords[CommonSlot(text[start], text[end - 1], length)];
            if (common is not null && common.Length == length && text.AsSpan(start, length).SequenceEqual(common))
            {
                return common;
            }
        }

        return text[start..end];
    }

    private static readonly string[] SingleCharacters = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static readonly int MaxCommonLength = StopWords.English.Max(word => word.Length);

    // A word's slot follows from its first and last characters and its length, so finding it hashes nothing; a word
    // whose slot is taken is copied as any other.
    private static readonly string?[] CommonWords = CommonWordTable();

    private static int CommonSlot(char first, char last, int length) => ((first * 31) + (last * 7) + (length * 131)) & 4095;

    private static string?[] CommonWordTable()
    {
        var table = new string?[4096];
        foreach (var word in StopWords.English.Order(StringComparer.Ordinal))
        {
            foreach (var form in new[] { word, char.ToUpperInvariant(word[0]) + word[1..] })
            {
                if (form.Length > 1)
                {
                    ref var slot = ref table[CommonSlot(form[0], form[^1], form.Length)];
                    slot ??= form;
                }
            }
        }

        return table;
    }

    /// <summary>The tokens' offsets, as <see cref="Tokenize(string, int, int)"/> finds them, without a string per token.</summary>
    public static RangeEnumerator Ranges(string text, int start, int end) => new(text, start, end);

    /// <summary>Walks the token offsets of a text; a struct, so a loop over it allocates nothing.</summary>
    public struct RangeEnumerator(string text, int start, int end)
    {
        private int position = start;
        private int pendingEnd = -1;

        public (int Start, int End) Current { get; private set; }

        public readonly RangeEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (pendingEnd >= 0)
            {
                Current = (Current.End, pendingEnd);
                position = pendingEnd;
                pendingEnd = -1;
                return true;
            }

            while (position < end && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            if (position >= end)
            {
                return false;
            }

            var i = position;
            var c = text[i];
            var tokenEnd = IsWordChar(c) ? ScanWord(text, i, end) : i + (char.IsSurrogatePair(text, i) && i + 1 < end ? 2 : 1);
            var possessive = PossessiveStart(text, i, tokenEnd);
            if (possessive > i)
            {
                Current = (i, possessive);
                pendingEnd = tokenEnd;
            }
            else
            {
                Current = (i, tokenEnd);
                position = tokenEnd;
            }

            return true;
        }
    }

    // Combining marks start at U+0300: below it, the category lookup (the cost of every token's last character)
    // cannot change the answer.
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);

    private static int ScanWord(string text, int i, int end)
    {
        var j = i;
        while (j < end)
        {
            // Most of a word is ASCII letters and digits, passed over in one vectorised search.
            var run = text.AsSpan(j, end - j).IndexOfAnyExcept(AsciiWordChars);
            if (run < 0)
            {
                return end;
            }

            j += run;
            var c = text[j];
            if (c >= '\u0080' && IsWordChar(c))
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
