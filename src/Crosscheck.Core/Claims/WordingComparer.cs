namespace Crosscheck.Core.Claims;

/// <summary>
/// Finds changed words between two copies of one text. Copies of one origin should be verbatim, so where the word
/// sequences (longest common subsequence) differ by a short substitution of content words, the copy has been
/// distorted; rewording between independent outlets is normal and is never compared. Substitutions that other
/// comparers own (figures, negations, names) and forms of one word ("officials", "officers") are left out.
/// </summary>
internal static class WordingComparer
{
    private const int MaxChangedWords = 3;
    private const int TrailingContext = 3;

    public static IEnumerable<Finding> Compare(ClaimSentence a, ClaimSentence b)
    {
        var wa = Words(a);
        var wb = Words(b);
        var lcs = new int[wa.Count + 1, wb.Count + 1];
        for (var i = wa.Count - 1; i >= 0; i--)
        {
            for (var j = wb.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = a.Tokens[wa[i]].Norm == b.Tokens[wb[j]].Norm ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < wa.Count || y < wb.Count)
        {
            if (x < wa.Count && y < wb.Count && a.Tokens[wa[x]].Norm == b.Tokens[wb[y]].Norm)
            {
                x++;
                y++;
                continue;
            }

            var (startX, startY) = (x, y);
            while (x < wa.Count || y < wb.Count)
            {
                if (x < wa.Count && y < wb.Count && a.Tokens[wa[x]].Norm == b.Tokens[wb[y]].Norm)
                {
                    break;
                }

                if (y >= wb.Count || (x < wa.Count && lcs[x + 1, y] >= lcs[x, y + 1]))
                {
                    x++;
                }
                else
                {
                    y++;
                }
            }

            var removed = wa.GetRange(startX, x - startX);
            var added = wb.GetRange(startY, y - startY);
            if (startX > 0 && startY > 0 && x < wa.Count && y < wb.Count && IsSubstitution(a, removed, b, added))
            {
                var va = Variant(a, removed, wa, x);
                var vb = Variant(b, added, wb, y);
                yield return new Finding(DiscrepancyKind.Wording, "Copies of one text differ: \"" + va.Text + "\" vs \"" + vb.Text + "\"", va, vb, false);
            }
        }
    }

    private static List<int> Words(ClaimSentence s) => [.. Enumerable.Range(0, s.Tokens.Length).Where(i => s.Tokens[i].IsWord)];

    private static bool IsSubstitution(ClaimSentence a, List<int> removed, ClaimSentence b, List<int> added)
    {
        if (removed.Count is 0 or > MaxChangedWords || added.Count is 0 or > MaxChangedWords)
        {
            return false;
        }

        var tokensA = removed.Select(i => a.Tokens[i]).ToList();
        var tokensB = added.Select(i => b.Tokens[i]).ToList();
        if (tokensA.Concat(tokensB).Any(t => t.IsProper || char.IsDigit(t.Norm[0]) || Lexicon.NumberWords.ContainsKey(t.Norm)
            || ClaimSentenceReader.IsNegation(t.Norm)))
        {
            return false;
        }

        var contentA = tokensA.Where(t => t.Stem is not null).ToList();
        var contentB = tokensB.Where(t => t.Stem is not null).ToList();
        if (contentA.Count == 0 || contentB.Count == 0)
        {
            return false;
        }

        return !contentA.All(x => contentB.Any(y => x.Stem == y.Stem || EditDistance.AreForms(x.Norm, y.Norm)))
            && !contentB.All(y => contentA.Any(x => x.Stem == y.Stem || EditDistance.AreForms(x.Norm, y.Norm)));
    }

    private static FindingVariant Variant(ClaimSentence s, List<int> changed, List<int> words, int next)
    {
        var first = changed[0];
        var last = words[Math.Min(words.Count - 1, next + TrailingContext - 1)];
        var key = string.Join(' ', changed.Select(i => s.Tokens[i].Norm));
        return new FindingVariant(s.Slice(first, last), key, s.SpanOf(first, last));
    }
}
