using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// The structure the extractor reads a text through: paragraphs (split at line breaks), their sentences, word tokens,
/// the quoted passages, and which tokens lie inside a quoted passage.
/// </summary>
internal sealed class ArticleLayout
{
    private readonly (int Start, int End)[] sentences;

    // Where each paragraph's sentences start in sentences, and their count after the last paragraph.
    private readonly int[] firstSentence;

    // The cue length of each token once asked, -1 before.
    private sbyte[]? cueLengths;

    [ThreadStatic]
    private static List<(int Start, int End)>? gatheredSentences;

    [ThreadStatic]
    private static List<(int Start, int End)>? gatheredParagraphs;

    public ArticleLayout(string text, CueLexicon cues)
        : this(text, WordTokenizer.Tokenize(text), cues)
    {
    }

    /// <summary>The layout of a text whose word tokens (as <see cref="WordTokenizer"/> finds them) are known.</summary>
    public ArticleLayout(string text, ImmutableArray<TextSpan> tokens, CueLexicon cues)
    {
        Text = text;
        Cues = cues;
        Paragraphs = SplitParagraphs(text);
        Tokens = tokens;
        Passages = QuotationScanner.Scan(text, Paragraphs);

        // Every paragraph's sentences in one list, offsets only: the extractor reads words through the tokens. They are
        // gathered in this thread's list and copied out at their count, rather than in a list grown for each article.
        var sentences = gatheredSentences ??= [];
        sentences.Clear();
        var firstSentence = new int[Paragraphs.Length + 1];
        for (var p = 0; p < Paragraphs.Length; p++)
        {
            firstSentence[p] = sentences.Count;
            SentenceSplitter.Ranges(text, Paragraphs[p].Start, Paragraphs[p].End, sentences);
        }

        firstSentence[Paragraphs.Length] = sentences.Count;
        this.sentences = sentences.ToArray();
        this.firstSentence = firstSentence;
        // The rules ask a passage's word count up to three times: it is counted here, in the pass that marks its tokens.
        var quoted = new bool[Tokens.Length];
        var passageWords = new int[Passages.Length];
        for (var q = 0; q < Passages.Length; q++)
        {
            foreach (var part in Passages[q].Parts)
            {
                var (first, end) = TokenRange(part.Start, part.End);
                for (var k = first; k < end; k++)
                {
                    quoted[k] = true;
                    passageWords[q] += WordTokenizer.IsWordChar(Tokens[k].Text[0]) ? 1 : 0;
                }
            }
        }

        Quoted = ImmutableCollectionsMarshal.AsImmutableArray(quoted);
        PassageWords = ImmutableCollectionsMarshal.AsImmutableArray(passageWords);
    }

    public string Text { get; }

    /// <summary>The words that can introduce reported speech in this text.</summary>
    public CueLexicon Cues { get; }

    public ImmutableArray<(int Start, int End)> Paragraphs { get; }

    public ImmutableArray<TextSpan> Tokens { get; }

    public ImmutableArray<QuotedPassage> Passages { get; }

    public ImmutableArray<bool> Quoted { get; }

    /// <summary>The words (tokens that begin with a word character) of each quoted passage.</summary>
    public ImmutableArray<int> PassageWords { get; }

    /// <summary>The sentences of paragraph p.</summary>
    public ReadOnlySpan<(int Start, int End)> SentencesOf(int p) => sentences.AsSpan(firstSentence[p], firstSentence[p + 1] - firstSentence[p]);

    /// <summary>Tokens the cue at k spans: 2 for "according to", 1 for a cue verb, 0 for none.</summary>
    public int CueLength(int k)
    {
        // The rules ask this of the same tokens again and again (each frame and subject they try): each is looked up once.
        cueLengths ??= NewCueLengths(Tokens.Length);
        if (cueLengths[k] < 0)
        {
            var word = Tokens[k].Text;
            cueLengths[k] = word.Equals("according", StringComparison.OrdinalIgnoreCase)
                ? (sbyte)(k + 1 < Tokens.Length && Tokens[k + 1].Text == "to" ? 2 : 0)
                : (sbyte)(char.IsLower(word[0]) && Cues.IsCue(word) ? 1 : 0);
        }

        return cueLengths[k];
    }

    /// <summary>The tokens [first, end) that lie within [start, end).</summary>
    public (int First, int End) TokenRange(int start, int end)
    {
        var first = FirstTokenEndingAfter(start);
        var last = first;
        while (last < Tokens.Length && Tokens[last].Start < end)
        {
            last++;
        }

        return (first, last);
    }

    public int FirstTokenEndingAfter(int offset) => TokenSearch.FirstTokenAtOrAfter(Tokens, offset);

    /// <summary>The paragraph that ends after offset, or the last one.</summary>
    public int ParagraphOf(int offset)
    {
        var p = TokenSearch.FirstSpanEndingAfter(Paragraphs.AsSpan(), offset);
        return p < Paragraphs.Length ? p : Math.Max(0, Paragraphs.Length - 1);
    }

    /// <summary>The sentence of offset's paragraph that ends after it, else the paragraph's last sentence.</summary>
    public (int Start, int End) SentenceAt(int offset)
    {
        if (Paragraphs.IsEmpty)
        {
            return (0, 0);
        }

        var p = ParagraphOf(offset);
        var paragraphSentences = SentencesOf(p);
        if (paragraphSentences.IsEmpty)
        {
            return Paragraphs[p];
        }

        // A paragraph can hold thousands of sentences (a text with no paragraph breaks), so they are searched by halves.
        var s = TokenSearch.FirstSpanEndingAfter(paragraphSentences, offset);
        return s < paragraphSentences.Length ? paragraphSentences[s] : paragraphSentences[^1];
    }

    public TextSpan Span(int firstToken, int endToken) =>
        Slice(Tokens[firstToken].Start, Tokens[endToken - 1].End);

    public TextSpan Slice(int start, int end) => new(start, end, Text[start..end]);

    private static sbyte[] NewCueLengths(int length)
    {
        var lengths = new sbyte[length];
        Array.Fill(lengths, (sbyte)-1);
        return lengths;
    }

    private static ImmutableArray<(int Start, int End)> SplitParagraphs(string text)
    {
        // Gathered in this thread's list and copied out at their count, rather than in a builder grown for each article.
        var paragraphs = gatheredParagraphs ??= [];
        paragraphs.Clear();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && text[i] != '\n')
            {
                i++;
            }

            var end = i;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                paragraphs.Add((start, end));
            }
        }

        return [.. paragraphs];
    }
}
