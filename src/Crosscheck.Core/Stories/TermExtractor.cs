using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text;

namespace Crosscheck.Core.Stories;

/// <summary>
/// Content terms and proper-noun phrases of a text, for lexical similarity. Terms are lower-cased letter/digit runs
/// without stop words, with a light plural fold ("missiles" = "missile") so inflection does not split a topic;
/// proper nouns are runs of capitalised words, the cheap stand-in for a named-entity tagger.
/// </summary>
internal static class TermExtractor
{
    public static readonly FrozenSet<string> StopWords = """
        a about above after again against all almost also although always am among an and another any anyone anything
        are around as at away back be became because become been before being below between both but by can cannot could
        did do does doing done down during each either else even ever every few for from further get gets getting go goes
        going got had has have having he her here hers herself him himself his how however i if in including into is it its
        itself just last later least less like made make makes many may me might more most mostly much must my myself near
        need never new next no nor not now of off often on once one only or other others our ours ourselves out over own
        per perhaps put rather really said same say saying says see seen several she should since so some still such than
        that the their theirs them themselves then there these they this those though three through thus to told too toward
        towards two under until up upon us use used very via was way we well were what whatever when where whether which
        while who whom whose why will with within without would year years yet you your yours yourself mr mrs ms monday
        tuesday wednesday thursday friday saturday sunday today yesterday week weeks month months day days time times
        according people first told just don t s re ve ll d m
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static Dictionary<string, int>? textCounts;

    private delegate void TermSink<TState>(ReadOnlySpan<char> term, TState state);

    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        Scan(text, terms, static (term, list) => list.Add(new string(term)));
        return terms;
    }

    /// <summary>
    /// Each term of <see cref="Terms"/> by its number in <paramref name="table"/>, with its count, in order of first
    /// occurrence. The text's terms are counted apart first: the table is large and seldom in cache, so it is read once
    /// per distinct term rather than once per occurrence.
    /// </summary>
    public static (int Term, int Count)[] CountTerms(string text, TermTable table)
    {
        // One count table per thread, emptied for each text, so that its arrays are not grown again for every article.
        var counts = textCounts ??= new Dictionary<string, int>(StringComparer.Ordinal);
        counts.Clear();
        Scan(text, counts.GetAlternateLookup<ReadOnlySpan<char>>(), static (term, lookup) =>
            CollectionsMarshal.GetValueRefOrAddDefault(lookup, term, out _)++);
        var result = new (int Term, int Count)[counts.Count];
        var i = 0;
        foreach (var (term, count) in counts)
        {
            result[i++] = (table.Id(term), count);
        }

        return result;
    }

    /// <summary>Counts in order of first occurrence: a dictionary that is only added to enumerates in that order.</summary>
    public static (int Term, int Count)[] ToArray(Dictionary<int, int> counts)
    {
        var result = new (int Term, int Count)[counts.Count];
        var i = 0;
        foreach (var (term, count) in counts)
        {
            result[i++] = (term, count);
        }

        return result;
    }

    private static void Scan<TState>(string text, TState state, TermSink<TState> sink)
    {
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var letters = 0;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)))
            {
                if (char.IsLetter(text[i]))
                {
                    letters++;
                }

                i++;
            }

            var length = i - start;
            if (length < 2 || length > buffer.Length || letters == 0)
            {
                continue;
            }

            var span = buffer[..length];
            // Most words are ASCII, which lower-cases without a call into the culture tables.
            if (Ascii.ToLower(text.AsSpan(start, length), span, out _) != OperationStatus.Done)
            {
                text.AsSpan(start, length).ToLowerInvariant(span);
            }

            var apostrophe = span.IndexOfAny('\'', '\u2019');
            if (apostrophe > 0)
            {
                span = span[..apostrophe];
            }

            var term = Fold(span);
            if (term.Length >= 2 && !StopWordSpans.Contains(term))
            {
                sink(term, state);
            }
        }
    }

    public static List<string> ProperNouns(string text)
    {
        var phrases = new List<string>();
        var words = new List<(int Start, int End)>();
        var i = 0;
        var sentenceStart = true;
        while (i <= text.Length)
        {
            var atEnd = i == text.Length;
            if (!atEnd && char.IsLetter(text[i]))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '.' or '-' or '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                // "Kellogg's" names Kellogg.
                var end = i - start > 3 && text[i - 1] is 's' or 'S' && text[i - 2] is '\'' or '\u2019' ? i - 2 : i;
                var isCapitalised = char.IsUpper(text[start]) && !IsStopWord(text.AsSpan(start, end - start));
                if (isCapitalised && !(sentenceStart && words.Count == 0 && IsLoneSentenceOpener(text, i)))
                {
                    words.Add((start, end));
                }
                else
                {
                    Flush(text, words, phrases);
                }

                sentenceStart = false;
                continue;
            }

            // Only spaces join capitalised words into one name: a dash, slash or digit between them separates two
            // ("Caracas, Venezuela\u2014Kellogg", "Scott Olson/Getty Images").
            if (atEnd || text[i] != ' ')
            {
                Flush(text, words, phrases);
                if (atEnd || text[i] is '.' or '!' or '?' or '\n')
                {
                    sentenceStart = true;
                }
            }

            i++;
        }

        return phrases;
    }

    private static bool IsStopWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 32)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return StopWordSpans.Contains(lower);
    }

    // A capitalised first word of a sentence is only a name when the next word is capitalised too ("North Korea
    // sent"), since the first word of every sentence is capitalised.
    private static bool IsLoneSentenceOpener(string text, int wordEnd)
    {
        var next = wordEnd;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next >= text.Length || !char.IsUpper(text[next]);
    }

    private static void Flush(string text, List<(int Start, int End)> words, List<string> phrases)
    {
        if (words.Count > 0)
        {
            var phrase = string.Create(words[^1].End - words[0].Start, (Text: text, words[0].Start), static (lower, state) =>
                state.Text.AsSpan(state.Start, lower.Length).ToLowerInvariant(lower));
            if (phrase.Length >= 2)
            {
                phrases.Add(phrase);
            }

            words.Clear();
        }
    }

    // Folds a plural in place: "ies" becomes "y", a final "s" goes.
    private static Span<char> Fold(Span<char> word)
    {
        if (word.Length > 4 && word.EndsWith("ies"))
        {
            word[^3] = 'y';
            return word[..^2];
        }

        if (word.Length > 3 && word[^1] == 's' && word[^2] is not 's' and not 'u' and not 'i')
        {
            return word[..^1];
        }

        return word;
    }
}
