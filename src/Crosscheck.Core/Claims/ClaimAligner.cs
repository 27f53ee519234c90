using System.Collections.Immutable;
using Crosscheck.Core.Embeddings;

namespace Crosscheck.Core.Claims;

/// <summary>
/// Groups sentences that make the same claim. Each sentence is a TF-IDF vector over its stemmed content words, names
/// and normalised figures (so "1000" and "1,000" are one term); two sentences of different articles are similar by the
/// cosine of their vectors, blended with the embedding cosine when an embedder is given. Only pairs sharing at least
/// two distinctive terms are scored (an inverted index over terms rarer than a cap), so a large story is not compared
/// all against all. Groups grow by average linkage: two groups join when their strongest link passes the threshold
/// and their mean similarity stays close to it, which keeps a chain of loosely related sentences from merging.
/// Sentences of one origin are copies of one text and are linked on word overlap at a lower threshold.
/// </summary>
internal sealed class ClaimAligner
{
    private const double LinkageFactor = 0.7;
    private const int MinSharedTerms = 2;

    private readonly IReadOnlyList<ClaimSentence> sentences;
    private readonly IReadOnlyList<string> originOfArticle;
    private readonly ClaimOptions options;
    private readonly Dictionary<int, double>[] vectors;
    private readonly float[][]? embeddings;
    private readonly List<List<int>> postings = [];

    public ClaimAligner(IReadOnlyList<ClaimSentence> sentences, IReadOnlyList<string> originOfArticle, ClaimOptions options, ISentenceEmbedder? embedder)
    {
        this.sentences = sentences;
        this.originOfArticle = originOfArticle;
        this.options = options;
        vectors = new Dictionary<int, double>[sentences.Count];
        Vectorise();
        if (embedder is not null && sentences.Count > 0)
        {
            embeddings = embedder.Embed([.. sentences.Select(s => s.Text)]);
        }
    }

    public static IEnumerable<string> Terms(ClaimSentence sentence)
    {
        foreach (var token in sentence.Tokens)
        {
            if (token.Stem is not null)
            {
                yield return token.Stem;
            }
        }

        foreach (var number in sentence.Numbers)
        {
            yield return "#" + NumberReader.Key(number);
        }
    }

    public Alignment Align()
    {
        var candidates = Candidates();
        var links = new List<AlignedPair>();
        var related = new List<AlignedPair>();
        foreach (var (a, b) in candidates)
        {
            var similarity = Similarity(a, b);
            if (similarity >= Threshold(a, b))
            {
                links.Add(new AlignedPair(a, b, similarity));
            }
            else if (Lexical(a, b) >= options.RelatedThreshold)
            {
                // Relatedness gates date discrepancies, which need the same event in both sentences: shared words are
                // that evidence, whereas embeddings also bring sentences that are merely on the same topic together.
                related.Add(new AlignedPair(a, b, similarity));
            }
        }

        links.Sort((x, y) => y.Similarity != x.Similarity ? y.Similarity.CompareTo(x.Similarity)
            : x.First != y.First ? x.First.CompareTo(y.First) : x.Second.CompareTo(y.Second));

        var groupOf = Enumerable.Range(0, sentences.Count).ToArray();
        var members = Enumerable.Range(0, sentences.Count).Select(i => new List<int> { i }).ToArray();
        foreach (var link in links)
        {
            var ga = groupOf[link.First];
            var gb = groupOf[link.Second];
            if (ga == gb || MeanSimilarity(members[ga], members[gb]) < Threshold(link.First, link.Second) * LinkageFactor
                || RepeatsAnArticle(members[ga], members[gb]))
            {
                continue;
            }

            var (keep, drop) = members[ga].Count >= members[gb].Count ? (ga, gb) : (gb, ga);
            foreach (var m in members[drop])
            {
                groupOf[m] = keep;
            }

            members[keep].AddRange(members[drop]);
            members[drop].Clear();
        }

        var groups = members.Where(m => m.Count > 0).Select(m => m.Order().ToImmutableArray()).OrderBy(m => m[0]).ToImmutableArray();
        var index = new int[sentences.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            foreach (var m in groups[g])
            {
                index[m] = g;
            }
        }

        return new Alignment(
            groups,
            [.. index],
            [.. links.Where(l => index[l.First] == index[l.Second])],
            [.. related.Concat(links).Where(l => index[l.First] != index[l.Second]).OrderBy(l => l.First).ThenBy(l => l.Second)]);
    }

    public bool SameOrigin(int a, int b) => originOfArticle[sentences[a].ArticleIndex] == originOfArticle[sentences[b].ArticleIndex];

