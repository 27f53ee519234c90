using System.Collections.Immutable;

namespace Crosscheck.Core.Text;

/// <summary>Binary search over spans sorted by offset.</summary>
public static class TokenSearch
{
    /// <summary>Index of the first token that ends after <paramref name="offset"/> (tokens.Length when none does).</summary>
    public static int FirstTokenAtOrAfter(ImmutableArray<TextSpan> tokens, int offset) => Search(tokens, offset, 0);

    /// <summary>
    /// The same index as <see cref="FirstTokenAtOrAfter(ImmutableArray{TextSpan}, int)"/>, for offsets that mostly come
    /// in text order: when every token before <paramref name="from"/> ends at or before the offset (from being the index
    /// found for an earlier offset), the tokens from there are walked, as the next mention or the end of this one is most
    /// often a few tokens on and a walk costs no mispredicted halvings; otherwise, or past a few tokens, it is searched.
    /// </summary>
    public static int FirstTokenAtOrAfter(ImmutableArray<TextSpan> tokens, int offset, int from)
    {
        if (from <= 0 || from > tokens.Length || tokens[from - 1].End > offset)
        {
            return Search(tokens, offset, 0);
        }

        var walk = Math.Min(tokens.Length, from + WalkLength);
        for (var k = from; k < walk; k++)
        {
            if (tokens[k].End > offset)
            {
                return k;
            }
        }

        return Search(tokens, offset, walk);
    }

    private const int WalkLength = 8;

    private static int Search(ImmutableArray<TextSpan> tokens, int offset, int low)
    {
        var high = tokens.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (tokens[mid].End <= offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>Index of the first span that ends after <paramref name="offset"/> (spans.Length when none does).</summary>
    public static int FirstSpanEndingAfter(ReadOnlySpan<(int Start, int End)> spans, int offset)
    {
        int low = 0, high = spans.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (spans[mid].End <= offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
