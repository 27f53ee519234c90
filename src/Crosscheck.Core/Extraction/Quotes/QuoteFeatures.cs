using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// Describes a quotation candidate for <see cref="QuoteClassifier"/>: its shape (length, capitalised opening, closing
/// punctuation, title case, first-person words), its place (paragraph and sentence edges, parentheses) and its frame
/// (what precedes and follows it, the nearest cue, the kind of source). Each feature is also paired with the way the
/// rules framed the candidate, since a colon before a quote means one thing after "said" and another after a clause.
/// </summary>
internal static class QuoteFeatures
{
    private static readonly string[] FirstPerson = ["I", "we", "We", "my", "My", "our", "Our", "me", "us", "I'm", "I’m"];

    private static readonly int[] WordBounds = [1, 2, 3, 4, 7, 13, 26];

    private static readonly int[] LeadBounds = [1, 2, 4, 9, 16];

    private static readonly int[] CueDistanceBounds = [1, 2, 3, 5, 9];

    private static readonly int[] PrecisionBounds = [1, 3, 5, 7, 9];

    // The features with a few values, each value's string made once rather than joined for every candidate.
    private static readonly Buckets WordsFeature = new("words", WordBounds);
    private static readonly Flag CapFeature = new("cap");
    private static readonly Flag TitleCaseFeature = new("titlecase");
    private static readonly Flag FirstPersonFeature = new("firstperson");
    private static readonly string[] PartsFeature = ["parts=0", "parts=1", "parts=2", "parts=3"];
    private static readonly Flag ParagraphInitialFeature = new("pinit");
    private static readonly Flag ParagraphFinalFeature = new("pfinal");
    private static readonly Flag ParagraphWholeFeature = new("pwhole");
    private static readonly Buckets LeadFeature = new("lead", LeadBounds);
    private static readonly Flag ParenFeature = new("paren");
    private static readonly Buckets LeadCueFeature = new("leadcue", CueDistanceBounds);
    private static readonly Flag ScareFeature = new("scare");
    private static readonly Buckets CuePrecisionFeature = new("cueprec", PrecisionBounds);

    /// <summary>
    /// Every feature of a candidate: a bias, its kind, and each of its own features alone and paired with its kind
    /// ("kind&amp;feature"), in the order <see cref="QuoteClassifier.Score(string, List{string})"/> sums them.
    /// </summary>
    public static ImmutableArray<string> Of(ArticleLayout layout, IReadOnlyList<TextSpan> content, string kind, TextSpan? cue, TextSpan? source)
    {
        var own = Own(layout, content, cue, source);
        var features = ImmutableArray.CreateBuilder<string>(own.Count * 2 + 2);
        features.Add("bias");
        features.Add("kind=" + kind);
        foreach (var feature in own)
        {
            features.Add(feature);
            features.Add(kind + "&" + feature);
        }

        return features.ToImmutable();
    }

    /// <summary>The candidate's own features, before they are paired with its kind.</summary>
    public static List<string> Own(ArticleLayout layout, IReadOnlyList<TextSpan> content, TextSpan? cue, TextSpan? source)
    {
        var own = new List<string>(24);
        var text = layout.Text;
        var start = content[0].Start;
        var end = content[^1].End;
        var (first, last) = layout.TokenRange(start, end);
        var words = 0;
        var capitalisedWords = 0;
        var firstPerson = false;
        var firstWord = string.Empty;
        foreach (var part in content)
        {
            var (f, e) = layout.TokenRange(part.Start, part.End);
            for (var k = f; k < e; k++)
            {
                var token = layout.Tokens[k].Text;
                if (!WordTokenizer.IsWordChar(token[0]))
                {
                    continue;
                }

                words++;
                firstWord = firstWord.Length == 0 ? token : firstWord;
                capitalisedWords += char.IsUpper(token[0]) ? 1 : 0;
                firstPerson |= Array.IndexOf(FirstPerson, token) >= 0;
            }
        }

        own.Add(WordsFeature.Of(words));
        own.Add(CapFeature.Of(firstWord.Length > 0 && char.IsUpper(firstWord[0])));
        own.Add(TitleCaseFeature.Of(words is > 1 and < 10 && capitalisedWords == words));
        own.Add(FirstPersonFeature.Of(firstPerson));
        own.Add(PartsFeature[Math.Min(content.Count, 3)]);
        own.Add("close=" + ClosingPunctuation(text, content[^1]));

        var paragraph = layout.Paragraphs[layout.ParagraphOf(start)];
        var paragraphInitial = OnlyMarks(text, paragraph.Start, start);
        var paragraphFinal = OnlyMarks(text, end, layout.Paragraphs[layout.ParagraphOf(end - 1)].End);
        own.Add(ParagraphInitialFeature.Of(paragraphInitial));
        own.Add(ParagraphFinalFeature.Of(paragraphFinal));
        own.Add(ParagraphWholeFeature.Of(paragraphInitial && paragraphFinal));

        var sentence = layout.SentenceAt(start);
        var (sentenceFirst, _) = layout.TokenRange(sentence.Start, sentence.End);
        var lead = Math.Max(0, first - sentenceFirst);
        own.Add(LeadFeature.Of(lead));
        var before = first - 1;
        while (before >= 0 && IsMark(layout.Tokens[before].Text))
        {
            before--;
        }

        var previous = before >= 0 && layout.ParagraphOf(layout.Tokens[before].Start) == layout.ParagraphOf(start) ? layout.Tokens[before].Text : "<p>";
        // The word before and the word after each go into several features: each is classed once.
        var previousClass = WordClass(layout.Cues, previous);
        own.Add("prev=" + previousClass);
        own.Add("prev2=" + (before >= 1 && previous != "<p>" ? WordClass(layout.Cues, layout.Tokens[before - 1].Text) : "<none>") + "|" + previousClass);
        own.Add(ParenFeature.Of(previous == "(" || (last < layout.Tokens.Length && layout.Tokens[last].Text == ")")));

        var after = last;
        while (after < layout.Tokens.Length && IsMark(layout.Tokens[after].Text))
        {
            after++;
        }

        var next = after < layout.Tokens.Length && layout.ParagraphOf(layout.Tokens[after].Start) == layout.ParagraphOf(end - 1)
            ? layout.Tokens[after].Text
            : "<p>";
        var next2 = next != "<p>" && after + 1 < layout.Tokens.Length ? WordClass(layout.Cues, layout.Tokens[after + 1].Text) : "<none>";
        var nextClass = WordClass(layout.Cues, next);
        own.Add("next=" + nextClass);
        own.Add("next2=" + nextClass + "|" + next2);

        var leadCue = NearestCue(layout, sentenceFirst, first);
        own.Add(leadCue < 0 ? "leadcue=none" : LeadCueFeature.Of(first - leadCue));
        own.Add("lead+prev=" + (leadCue >= 0) + "|" + previousClass);
        own.Add(ScareFeature.Of(words <= 3 && !paragraphInitial && lead > 0));
        if (cue is { } c)
        {
            var head = c.Text.Split(' ')[^1].ToLowerInvariant();
            own.Add("cue=" + head);
            own.Add(CuePrecisionFeature.Of((int)(layout.Cues.Precision(head) * 10)));
        }

        own.Add("source=" + (source is { } s ? SourceClass(s.Text) : "none"));
        return own;
    }

