using System.Collections.Immutable;

namespace Crosscheck.Core.Reuse;

/// <summary>
/// Finds the ranges of a text that stand inside quotation marks (straight, curly, single, double or guillemets),
/// so that words two outlets share only because both quote the same speaker can be told apart from copied prose.
/// An apostrophe inside a word ("Kremlin's") is not a quotation mark; a quote left open ends with its paragraph.
/// </summary>
internal static class QuotationFinder
{
    public static ImmutableArray<(int Start, int End)> Find(string text)
    {
        var ranges = ImmutableArray.CreateBuilder<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsOpening(text, i, c))
            {
                i++;
                continue;
            }

            var close = FindClosing(text, i + 1, c);
            ranges.Add((i, close));
            i = close;
        }

        return ranges.ToImmutable();
    }

    /// <summary>Whether a position falls inside one of the (sorted, disjoint) ranges <see cref="Find"/> returned.</summary>
    public static bool Contains(ImmutableArray<(int Start, int End)> ranges, int position)
    {
        var lo = 0;
        var hi = ranges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ranges[mid].End <= position)
            {
                lo = mid + 1;
            }
            else if (ranges[mid].Start > position)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOpening(string text, int i, char c)
    {
        switch (c)
        {
            case '\u201C' or '\u00AB' or '\u201E':
                return true;
            case '"' or '\'' or '\u2018':
                var before = i == 0 ? ' ' : text[i - 1];
                var after = i + 1 < text.Length ? text[i + 1] : ' ';
                var opensAfter = char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-' or ':';
                return opensAfter && !char.IsWhiteSpace(after);
            default:
                return false;
        }
    }

    private static int FindClosing(string text, int from, char opening)
    {
        for (var j = from; j < text.Length; j++)
        {
            var c = text[j];
            if (c == '\n' && j + 1 < text.Length && text[j + 1] == '\n')
            {
                return j;
            }

            var closes = opening switch
            {
                '\u201C' or '\u201E' => c is '\u201D' or '"' or '\u201C',
                '\u00AB' => c == '\u00BB',
                '"' => c is '"' or '\u201D',
                _ => c is '\'' or '\u2019' && !(j + 1 < text.Length && char.IsLetter(text[j + 1]) && j > 0 && char.IsLetter(text[j - 1])),
            };
            if (closes)
            {
                return j + 1;
            }
        }

        return text.Length;
    }
}
