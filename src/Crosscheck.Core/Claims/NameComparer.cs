namespace Crosscheck.Core.Claims;

/// <summary>
/// Finds spelling variants of one name in two aligned sentences: capitalised words that only one sentence has, at a
/// similar place in each, starting with the same letter and a small edit distance apart ("Donbas" and "Donbass").
/// Inflections and demonyms ("Patriots", "Russian") are forms of a word, and dots never count ("U.N." is "UN").
/// </summary>
internal static class NameComparer
{
    private const int MinLength = 4;
    private const double MaxPositionShift = 0.35;

    public static IEnumerable<Finding> Compare(ClaimSentence a, ClaimSentence b)
    {
        var normsA = a.Tokens.Select(t => t.Norm).ToHashSet(StringComparer.Ordinal);
        var normsB = b.Tokens.Select(t => t.Norm).ToHashSet(StringComparer.Ordinal);
        var onlyA = Candidates(a, normsB).ToList();
        var onlyB = Candidates(b, normsA).ToList();
        foreach (var (x, px) in onlyA)
        {
            var best = onlyB
                .Where(c => c.Token.Norm[0] == x.Norm[0] && Math.Abs(c.Position - px) <= MaxPositionShift && !EditDistance.IsInflection(x.Norm, c.Token.Norm))
                .Select(c => (c.Token, Distance: EditDistance.Between(x.Norm, c.Token.Norm)))
                .Where(c => c.Distance <= MaxDistance(x.Norm, c.Token.Norm))
                .OrderBy(c => c.Distance)
                .FirstOrDefault();
            if (best.Token is null)
            {
                continue;
            }

            var va = new FindingVariant(x.Text, x.Norm, new Span(a.Article, x.Start, x.End));
            var vb = new FindingVariant(best.Token.Text, best.Token.Norm, new Span(b.Article, best.Token.Start, best.Token.End));
            yield return new Finding(DiscrepancyKind.Name, "One name spelled two ways: " + x.Text + " / " + best.Token.Text, va, vb, false);
        }
    }

    private static int MaxDistance(string x, string y) => Math.Min(x.Length, y.Length) >= 6 ? 2 : 1;

    private static IEnumerable<(ClaimToken Token, double Position)> Candidates(ClaimSentence s, HashSet<string> otherNorms)
    {
        for (var i = 0; i < s.Tokens.Length; i++)
        {
            var t = s.Tokens[i];
            if (t.IsWord && t.IsCapitalised && t.Norm.Length >= MinLength && t.Norm.All(char.IsLetter) && !otherNorms.Contains(t.Norm)
                && !Lexicon.Weekdays.ContainsKey(t.Norm) && !Lexicon.Months.ContainsKey(t.Norm))
            {
                yield return (t, (double)i / s.Tokens.Length);
            }
        }
    }
}
