using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Crosscheck.Core.Text;

/// <summary>
/// Splits text into sentences with their offsets. A sentence ends at ., ! or ? (with any closing quotes or
/// brackets) followed by a space and an upper-case letter, digit or opening quote, or at a paragraph break;
/// a dot after a known abbreviation ("Mr.", "Dec.", "Gen.") or an initial ("U.S.", "J.") does not end one.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
        "rep", "rev", "hon", "pres", "supt", "det", "insp", "cmdr", "cpl", "pvt", "messrs", "mt", "ft", "no", "nos", "vol",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd",
        "bros", "vs", "etc", "approx", "dept", "est", "fig", "e.g", "i.e", "a.m", "p.m", "ave", "blvd", "rd",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationSpans =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Boundaries = SearchValues.Create("\n.!?\u2026");

    public static ImmutableArray<TextSpan> Split(string text) => Split(text, 0, text.Length);

    public static ImmutableArray<TextSpan> Split(string text, int start, int end)
    {
        var ranges = new List<(int Start, int End)>();
        Ranges(text, start, end, ranges);
        var sentences = ImmutableArray.CreateBuilder<TextSpan>(ranges.Count);
        foreach (var (from, to) in ranges)
        {
            sentences.Add(new TextSpan(from, to, text[from..to]));
        }

        return sentences.MoveToImmutable();
    }

    /// <summary>
    /// The same sentences as <see cref="Split(string, int, int)"/>, as offsets appended to <paramref name="sentences"/>:
    /// for callers that read the words in place and would only discard each sentence's copy of its text.
    /// </summary>
    public static void Ranges(string text, int start, int end, List<(int Start, int End)> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var sentenceStart = SkipSpace(text, start, end);
        var i = sentenceStart;
        while (i < end)
        {
            // Only these characters can end a sentence: the text between them is skipped in one vectorised search.
            var skip = text.AsSpan(i, end - i).IndexOfAny(Boundaries);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (c == '\n' && IsParagraphBreak(text, i, end))
            {
                Add(sentences, text, sentenceStart, i);
                i = SkipSpace(text, i, end);
                sentenceStart = i;
                continue;
            }

            if (c is '.' or '!' or '?' or '\u2026')
            {
                var close = i + 1;
                while (close < end && text[close] is '.' or '!' or '?' or '"' or '\'' or '\u201D' or '\u2019' or ')' or ']')
                {
                    close++;
                }

                if (EndsSentence(text, sentenceStart, i, close, end))
                {
                    Add(sentences, text, sentenceStart, close);
                    i = SkipSpace(text, close, end);
                    sentenceStart = i;
                    continue;
                }

                i = close;
                continue;
            }

            i++;
        }

        Add(sentences, text, sentenceStart, end);
    }

    private static bool EndsSentence(string text, int sentenceStart, int mark, int close, int end)
    {
        if (close >= end)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[close]))
        {
            return false;
        }

        var next = SkipSpace(text, close, end);
        if (next >= end)
        {
            return true;
        }

        var n = text[next];
        var startsSentence = char.IsUpper(n) || char.IsDigit(n) || n is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u2013' or '\u2014';
        if (!startsSentence)
        {
            return false;
        }

        if (text[mark] != '.' || close != mark + 1)
        {
            return true;
        }

        var wordStart = mark;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not '(' and not '"' and not '\u201C')
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, mark - wordStart);
        if (AbbreviationSpans.Contains(word))
        {
            return false;
        }

        // An initial ("J. Smith", "U.S. officials") is not a sentence end, unless followed by a new sentence's
        // typical opener, which a splitter without a model cannot know; initials are the commoner case.
        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        var isDottedAcronym = word.Length >= 3 && word.Contains('.') && word.Length <= 5;
        return !isInitial && !isDottedAcronym;
    }

    private static bool IsParagraphBreak(string text, int newline, int end)
    {
        var j = newline + 1;
        while (j < end && text[j] is ' ' or '\t' or '\r')
        {
            j++;
        }

        return j < end && text[j] == '\n';
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void Add(List<(int Start, int End)> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add((start, end));
        }
    }
}
