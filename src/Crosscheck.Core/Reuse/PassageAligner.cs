using System.Collections.Immutable;
using Crosscheck.Core.Embeddings;

namespace Crosscheck.Core.Reuse;

/// <summary>
/// Finds the passages two texts share, also when one is a rewrite of the other: every sentence pair is scored
/// lexically (content words, content-word pairs, character 4-grams), pairs above a floor are matched one to one
/// best first, and matched pairs that follow each other in both texts are merged into runs. A run counts as reuse
/// only when its evidence comes from words outside quotation marks: two outlets that quote one speaker share the
/// speaker's words, not each other's.
/// </summary>
public sealed class PassageAligner(ReuseOptions options, ISentenceEmbedder? embedder = null)
{
    public ImmutableArray<AlignedPassage> Align(string text, string otherText) =>
        Align(ArticleProfile.Build(text), ArticleProfile.Build(otherText));

    internal ImmutableArray<AlignedPassage> Align(ArticleProfile a, ArticleProfile b)
    {
        var pairs = ScorePairs(a, b);
        if (pairs.Undecided.Count == 0)
        {
            return Complete(a, b, pairs, ImmutableDictionary<string, float[]>.Empty);
        }

        return Complete(a, b, pairs, new SentenceEmbeddingCache(embedder!).Embed(pairs.UndecidedTexts(a, b)));
    }

    /// <summary>
    /// The sentence pairs of two articles that the words align, and, when an embedder is given, those whose
    /// lexical score only a semantic check can decide. Calls no embedder, so callers can gather the sentences of
    /// many article pairs into one batch for the model.
    /// </summary>
    internal SentencePairs ScorePairs(ArticleProfile a, ArticleProfile b)
    {
        var aligned = new List<(int I, int J, double Score)>();
        var undecided = new List<(int I, int J, double Score)>();
        var semantic = embedder is not null;
        var floor = semantic ? Math.Min(options.MinSentenceScore, options.MinLexicalScoreForSemantic) : options.MinSentenceScore;

        // Two sentences without a shared word score at most a third (the character 4-grams alone); when that is
        // below the floor, only sentences sharing a word are compared.
        var onlySharingWords = 1.0 / 3 < floor;
        var postings = onlySharingWords ? b.Postings : null;
        var marked = onlySharingWords ? new int[b.Sentences.Length] : [];
        var shared = onlySharingWords ? new int[b.Sentences.Length] : [];
        var others = new List<int>();
        for (var i = 0; i < a.Sentences.Length; i++)
        {
            others.Clear();
            if (postings is null)
            {
                for (var j = 0; j < b.Sentences.Length; j++)
                {
                    others.Add(j);
                }
            }
            else
            {
                // Each word of a sentence is posted once, so the hits on a sentence count the words the two share.
                foreach (var word in a.Sentences[i].Words)
                {
                    var (offset, length) = postings.Find(word).GetOffsetAndLength(postings.Words.Length);
                    foreach (var j in postings.Sentences.AsSpan(offset, length))
                    {
                        if (marked[j] != i + 1)
                        {
                            marked[j] = i + 1;
                            shared[j] = 0;
                            others.Add(j);
                        }

                        shared[j]++;
                    }
                }
            }

            foreach (var j in others)
            {
                if (postings is not null && CannotReach(a.Sentences[i], b.Sentences[j], shared[j], floor))
                {
                    continue;
                }

                var score = LexicalScore(a.Sentences[i], b.Sentences[j], floor);
                if (score >= options.MinSentenceScore)
                {
                    aligned.Add((i, j, score));
                }
                else if (semantic && score >= options.MinLexicalScoreForSemantic)
                {
                    undecided.Add((i, j, score));
                }
            }
        }

        return new SentencePairs(aligned, undecided);
    }

    /// <summary>
    /// Adds the undecided pairs whose sentences mean the same (their embeddings, looked up by sentence text, have a
    /// cosine of at least the semantic floor) and builds the passages. A sentence missing from
    /// <paramref name="embeddings"/> is left unaligned.
    /// </summary>
    internal ImmutableArray<AlignedPassage> Complete(ArticleProfile a, ArticleProfile b, SentencePairs pairs, IReadOnlyDictionary<string, float[]> embeddings)
    {
        var scored = new List<(int I, int J, double Score)>(pairs.Aligned);
        foreach (var (i, j, lexical) in pairs.Undecided)
        {
            if (embeddings.TryGetValue(a.SentenceText(i), out var x) && embeddings.TryGetValue(b.SentenceText(j), out var y))
            {
                var cosine = Dot(x, y);
                if (cosine >= options.MinSemanticScore)
                {
                    scored.Add((i, j, (lexical + cosine) / 2));
                }
            }
        }

        if (scored.Count == 0)
        {
            return [];
        }

        var matched = MatchOneToOne(scored, a.Sentences.Length, b.Sentences.Length);
        return BuildPassages(a, b, matched);
    }

