using System.Collections.Immutable;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// Groups the occurrences of one statement across articles despite prefixes, cuts and light rewording ("Today, we can
/// confirm that North Korea has completed an initial arms delivery" and "We can confirm that North Korea has completed
/// the initial arms delivery … Last month, …"). Two quotes match when the longer contains most of the shorter's
/// lower-cased words and most of its word pairs, so containment rather than symmetric similarity decides: a quote
/// trimmed by one outlet still matches the fuller one. Matches are closed transitively (union-find).
/// </summary>
public sealed class QuoteMatcher
{
    private readonly QuoteMatcherOptions _options;

    public QuoteMatcher(QuoteMatcherOptions? options = null)
    {
        _options = options ?? QuoteMatcherOptions.Default;
    }

    public ImmutableArray<QuoteGroup> Group(IReadOnlyList<QuoteOccurrence> occurrences)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        // A quote repeated word for word (by a wire copy, or by outlets citing it whole) is read once.
        var read = new Dictionary<string, (List<string> Words, Dictionary<string, int> Unigrams, Dictionary<string, int> Bigrams)>(StringComparer.Ordinal);
        var words = new List<List<string>>(occurrences.Count);
        var unigrams = new List<Dictionary<string, int>>(occurrences.Count);
        var bigrams = new List<Dictionary<string, int>>(occurrences.Count);
        foreach (var occurrence in occurrences)
        {
            var text = occurrence.Attribution.Text;
            if (!read.TryGetValue(text, out var counted))
            {
                var list = Words(text);
                read[text] = counted = (list, Counts(list), Counts(Pairs(list)));
            }

            words.Add(counted.Words);
            unigrams.Add(counted.Unigrams);
            bigrams.Add(counted.Bigrams);
        }

        var parent = Enumerable.Range(0, occurrences.Count).ToArray();
        for (var i = 0; i < occurrences.Count; i++)
        {
            for (var j = i + 1; j < occurrences.Count; j++)
            {
                if (Matches(words[i].Count, words[j].Count, unigrams[i], unigrams[j], bigrams[i], bigrams[j]))
                {
                    parent[Find(parent, i)] = Find(parent, j);
                }
            }
        }

        return [.. Enumerable.Range(0, occurrences.Count)
            .GroupBy(i => Find(parent, i))
            .OrderBy(g => g.Min())
            .Select(g => ToGroup([.. g.Select(i => occurrences[i])]))];
    }

    /// <summary>The containment score of two quote texts: the lower of word and word-pair containment of the shorter.</summary>
    public static double Score(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        var shorter = wa.Count <= wb.Count ? wa : wb;
        var longer = wa.Count <= wb.Count ? wb : wa;
        if (shorter.Count == 0)
        {
            return 0;
        }

        var words = Containment(Counts(shorter), Counts(longer), shorter.Count);
        var pairs = shorter.Count < 2 ? words : Containment(Counts(Pairs(shorter)), Counts(Pairs(longer)), shorter.Count - 1);
        return Math.Min(words, pairs);
    }

    private bool Matches(int lengthA, int lengthB, Dictionary<string, int> ua, Dictionary<string, int> ub, Dictionary<string, int> ba, Dictionary<string, int> bb)
    {
        var aShorter = lengthA <= lengthB;
        var shortLength = Math.Min(lengthA, lengthB);
        if (shortLength < _options.MinWords)
        {
            return false;
        }

        var words = aShorter ? Containment(ua, ub, lengthA) : Containment(ub, ua, lengthB);
        if (words < _options.MinWordContainment)
        {
            return false;
        }

        var pairs = aShorter ? Containment(ba, bb, lengthA - 1) : Containment(bb, ba, lengthB - 1);
        return pairs >= _options.MinBigramContainment;
    }

    private static double Containment(Dictionary<string, int> shorter, Dictionary<string, int> longer, int size)
    {
        if (size <= 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var (key, count) in shorter)
        {
            shared += Math.Min(count, longer.GetValueOrDefault(key));
        }

        return (double)shared / size;
    }

    private static QuoteGroup ToGroup(ImmutableArray<QuoteOccurrence> members)
    {
        var text = members.Select(m => m.Attribution.Text).OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).First();
        // The speaker most occurrences resolved to; on a tie, the earliest occurrence's (groups keep input order).
        var speaker = members
            .Select((m, index) => (Name: m.Attribution.Speaker?.Name, Index: index))
            .Where(s => s.Name is not null)
            .GroupBy(s => s.Name!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(s => s.Index))
            .Select(g => g.Key)
            .FirstOrDefault();
        return new QuoteGroup(text, speaker, members.Any(m => m.Attribution.IsDirect), members);
    }

    private static List<string> Words(string text) =>
        [.. WordTokenizer.Tokenize(text).Where(t => WordTokenizer.IsWordChar(t.Text[0])).Select(t => t.Text.ToLowerInvariant().Replace('\u2019', '\''))];

    private static List<string> Pairs(List<string> words) => [.. words.Zip(words.Skip(1), (a, b) => a + " " + b)];

    private static Dictionary<string, int> Counts(List<string> items)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            counts[item] = counts.GetValueOrDefault(item) + 1;
        }

        return counts;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
