using System.Buffers;
using System.Collections.Immutable;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// Finds the outermost quoted passages of a text in any of the four English quotation styles (“…”, "…", ‘…’, '…').
/// Marks of the other family inside a passage are nested quotes and are skipped. A single closing mark between two
/// letters ("Russia’s") is an apostrophe; after a plural "s" followed by a space it is an apostrophe only when a later
/// mark in the paragraph can still close the quote. A passage left open at a paragraph's end continues when the next
/// paragraph opens with a mark of the same family (the convention for multi-paragraph quotes) or closes the quote before
/// opening another one (a common slip); an unclosed single-mark passage is dropped, as it is more likely an apostrophe.
/// A closing double mark that opens a paragraph right before a word is taken as an opening mark (another slip).
/// </summary>
internal static class QuotationScanner
{
    // The characters IsOpening and IsClosing can accept; every other character is neither.
    private static readonly SearchValues<char> OpeningMarks = SearchValues.Create("\"'\u201C\u201D\u2018\u00AB");

    private static readonly SearchValues<char> DoubleClosingMarks = SearchValues.Create("\"'\u201D\u00BB");

    private static readonly SearchValues<char> SingleClosingMarks = SearchValues.Create("'\u2019");

    public static ImmutableArray<QuotedPassage> Scan(string text, ImmutableArray<(int Start, int End)> paragraphs)
    {
        var passages = ImmutableArray.CreateBuilder<QuotedPassage>();
        var carried = ImmutableArray.CreateBuilder<TextSpan>();
        var carriedDouble = false;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            var i = paragraph.Start;
            if (carried.Count > 0)
            {
                var resumeAt = Resume(text, paragraph, carriedDouble);
                if (resumeAt < 0)
                {
                    passages.Add(new QuotedPassage(carried.ToImmutable(), false));
                    carried.Clear();
                }
                else
                {
                    var close = FindClose(text, resumeAt, paragraph.End, carriedDouble);
                    var partEnd = close < 0 ? paragraph.End : close + MarkLength(text, close, paragraph.End);
                    carried.Add(new TextSpan(paragraph.Start, partEnd, text[paragraph.Start..partEnd]));
                    if (close < 0)
                    {
                        continue;
                    }

                    passages.Add(new QuotedPassage(carried.ToImmutable(), true));
                    carried.Clear();
                    i = partEnd;
                }
            }

            while (i < paragraph.End)
            {
                // Only a quotation mark can open a passage: the text between marks is skipped in one search.
                var mark = text.AsSpan(i, paragraph.End - i).IndexOfAny(OpeningMarks);
                if (mark < 0)
                {
                    break;
                }

                i += mark;
                if (!IsOpening(text, i, paragraph.Start, paragraph.End, out var isDouble))
                {
                    i++;
                    continue;
                }

                var close = FindClose(text, i + MarkLength(text, i, paragraph.End), paragraph.End, isDouble);
                if (close >= 0)
                {
                    var passageEnd = close + MarkLength(text, close, paragraph.End);
                    passages.Add(new QuotedPassage([new TextSpan(i, passageEnd, text[i..passageEnd])], true));
                    i = passageEnd;
                    continue;
                }

                if (isDouble)
                {
                    carried.Add(new TextSpan(i, paragraph.End, text[i..paragraph.End]));
                    carriedDouble = true;
                }

                break;
            }
        }

        if (carried.Count > 0)
        {
            passages.Add(new QuotedPassage(carried.ToImmutable(), false));
        }