    /// <summary>
    /// Mean of the Dice coefficients of content words, content-word pairs and character 4-grams: a copy keeps
    /// all three high, a rewrite keeps words and n-grams, and two reports of one fact share some words but
    /// seldom their order. Returns 0 when the mean is certainly below <paramref name="floor"/>: most sentence pairs
    /// of two candidate articles share a word or two at most, and the character 4-grams, ten times as many as the
    /// words, are compared only when they could lift the mean to the floor (a Dice coefficient is at most 1).
    /// </summary>
    private static double LexicalScore(SentenceProfile a, SentenceProfile b, double floor)
    {
        if (a.Words.Length == 0 || b.Words.Length == 0)
        {
            return 0;
        }

        var words = Dice(a.Words, b.Words) + Dice(a.Bigrams, b.Bigrams);
        return (words + 1) / 3 < floor ? 0 : (words + Dice(a.CharGrams, b.CharGrams)) / 3;
    }

    /// <summary>
    /// Whether a sentence pair sharing <paramref name="sharedWords"/> content words certainly scores below the floor,
    /// told without merging any hash sets: the word score follows from the count, a shared word pair needs both its
    /// words shared (at most sharedWords squared of them), and the character 4-grams add at most a third. Most pairs
    /// of two candidate articles share one word and stop here.
    /// </summary>
    private static bool CannotReach(SentenceProfile a, SentenceProfile b, int sharedWords, double floor)
    {
        var words = a.Words.Length + b.Words.Length == 0 ? 0 : 2.0 * sharedWords / (a.Words.Length + b.Words.Length);
        var bigramTotal = a.Bigrams.Length + b.Bigrams.Length;
        var bigramsAtMost = Math.Min((long)sharedWords * sharedWords, Math.Min(a.Bigrams.Length, b.Bigrams.Length));
        var bigrams = bigramTotal == 0 ? 0 : 2.0 * bigramsAtMost / bigramTotal;

        // The margin keeps rounding from dropping a pair whose exact score lands on the floor.
        return (words + bigrams + 1) / 3 < floor - 1e-9;
    }

    internal bool IsNarrativeMatch(SentenceProfile a, SentenceProfile b)
    {
        var shared = Intersect(a.NarrativeWords, b.NarrativeWords);
        var smaller = Math.Min(a.NarrativeWords.Length, b.NarrativeWords.Length);
        return shared >= options.MinNarrativeSharedWords && shared >= options.MinNarrativeScore * smaller;
    }

    private static List<(int I, int J, double Score)> MatchOneToOne(List<(int I, int J, double Score)> pairs, int countA, int countB)
    {
        pairs.Sort(static (x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.I != y.I ? x.I.CompareTo(y.I) : x.J.CompareTo(y.J));
        var usedA = new bool[countA];
        var usedB = new bool[countB];
        var matched = new List<(int I, int J, double Score)>();
        foreach (var pair in pairs)
        {
            if (usedA[pair.I] || usedB[pair.J])
            {
                continue;
            }

            usedA[pair.I] = true;
            usedB[pair.J] = true;
            matched.Add(pair);
        }

        matched.Sort(static (x, y) => x.I.CompareTo(y.I));
        return matched;
    }

    private ImmutableArray<AlignedPassage> BuildPassages(ArticleProfile a, ArticleProfile b, List<(int I, int J, double Score)> matched)
    {
        var passages = ImmutableArray.CreateBuilder<AlignedPassage>();
        var runStart = 0;
        while (runStart < matched.Count)
        {
            var runEnd = runStart + 1;
            while (runEnd < matched.Count && Follows(matched[runEnd - 1], matched[runEnd], options.MaxGapSentences))
            {
                runEnd++;
            }

            var evidence = 0.0;
            for (var p = runStart; p < runEnd; p++)
            {
                var (i, j, score) = matched[p];
                if (IsNarrativeMatch(a.Sentences[i], b.Sentences[j]))
                {
                    evidence += score;
                }
            }

            if (evidence >= options.MinRunEvidence)
            {
                AddBlocks(a, b, matched, runStart, runEnd, passages);
            }

            runStart = runEnd;
        }

        passages.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        return passages.ToImmutable();
    }

    // A run is cut into blocks of sentences adjacent in both texts, so a passage never spans a sentence one
    // side added.
    private static void AddBlocks(
        ArticleProfile a, ArticleProfile b, List<(int I, int J, double Score)> matched, int runStart, int runEnd,
        ImmutableArray<AlignedPassage>.Builder passages)
    {
        var blockStart = runStart;
        for (var p = runStart + 1; p <= runEnd; p++)
        {
            if (p < runEnd && Follows(matched[p - 1], matched[p], 0))
            {
                continue;
            }

            var otherStart = int.MaxValue;
            var otherEnd = 0;
            for (var q = blockStart; q < p; q++)
            {
                otherStart = Math.Min(otherStart, b.Sentences[matched[q].J].Start);
                otherEnd = Math.Max(otherEnd, b.Sentences[matched[q].J].End);
            }

            passages.Add(new AlignedPassage(a.Sentences[matched[blockStart].I].Start, a.Sentences[matched[p - 1].I].End, otherStart, otherEnd));
            blockStart = p;
        }
    }

    private static bool Follows((int I, int J, double Score) previous, (int I, int J, double Score) next, int gap) =>
        next.I - previous.I <= gap + 1 && next.J > previous.J && next.J - previous.J <= gap + 1;

    private static double Dot(float[] x, float[] y)
    {
        var sum = 0.0;
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    private static double Dice(ulong[] x, ulong[] y) => x.Length + y.Length == 0 ? 0 : 2.0 * Intersect(x, y) / (x.Length + y.Length);

    private static int Intersect(ulong[] x, ulong[] y)
    {
        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
