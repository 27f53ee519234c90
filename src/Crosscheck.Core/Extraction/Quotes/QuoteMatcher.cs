using System.Collections.Immutable;
using Crosscheck.Core.Collections;
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
        // A quote repeated word for word (by a wire copy, or by outlets citing it whole) is read once. Words become
        // numbers, and a quote its sorted words and word pairs, so that containment is a merge of two sorted lists. A
        // quote alone in its story is compared with nothing, and is not read.
        var vocabulary = Vocabulary.ForThisThread();
        var read = vocabulary.Texts;
        var texts = new string[occurrences.Count];
        var bags = new Bags?[occurrences.Count];
        for (var i = 0; i < occurrences.Count; i++)
        {
            var text = texts[i] = occurrences[i].Attribution.Text;
            if (occurrences.Count < 2)
            {
                continue;
            }

            if (!read.TryGetValue(text, out var counted))
            {
                read[text] = counted = vocabulary.Read(text);
            }

            bags[i] = counted;
        }

        var parent = DisjointSets.Singletons(occurrences.Count);
        foreach (var (i, j) in CandidatePairs(bags, vocabulary.Count))
        {
            // Pairs already joined through others need no comparison: copies of one quote are many such pairs.
            if (DisjointSets.Root(parent, i) != DisjointSets.Root(parent, j) && Matches(bags[i]!, bags[j]!))
            {
                DisjointSets.Join(parent, i, j);
            }
        }

        // Groups in the order of their first occurrence, each keeping input order.
        var groupOf = new int[occurrences.Count];
        Array.Fill(groupOf, -1);
        var members = new List<List<int>>();
        for (var i = 0; i < occurrences.Count; i++)
        {
            var root = DisjointSets.Root(parent, i);
            if (groupOf[root] < 0)
            {
                groupOf[root] = members.Count;
                members.Add([]);
            }

            members[groupOf[root]].Add(i);
        }

        var groups = ImmutableArray.CreateBuilder<QuoteGroup>(members.Count);
        foreach (var group in members)
        {
            groups.Add(ToGroup(group, occurrences, texts));
        }

        return groups.MoveToImmutable();
    }

    /// <summary>The containment score of two quote texts: the lower of word and word-pair containment of the shorter.</summary>
    public static double Score(string a, string b)
    {
        var vocabulary = new Vocabulary();
        var wa = vocabulary.Read(a);
        var wb = vocabulary.Read(b);
        var shorter = wa.Length <= wb.Length ? wa : wb;
        var longer = wa.Length <= wb.Length ? wb : wa;
        if (shorter.Length == 0)
        {
            return 0;
        }

        var words = Containment(shorter.Words, longer.Words, shorter.Length);
        var pairs = shorter.Length < 2 ? words : Containment(shorter.Pairs, longer.Pairs, shorter.Length - 1);
        return Math.Min(words, pairs);
    }

    /// <summary>
    /// The pairs (lower index first) that may match, found by a prefix filter rather than by trying every pair, so that a
    /// story of thousands of quotes is not quadratic. A quote's distinct words are ordered rarest first (by how many of
    /// the story's quotes hold them); a longer quote that holds none of the rarest words whose counts make up more than
    /// the share a match may miss (1 - <see cref="QuoteMatcherOptions.MinWordContainment"/>) contains too few of its
    /// words, so only the quotes holding one of those words are compared with it. Word ids are the story's vocabulary's,
    /// numbered from 0, so the postings are one flat array with an offset a word.
    /// </summary>
    private IEnumerable<(int, int)> CandidatePairs(Bags?[] bags, int vocabularySize)
    {
        var holders = new int[vocabularySize + 1];
        for (var i = 0; i < bags.Length; i++)
        {
            if (IsComparable(bags[i]))
            {
                var words = bags[i]!.Words;
                for (var k = 0; k < words.Length; k++)
                {
                    if (k == 0 || words[k] != words[k - 1])
                    {
                        holders[words[k] + 1]++;
                    }
                }
            }
        }

        // holders[w] becomes where word w's postings start, and next[w] where the next quote holding it goes.
        for (var w = 0; w < vocabularySize; w++)
        {
            holders[w + 1] += holders[w];
        }

        var postings = new int[holders[vocabularySize]];
        var next = holders[..vocabularySize];
        for (var i = 0; i < bags.Length; i++)
        {
            if (IsComparable(bags[i]))
            {
                var words = bags[i]!.Words;
                for (var k = 0; k < words.Length; k++)
                {
                    if (k == 0 || words[k] != words[k - 1])
                    {
                        postings[next[words[k]]++] = i;
                    }
                }
            }
        }

        var seen = new int[bags.Length];
        Array.Fill(seen, -1);
        var distinct = new List<(int Word, int Count)>();
        for (var i = 0; i < bags.Length; i++)
        {
            if (!IsComparable(bags[i]))
            {
                continue;
            }

            distinct.Clear();
            var words = bags[i]!.Words;
            for (var k = 0; k < words.Length; k++)
            {
                if (k == 0 || words[k] != words[k - 1])
                {
                    distinct.Add((words[k], 1));
                }
                else
                {
                    distinct[^1] = (words[k], distinct[^1].Count + 1);
                }
            }

            distinct.Sort((x, y) => Holding(x.Word) != Holding(y.Word) ? Holding(x.Word).CompareTo(Holding(y.Word)) : x.Word.CompareTo(y.Word));
            var length = words.Length;
            var covered = 0;
            foreach (var (word, count) in distinct)
            {
                for (var p = holders[word]; p < holders[word + 1]; p++)
                {
                    var j = postings[p];
                    var other = bags[j]!.Length;
                    if (j != i && seen[j] != i && (other > length || (other == length && j > i)))
                    {
                        seen[j] = i;
                        yield return (Math.Min(i, j), Math.Max(i, j));
                    }
                }

                // A quote sharing none of the words read so far holds at most the rest, which is now too few to match.
                covered += count;
                if ((double)(length - covered) / length < _options.MinWordContainment)
                {
                    break;
                }
            }
        }

        int Holding(int word) => holders[word + 1] - holders[word];
    }

    private bool IsComparable(Bags? bag) => bag is not null && bag.Length >= _options.MinWords;

    private bool Matches(Bags a, Bags b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length < _options.MinWords)
        {
            return false;
        }

        if (Containment(shorter.Words, longer.Words, shorter.Length) < _options.MinWordContainment)
        {
            return false;
        }

        return Containment(shorter.Pairs, longer.Pairs, shorter.Length - 1) >= _options.MinBigramContainment;
    }

    // The share of the shorter's items (a multiset, sorted) that the longer has too, each counted as often as both have it.
    private static double Containment<T>(T[] shorter, T[] longer, int size)
        where T : IComparable<T>
    {
        if (size <= 0)
        {
            return 0;
        }

        var shared = 0;
        var i = 0;
        var j = 0;
        while (i < shorter.Length && j < longer.Length)
        {
            var order = shorter[i].CompareTo(longer[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / size;
    }

    private static QuoteGroup ToGroup(List<int> group, IReadOnlyList<QuoteOccurrence> occurrences, string[] texts)
    {
        var text = texts[group[0]];
        var isDirect = false;
        foreach (var i in group)
        {
            if (texts[i].Length > text.Length || (texts[i].Length == text.Length && string.CompareOrdinal(texts[i], text) < 0))
            {
                text = texts[i];
            }

            isDirect |= occurrences[i].Attribution.IsDirect;
        }

        // The speaker most occurrences resolved to; on a tie, the earliest occurrence's: names are counted in input
        // order, so the first name to reach the highest count is kept. Most quotes occur once: theirs is their speaker.
        if (group.Count == 1)
        {
            return new QuoteGroup(text, occurrences[group[0]].Attribution.Speaker?.Name, isDirect, [occurrences[group[0]]]);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in group)
        {
            if (occurrences[i].Attribution.Speaker?.Name is { } name)
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }

        string? speaker = null;
        foreach (var i in group)
        {
            if (occurrences[i].Attribution.Speaker?.Name is { } name && (speaker is null || counts[name] > counts[speaker]))
            {
                speaker = name;
            }
        }

        var members = ImmutableArray.CreateBuilder<QuoteOccurrence>(group.Count);
        foreach (var i in group)
        {
            members.Add(occurrences[i]);
        }

        return new QuoteGroup(text, speaker, isDirect, members.MoveToImmutable());
    }

    /// <summary>
    /// A quote's lower-cased words as numbers in text order, and as sorted words and word pairs made when first compared:
    /// most pairs of quotes differ in their words already, and a quote shorter than the fewest words a match takes is
    /// never compared at all.
    /// </summary>
    private sealed class Bags(int[] ids)
    {
        private int[]? words;
        private long[]? pairs;

        public int Length => ids.Length;

        public int[] Words
        {
            get
            {
                if (words is null)
                {
                    words = (int[])ids.Clone();
                    Array.Sort(words);
                }

                return words;
            }
        }

        public long[] Pairs
        {
            get
            {
                if (pairs is null)
                {
                    pairs = new long[Math.Max(0, ids.Length - 1)];
                    for (var k = 0; k < pairs.Length; k++)
                    {
                        pairs[k] = ((long)ids[k] << 32) | (uint)ids[k + 1];
                    }

                    Array.Sort(pairs);
                }

                return pairs;
            }
        }
    }

    /// <summary>
    /// Numbers for the lower-cased words of the quotes being compared. The stories matched on one thread take one
    /// vocabulary in turn, emptied, rather than each making its own.
    /// </summary>
    private sealed class Vocabulary
    {
        [ThreadStatic]
        private static Vocabulary? current;

        private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
        private readonly List<int> words = [];
        private char[] lowered = new char[64];

        /// <summary>How many distinct words the story's quotes have: their ids run from 0 to one less.</summary>
        public int Count => ids.Count;

        /// <summary>The texts read for the story being matched, with what was read of each.</summary>
        public Dictionary<string, Bags> Texts { get; } = new(StringComparer.Ordinal);

        /// <summary>This thread's vocabulary, emptied.</summary>
        public static Vocabulary ForThisThread()
        {
            var vocabulary = current ??= new Vocabulary();
            vocabulary.ids.Clear();
            vocabulary.Texts.Clear();
            return vocabulary;
        }

        public Bags Read(string text)
        {
            var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
            words.Clear();
            foreach (var (start, end) in WordTokenizer.Ranges(text, 0, text.Length))
            {
                if (!WordTokenizer.IsWordChar(text[start]))
                {
                    continue;
                }

                if (lowered.Length < end - start)
                {
                    lowered = new char[Math.Max(end - start, lowered.Length * 2)];
                }

                var word = lowered.AsSpan(0, text.AsSpan(start, end - start).ToLowerInvariant(lowered));
                word.Replace('\u2019', '\'');
                if (!lookup.TryGetValue(word, out var id))
                {
                    id = ids.Count;
                    lookup[word] = id;
                }

                words.Add(id);
            }

            return new Bags([.. words]);
        }
    }
}