        return passages.ToImmutable();
    }

    /// <summary>How many characters the mark at i takes: two for a doubled apostrophe, which some outlets use as a double quote.</summary>
    public static int MarkLength(string text, int i, int end) => IsDoubledApostrophe(text, i, end) ? 2 : 1;

    private static bool IsDoubledApostrophe(string text, int i, int end) => text[i] == '\'' && i + 1 < end && text[i + 1] == '\'';

    public static bool IsQuoteMark(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB';

    // Where the carried passage goes on in this paragraph: after its re-opening mark, or from its start when the
    // paragraph closes the quote before opening a new one; -1 when the passage ended with the previous paragraph.
    private static int Resume(string text, (int Start, int End) paragraph, bool isDouble)
    {
        var first = paragraph.Start;
        if (first < paragraph.End && IsOpening(text, first, paragraph.Start, paragraph.End, out var openDouble) && openDouble == isDouble)
        {
            return first + MarkLength(text, first, paragraph.End);
        }

        var close = FindClose(text, first, paragraph.End, isDouble);
        if (close < 0)
        {
            return -1;
        }

        for (var j = first; j < close; j++)
        {
            if (IsOpening(text, j, paragraph.Start, paragraph.End, out var d) && d == isDouble)
            {
                return -1;
            }
        }

        return first;
    }

    private static bool IsOpening(string text, int i, int start, int end, out bool isDouble)
    {
        var c = text[i];
        var prev = i > start ? text[i - 1] : ' ';
        if (IsDoubledApostrophe(text, i, end))
        {
            isDouble = true;
            return OpensAfter(prev) && i + 2 < end && !char.IsWhiteSpace(text[i + 2]);
        }

        isDouble = c is '"' or '\u201C' or '\u201D' or '\u00AB';
        var next = i + 1 < end ? text[i + 1] : ' ';
        if (char.IsWhiteSpace(next))
        {
            return false;
        }

        return c switch
        {
            '\u201C' or '\u00AB' => true,

            // A closing mark opening a paragraph before a word ("”Mr. Trump embodies…") is a slip for an opening one.
            '\u201D' => i == start && char.IsLetterOrDigit(next),
            '\u2018' => !char.IsLetterOrDigit(prev),
            // Text scraped with its line breaks lost glues a quotation to the sentence before ("the last quake."The stress
            // is building"); outside a quotation, a straight mark there opens one.
            '"' => OpensAfter(prev) || (prev is '.' or '!' or '?' && char.IsUpper(next)),
            '\'' => OpensAfter(prev) && char.IsLetterOrDigit(next),
            _ => false,
        };
    }

    private static bool OpensAfter(char prev) =>
        char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or ':';

    private static int FindClose(string text, int from, int end, bool isDouble)
    {
        var marks = isDouble ? DoubleClosingMarks : SingleClosingMarks;
        var j = from;
        while (j < end)
        {
            var mark = text.AsSpan(j, end - j).IndexOfAny(marks);
            if (mark < 0)
            {
                return -1;
            }

            j += mark;
            if (IsClosing(text, j, from, end, isDouble))
            {
                return j;
            }

            j++;
        }

        return -1;
    }

    private static bool IsClosing(string text, int j, int from, int end, bool isDouble)
    {
        var c = text[j];
        var prev = j > from ? text[j - 1] : ' ';
        if (isDouble)
        {
            return c is '\u201D' or '\u00BB'
                || (c == '"' && (!char.IsWhiteSpace(prev) || j + 1 >= end || !char.IsLetterOrDigit(text[j + 1])))
                || (IsDoubledApostrophe(text, j, end) && !char.IsWhiteSpace(prev) && (j + 2 >= end || !char.IsLetterOrDigit(text[j + 2])));
        }

        if (c is not ('\u2019' or '\''))
        {
            return false;
        }

        var next = j + 1 < end ? text[j + 1] : ' ';
        if (char.IsWhiteSpace(prev) || char.IsLetterOrDigit(next))
        {
            return false;
        }

        if (prev is 's' or 'S' && char.IsWhiteSpace(next))
        {
            for (var k = j + 1; k < end; k++)
            {
                if (text[k] is '\u2019' or '\'' && !char.IsWhiteSpace(text[k - 1]) && (k + 1 >= end || !char.IsLetterOrDigit(text[k + 1])))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
