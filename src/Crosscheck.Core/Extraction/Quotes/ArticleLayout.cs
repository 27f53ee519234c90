using System.Collections.Immutable;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// The structure the extractor reads a text through: paragraphs (split at line breaks), their sentences, word tokens,
/// the quoted passages, and which tokens lie inside a quoted passage.
/// </summary>
internal sealed class ArticleLayout
{
    public ArticleLayout(string text)
        : this(text, SharedTokenizer.Tokenize(text))
    {
    }

    /// <summary>The layout of a text whose word tokens (as <see cref="WordTokenizer"/> finds them) are known.</summary>
    public ArticleLayout(string text, ImmutableArray<TextSpan> tokens)
    {
        Text = text;
        Paragraphs = SplitParagraphs(text);
        Tokens = tokens;
        Passages = QuotationScanner.Scan(text, Paragraphs);
        Sentences = [.. Paragraphs.Select(p => SentenceSplitter.Split(text, p.Start, p.End))];
        var quoted = new bool[Tokens.Length];
        foreach (var passage in Passages)
        {
            foreach (var part in passage.Parts)
            {
                var (first, end) = TokenRange(part.Start, part.End);
                for (var k = first; k < end; k++)
                {
                    quoted[k] = true;
                }
            }
        }

        Quoted = ImmutableArray.Create(quoted);
    }

    public string Text { get; }

    public ImmutableArray<TextSpan> Paragraphs { get; }

    public ImmutableArray<ImmutableArray<TextSpan>> Sentences { get; }

    public ImmutableArray<TextSpan> Tokens { get; }

    public ImmutableArray<QuotedPassage> Passages { get; }

    public ImmutableArray<bool> Quoted { get; }

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

    public int FirstTokenEndingAfter(int offset)
    {
        var lo = 0;
        var hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public int ParagraphOf(int offset)
    {
        for (var p = 0; p < Paragraphs.Length; p++)
        {
            if (offset < Paragraphs[p].End)
            {
                return p;
            }
        }

        return Math.Max(0, Paragraphs.Length - 1);
    }

    public TextSpan SentenceAt(int offset)
    {
        var p = ParagraphOf(offset);
        if (p >= Sentences.Length)
        {
            return new TextSpan(0, 0, string.Empty);
        }

        var last = Paragraphs[p];
        foreach (var sentence in Sentences[p])
        {
            if (offset < sentence.End)
            {
                return sentence;
            }

            last = sentence;
        }

        return last;
    }

    public TextSpan Span(int firstToken, int endToken) =>
        Slice(Tokens[firstToken].Start, Tokens[endToken - 1].End);

    public TextSpan Slice(int start, int end) => new(start, end, Text[start..end]);

    private static ImmutableArray<TextSpan> SplitParagraphs(string text)
    {
        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
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
                paragraphs.Add(new TextSpan(start, end, text[start..end]));
            }
        }

        return paragraphs.ToImmutable();
    }
}
