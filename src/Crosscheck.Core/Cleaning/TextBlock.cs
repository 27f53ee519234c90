using Crosscheck.Core.Text;

namespace Crosscheck.Core.Cleaning;

/// <summary>A paragraph-level block of an article with the shallow features the boilerplate signals read.</summary>
public sealed record TextBlock(string Text, int Index, int Count)
{
    private int? words;
    private double? stopWordDensity;

    public int Words => words ??= WordTokenizer.Tokenize(Text).Count(t => WordTokenizer.IsWordChar(t.Text[0]));

    /// <summary>Share of words that are function words: high in prose, low in navigation, credits and captions.</summary>
    public double StopWordDensity => stopWordDensity ??= ComputeStopWordDensity();

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

    private double ComputeStopWordDensity()
    {
        var total = 0;
        var stop = 0;
        foreach (var token in WordTokenizer.Tokenize(Text))
        {
            if (!WordTokenizer.IsWordChar(token.Text[0]))
            {
                continue;
            }

            total++;
            if (StopWords.English.Contains(token.Text))
            {
                stop++;
            }
        }

        return total == 0 ? 0 : (double)stop / total;
    }
}