    private double Threshold(int a, int b) => SameOrigin(a, b) ? options.CopyAlignThreshold : options.AlignThreshold;

    public double Similarity(int a, int b)
    {
        var lexical = Lexical(a, b);
        if (embeddings is null)
        {
            return lexical;
        }

        var semantic = 0.0;
        var (x, y) = (embeddings[a], embeddings[b]);
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            semantic += x[i] * y[i];
        }

        return ((1 - options.EmbeddingWeight) * lexical) + (options.EmbeddingWeight * semantic);
    }

    private double Lexical(int a, int b)
    {
        var lexical = Cosine(vectors[a], vectors[b]);
        if (SameOrigin(a, b))
        {
            // Copies of one text keep most words whatever their rarity, so word overlap (Dice) recognises a copied
            // sentence with a few words changed, where TF-IDF would let the changed rare words dominate.
            lexical = Math.Max(lexical, Dice(vectors[a], vectors[b]));
        }

        return lexical;
    }

    // An article states a claim once; two of its sentences in one group must be near repeats of each other.
    private bool RepeatsAnArticle(List<int> first, List<int> second) =>
        first.Any(a => second.Any(b => sentences[a].ArticleIndex == sentences[b].ArticleIndex && Similarity(a, b) < Threshold(a, b)));

    private double MeanSimilarity(List<int> first, List<int> second)
    {
        var sum = 0.0;
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                sum += Similarity(a, b);
            }
        }

        return sum / (first.Count * second.Count);
    }

    // Smoothed IDF (1 + ln((1 + N) / (1 + df))): a story of a few sentences must not zero out the words they share.
    private void Vectorise()
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Dictionary<int, int>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            counts[s] = [];
            foreach (var term in Terms(sentences[s]))
            {
                if (!ids.TryGetValue(term, out var id))
                {
                    id = ids.Count;
                    ids[term] = id;
                    postings.Add([]);
                }

                if (counts[s].TryGetValue(id, out var n))
                {
                    counts[s][id] = n + 1;
                }
                else
                {
                    counts[s][id] = 1;
                    postings[id].Add(s);
                }
            }
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var weights = counts[s].ToDictionary(
                kv => kv.Key,
                kv => (1 + Math.Log(kv.Value)) * (1 + Math.Log((1.0 + sentences.Count) / (1 + postings[kv.Key].Count))));
            var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
            vectors[s] = norm == 0 ? [] : weights.ToDictionary(kv => kv.Key, kv => kv.Value / norm);
        }
    }

    private static double Dice(Dictionary<int, double> x, Dictionary<int, double> y)
    {
        if (x.Count + y.Count == 0)
        {
            return 0;
        }

        var shared = x.Keys.Count(y.ContainsKey);
        return 2.0 * shared / (x.Count + y.Count);
    }

    private static double Cosine(Dictionary<int, double> x, Dictionary<int, double> y)
    {
        if (x.Count > y.Count)
        {
            (x, y) = (y, x);
        }

        var sum = 0.0;
        foreach (var (term, weight) in x)
        {
            if (y.TryGetValue(term, out var other))
            {
                sum += weight * other;
            }
        }

        return sum;
    }

    /// <summary>
    /// Pairs of sentences of different articles sharing at least two terms rarer than the cap, in order. Each sentence
    /// counts the later sentences it shares such terms with in an array (reset after it), rather than every pair's count
    /// going into one table: a story of thousands of articles makes millions of such pairs.
    /// </summary>
    private List<(int A, int B)> Candidates()
    {
        var cap = Math.Max(40, (int)(4 * Math.Sqrt(sentences.Count)));
        var shared = new int[sentences.Count];
        var touched = new List<int>();
        var pairs = new List<(int A, int B)>();
        for (var a = 0; a < sentences.Count; a++)
        {
            foreach (var term in vectors[a].Keys)
            {
                var posting = postings[term];
                if (posting.Count < 2 || posting.Count > cap)
                {
                    continue;
                }

                // A posting lists its sentences in order, this one among them.
                for (var k = posting.BinarySearch(a) + 1; k < posting.Count; k++)
                {
                    var b = posting[k];
                    if (sentences[a].ArticleIndex != sentences[b].ArticleIndex && shared[b]++ == 0)
                    {
                        touched.Add(b);
                    }
                }
            }

            touched.Sort();
            foreach (var b in touched)
            {
                if (shared[b] >= MinSharedTerms)
                {
                    pairs.Add((a, b));
                }

                shared[b] = 0;
            }

            touched.Clear();
        }

        return pairs;
    }
}
