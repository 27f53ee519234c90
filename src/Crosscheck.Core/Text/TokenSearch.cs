using System.Collections.Immutable;

namespace Crosscheck.Core.Text;

/// <summary>Binary search over spans sorted by offset.</summary>
public static class TokenSearch
{
    /// <summary>Index of the first token that ends after <paramref name="offset"/> (tokens.Length when none does).</summary>
    public static int FirstTokenAtOrAfter(ImmutableArray<TextSpan> tokens, int offset)
    {
        int low = 0, high = tokens.Length;
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
