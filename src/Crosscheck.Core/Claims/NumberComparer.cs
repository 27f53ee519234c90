namespace Crosscheck.Core.Claims;

/// <summary>
/// Compares the figures of two aligned sentences. Two kinds of disagreement count: different values for the same
/// thing (the words after the figures match), and the same value attached to a different thing, seen when words that
/// follow a figure in one sentence follow another figure in the other. A figure only one sentence gives is an
/// omission, not a disagreement.
/// </summary>
internal static class NumberComparer
{
    private const int MinMovedWords = 2;

    public static IEnumerable<Finding> Compare(ClaimSentence a, ClaimSentence b, ClaimOptions options)
    {
        if (a.Numbers.IsEmpty || b.Numbers.IsEmpty)
        {
            yield break;
        }

        var moved = Moved(a, b) ?? Swap(Moved(b, a));
        if (moved is var (x0, y0))
        {
            var (va, vb) = (Variant(a, x0, a.Numbers[^1]), Variant(b, y0, b.Numbers[^1]));
            yield return new Finding(
                DiscrepancyKind.Number, "The same figure is given for different things: \"" + va.Text + "\" vs \"" + vb.Text + "\"", va, vb, true);
            yield break;
        }

        var unmatchedA = a.Numbers.Where(x => !b.Numbers.Any(y => NumberReader.Agree(x, y, options.ApproximateTolerance))).ToList();
        var unmatchedB = b.Numbers.Where(y => !a.Numbers.Any(x => NumberReader.Agree(x, y, options.ApproximateTolerance))).ToList();
        foreach (var x in unmatchedA)
        {
            var y = unmatchedB.FirstOrDefault(y => y.Unit == x.Unit && SameFrame(x, y));
            if (y is null)
            {
                continue;
            }

            unmatchedB.Remove(y);
            var (va, vb) = (Variant(a, x, x), Variant(b, y, y));
            yield return new Finding(DiscrepancyKind.Number, "Figures disagree: \"" + va.Text + "\" vs \"" + vb.Text + "\"", va, vb, true);
        }
    }

    /// <summary>A figure of <paramref name="a"/> whose value <paramref name="b"/> gives for words that follow another of a's figures.</summary>
    private static (NumberMention InA, NumberMention InB)? Moved(ClaimSentence a, ClaimSentence b)
    {
        foreach (var x in a.Numbers)
        {
            var elsewhere = a.Numbers.Where(o => o != x).SelectMany(o => o.Frame).ToHashSet(StringComparer.Ordinal);
            foreach (var y in b.Numbers.Where(y => y.Value == x.Value && y.Unit == x.Unit))
            {
                // "Three years later, three children were born" and "three children were born": a has the figure for that thing too.
                var alsoInA = a.Numbers.Any(o => o != x && o.Value == y.Value && o.Unit == y.Unit && SameFrame(o, y));
                var moved = y.Frame.Except(x.Frame, StringComparer.Ordinal).Count(elsewhere.Contains);
                if (moved >= MinMovedWords && !alsoInA)
                {
                    return (x, y);
                }
            }
        }

        return null;
    }

    private static (NumberMention, NumberMention)? Swap((NumberMention InA, NumberMention InB)? pair) =>
        pair is var (x, y) ? (y, x) : null;

    private static bool SameFrame(NumberMention x, NumberMention y)
    {
        if (x.Frame.IsEmpty || y.Frame.IsEmpty)
        {
            return false;
        }

        if (x.Frame[0] == y.Frame[0])
        {
            return true;
        }

        var shared = x.Frame.Intersect(y.Frame, StringComparer.Ordinal).Count();
        return shared * 2 >= Math.Min(x.Frame.Length, y.Frame.Length) && shared > 0;
    }

    private static FindingVariant Variant(ClaimSentence s, NumberMention from, NumberMention to) =>
        FindingVariant.Of(s, NumberReader.ApproximatorStart(s.Tokens, from.First), Math.Max(from.Last, to.Last));
}