    // A bucket's label: below the first bound, the bound it starts at, or the last bound and more.
    private static string BucketLabel(int index, int[] bounds) =>
        index == 0 ? "<" + bounds[0].ToString(CultureInfo.InvariantCulture)
        : index < bounds.Length ? bounds[index - 1].ToString(CultureInfo.InvariantCulture)
        : bounds[^1].ToString(CultureInfo.InvariantCulture) + "+";

    // The first bound the value is below, or the number of bounds when it is below none.
    private static int BucketIndex(int value, int[] bounds)
    {
        for (var i = 0; i < bounds.Length; i++)
        {
            if (value < bounds[i])
            {
                return i;
            }
        }

        return bounds.Length;
    }

    private static string ClosingPunctuation(string text, TextSpan last)
    {
        var i = last.End - 1;
        while (i > last.Start && QuotationScanner.IsQuoteMark(text[i]))
        {
            i--;
        }

        return text[i] is '.' or ',' or '?' or '!' or ':' or ';' or '-' or '\u2014' ? text[i].ToString() : "word";
    }

    private static bool OnlyMarks(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMark(string token) => token.Length == 1 && QuotationScanner.IsQuoteMark(token[0]);

    // Function words and punctuation keep their form; other words become their shape, so that the weights learn
    // "a cue verb", "a name", "a pronoun" rather than particular words.
    private static string WordClass(CueLexicon cues, string token)
    {
        if (token == "<p>")
        {
            return token;
        }

        var lower = token.ToLowerInvariant();
        if (!WordTokenizer.IsWordChar(token[0]) || Functional.Contains(lower))
        {
            return lower;
        }

        if (cues.IsCue(lower))
        {
            return char.IsUpper(token[0]) ? "Cue" : "cue";
        }

        return char.IsUpper(token[0]) ? "Cap" : char.IsDigit(token[0]) ? "num" : "low";
    }

    private static string SourceClass(string source)
    {
        var lower = source.ToLowerInvariant();
        if (Functional.Contains(lower))
        {
            return "pronoun";
        }

        return char.IsUpper(source[0]) ? "name" : "phrase";
    }

    private static int NearestCue(ArticleLayout layout, int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
        {
            var word = layout.Tokens[k].Text;
            if (!layout.Quoted[k] && char.IsLower(word[0]) && layout.Cues.IsCue(word))
            {
                return k;
            }
        }

        return -1;
    }

    private static readonly FrozenSet<string> Functional = new[]
    {
        "he", "she", "they", "we", "i", "it", "you", "that", "the", "a", "an", "and", "but", "or", "of", "to", "in", "on",
        "for", "with", "as", "at", "by", "from", "is", "was", "are", "were", "be", "his", "her", "their", "this", "who",
        "according", "called", "so-called", "like", "than", "about", "into", "not", "if", "what", "said", "says", "told",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A yes-or-no feature: "name=True" or "name=False".</summary>
    private sealed class Flag(string name)
    {
        private readonly string yes = name + "=" + bool.TrueString;
        private readonly string no = name + "=" + bool.FalseString;

        public string Of(bool value) => value ? yes : no;
    }

    /// <summary>A count feature: "name=" and the label of the bucket the count falls in.</summary>
    private sealed class Buckets
    {
        private readonly int[] bounds;
        private readonly string[] features;

        public Buckets(string name, int[] bounds)
        {
            this.bounds = bounds;
            features = new string[bounds.Length + 1];
            for (var i = 0; i < features.Length; i++)
            {
                features[i] = name + "=" + BucketLabel(i, bounds);
            }
        }

        public string Of(int value) => features[BucketIndex(value, bounds)];
    }
}
