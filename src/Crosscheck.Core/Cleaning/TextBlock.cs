using System.Collections.Frozen;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Cleaning;

/// <summary>A paragraph-level block of an article with the shallow features the boilerplate signals read.</summary>
public sealed record TextBlock(string Text, int Index, int Count)
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans =
        StopWords.English.GetAlternateLookup<ReadOnlySpan<char>>();

    private (int Words, int StopWords)? counts;

    public int Words => Counts.Words;

    /// <summary>Share of words that are function words: high in prose, low in navigation, credits and captions.</summary>
    public double StopWordDensity => Counts.Words == 0 ? 0 : (double)Counts.StopWords / Counts.Words;

    public bool EndsLikeSentence
    {
        get
        {
            var trimmed = Text.TrimEnd();
            return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' or '\'' or ':' or ')';
        }
    }

    /// <summary>Relative position, 0 at the first block and 1 at the last.</summary>
    public double Position => Count <= 1 ? 0 : (double)Index / (Count - 1);

    public bool IsInTail => Count - Index <= Math.Max(6, Count / 4);

    // Both counts come from one pass over the token offsets: every block is asked for both.
    private (int Words, int StopWords) Counts => counts ??= CountWords(Text);

    private static (int Words, int StopWords) CountWords(string text)
    {
        var words = 0;
        var stop = 0;
        foreach (var (start, end) in WordTokenizer.Ranges(text, 0, text.Length))
        {
            if (!WordTokenizer.IsWordChar(text[start]))
            {
                continue;
            }

            words++;
            if (StopWordSpans.Contains(text.AsSpan(start, end - start)))
            {
                stop++;
            }
        }

        return (words, stop);
    }
}
