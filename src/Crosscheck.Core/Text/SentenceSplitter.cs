using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Crosscheck.Core.Text;

/// <summary>
/// Splits text into sentences with their offsets. A sentence ends at ., ! or ? (with any closing quotes or
/// brackets) followed by a space and an upper-case letter, digit or opening quote, or at a paragraph break;
/// a dot after a known abbreviation ("Mr.", "Dec.", "Gen.") or an initial ("U.S.", "J.") does not end one.
/// Text scraped with its line breaks lost glues sentences together ("police said.The driver", "the last
/// quake."The stress"): a word, the mark and a capitalised word (or an opening quote and one) with no space between
/// end a sentence too ("the USGS.Geologists" as well, but not "U.S.Army" or "3.5").
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = TitleAbbreviations.InNames.Concat(new[]
    {
        "messrs", "mt", "ft", "no", "nos", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd",
        "bros", "vs", "etc", "approx", "dept", "est", "fig", "e.g", "i.e", "a.m", "p.m", "ave", "blvd", "rd",
    }).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

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

                if (close < end && !char.IsWhiteSpace(text[close]))
                {
                    var next = GluedSentenceStart(text, sentenceStart, i, close, end);
                    if (next > 0)
                    {
                        Add(sentences, text, sentenceStart, next);
                        i = next;
                        sentenceStart = i;
                        continue;
                    }
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

    // Where the next sentence starts when the mark at mark ends one glued to the next (see the class summary), else 0:
    // the word before the mark is letters (two or more, not after a dot: "U.S.Army") and no abbreviation, and what
    // follows the closing characters is a capitalised word, or an opening quote and one. A straight double quote right
    // after the mark opens the next sentence when the sentence so far has as many of them as it opened, else it closes
    // this one.
    private static int GluedSentenceStart(string text, int sentenceStart, int mark, int close, int end)
    {
        var wordStart = mark;
        while (wordStart > sentenceStart && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, mark - wordStart);
        if (word.Length < 2 || (wordStart > sentenceStart && (char.IsDigit(text[wordStart - 1]) || text[wordStart - 1] == '.')) || AbbreviationSpans.Contains(word))
        {
            return 0;
        }

        var next = close;
        if (close == mark + 2 && text[mark + 1] == '"' && text.AsSpan(sentenceStart, mark - sentenceStart).Count('"') % 2 == 0)
        {
            next = mark + 1;
        }

        var letter = text[next] is '"' or '\u201C' ? next + 1 : next;
        return letter + 1 < end && char.IsUpper(text[letter]) && char.IsLower(text[letter + 1]) ? next : 0;
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
