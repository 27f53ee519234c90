namespace Crosscheck.Core.Claims;

/// <summary>Optimal string alignment distance (Levenshtein with adjacent transpositions).</summary>
internal static class EditDistance
{
    public static int Between(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>True when one word is the other plus an inflection or a demonym ending ("Patriots", "Russian").</summary>
    public static bool IsInflection(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (!longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return false;
        }

        var ending = longer[shorter.Length..];
        if (ending == "s")
        {
            // "Donbass" is not the plural of "Donbas": a plural of a word ending in s adds "es".
            return !shorter.EndsWith('s');
        }

        return ending is "" or "es" or "'s" or "n" or "an" or "ian" or "ese" or "i" or "ns" or "ans" or "ians" or "ly" or "ed" or "d";
    }

    /// <summary>
    /// True for forms of one word: an inflection, or a long shared prefix ("officials", "officers"; "covert", "covertly").
    /// </summary>
    public static bool AreForms(string a, string b)
    {
        if (IsInflection(a, b))
        {
            return true;
        }

        // "shorter-range" and "short-range": compounds are forms of one another when their parts are.
        var partsA = a.Split('-');
        var partsB = b.Split('-');
        if (partsA.Length > 1 && partsA.Length == partsB.Length)
        {
            return partsA.Zip(partsB).All(p => p.First == p.Second || AreForms(p.First, p.Second));
        }

        var shorter = Math.Min(a.Length, b.Length);
        var common = 0;
        while (common < shorter && a[common] == b[common])
        {
            common++;
        }

        return common >= 4 && common >= 0.6 * shorter;
    }
}
