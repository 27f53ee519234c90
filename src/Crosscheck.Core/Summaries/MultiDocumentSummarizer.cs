using System.Collections.Immutable;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Embeddings;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Summaries;

/// <summary>
/// An extractive, cited summary of the articles of one story. Each candidate sentence is scored on four signals:
/// centrality (LexRank: stationary distribution of a random walk over TF-IDF cosine similarities between
/// sentences), position (news puts the gist first, so the lead sentences of each article are favoured),
/// cross-document recurrence (how many other articles carry a similar sentence) and outside support (independent
/// origins backing the sentence, from the claims stage). Sentences are then picked by maximal marginal relevance,
/// so a near-repeat of a chosen sentence is never picked, and printed in story order: article date, then position.
/// Every sentence cites the articles that contain an equivalent sentence (TF-IDF cosine, or embedding cosine when an
/// embedder is given). A story's sentences beyond <see cref="SummaryOptions.MaxCandidates"/> are not weighed, so a
/// story of thousands of articles, or one article of a book's length, costs a bounded time and memory.
/// </summary>
public sealed class MultiDocumentSummarizer
{
    private const double Damping = 0.15;
    private const double EdgeThreshold = 0.1;
    private const int PowerIterations = 50;

    private readonly SummaryOptions options;
    private readonly ISentenceEmbedder? embedder;

    public MultiDocumentSummarizer(SummaryOptions? options = null, ISentenceEmbedder? embedder = null)
    {
        this.options = options ?? SummaryOptions.Default;
        this.embedder = embedder;
    }

    public ImmutableArray<SummarySentence> Summarize(IReadOnlyList<CleanArticle> articles, IReadOnlyList<SupportedSpan>? support = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var candidates = new List<SummaryCandidate>();
        for (var a = 0; a < articles.Count; a++)
        {
            candidates.AddRange(SummaryCandidates.From(articles[a], a, options));
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        if (candidates.Count > options.MaxCandidates)
        {
            candidates =
            [
                .. candidates
                    .OrderBy(c => c.Position)
                    .ThenBy(c => c.ArticleIndex)
                    .Take(options.MaxCandidates)
                    .OrderBy(c => c.ArticleIndex)
                    .ThenBy(c => c.Position),
            ];
        }

        var vectors = Vectorise(candidates);
        var lexical = SimilarityMatrix(vectors);
        var semantic = EmbeddingMatrix(candidates);
        var similarity = semantic is null ? lexical : Blend(lexical, semantic);
        var equivalents = Equivalents(candidates, lexical, semantic, articles.Count);
        var salience = Salience(candidates, similarity, equivalents, articles.Count, support ?? []);
        var chosen = Select(candidates, similarity, salience);

        return
        [
            .. chosen
                .OrderBy(i => articles[candidates[i].ArticleIndex].Published?.Instant ?? DateTimeOffset.MaxValue)
                .ThenBy(i => articles[candidates[i].ArticleIndex].Published?.Date ?? DateOnly.MaxValue)
                .ThenBy(i => candidates[i].ArticleIndex)
                .ThenBy(i => candidates[i].Position)
                .Select(i => new SummarySentence(
                    candidates[i].Text,
                    candidates[i].Span,
                    [articles[candidates[i].ArticleIndex].Id, .. equivalents[i].Select(a => articles[a].Id)])),
        ];
    }

    /// <summary>Stemmed content-word TF-IDF vectors; IDF is over the story's sentences, so it favours distinctive words.</summary>
    private static SparseVector[] Vectorise(List<SummaryCandidate> candidates)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var termCounts = new List<Dictionary<int, int>>(candidates.Count);
        var documentFrequency = new List<int>();
        foreach (var candidate in candidates)
        {
            var counts = new Dictionary<int, int>();
            foreach (var token in WordTokenizer.Tokenize(candidate.Text))
            {
                if (!WordTokenizer.IsWordChar(token.Text[0]))
                {
                    continue;
                }

                var word = token.Text.ToLowerInvariant();
                if (StopWords.Contains(word))
                {
                    continue;
                }

                var term = PorterStemmer.Stem(word);
                if (!ids.TryGetValue(term, out var id))
                {
                    id = ids.Count;
                    ids[term] = id;
                    documentFrequency.Add(0);
                }

                if (!counts.TryGetValue(id, out var count))
                {
                    documentFrequency[id]++;
                }

                counts[id] = count + 1;
            }

            termCounts.Add(counts);
        }

        var n = candidates.Count;
        return
        [
            .. termCounts.Select(counts => SparseVector.Normalised(new SortedDictionary<int, double>(
                counts.ToDictionary(c => c.Key, c => (1 + Math.Log(c.Value)) * Math.Log((n + 1.0) / documentFrequency[c.Key]))))),
        ];
    }

    private static double[,] SimilarityMatrix(SparseVector[] vectors)
    {
        var n = vectors.Length;
        var matrix = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            matrix[i, i] = 1;
            for (var j = i + 1; j < n; j++)
            {
                matrix[i, j] = matrix[j, i] = vectors[i].Dot(vectors[j]);
            }
        }

        return matrix;
    }

    private double[,]? EmbeddingMatrix(List<SummaryCandidate> candidates)
    {
        if (embedder is null)
        {
            return null;
        }

        var embeddings = embedder.Embed([.. candidates.Select(c => c.Text)]);
        var n = candidates.Count;
        var matrix = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            matrix[i, i] = 1;
            for (var j = i + 1; j < n; j++)
            {
                var dot = 0.0;
                var a = embeddings[i];
                var b = embeddings[j];
                for (var d = 0; d < Math.Min(a.Length, b.Length); d++)
                {
                    dot += a[d] * b[d];
                }

                matrix[i, j] = matrix[j, i] = dot;
            }
        }

        return matrix;
    }

    private static double[,] Blend(double[,] lexical, double[,] semantic)
    {
        var n = lexical.GetLength(0);
        var matrix = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                matrix[i, j] = (lexical[i, j] + Math.Max(0, semantic[i, j])) / 2;
            }
        }

        return matrix;
    }

    /// <summary>For each candidate, the other articles holding an equivalent sentence, in input order.</summary>
    private List<int>[] Equivalents(List<SummaryCandidate> candidates, double[,] lexical, double[,]? semantic, int articleCount)
    {
        var result = new List<int>[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var found = new bool[articleCount];
            for (var j = 0; j < candidates.Count; j++)
            {
                var other = candidates[j].ArticleIndex;
                if (other == candidates[i].ArticleIndex || found[other])
                {
                    continue;
                }

                found[other] = lexical[i, j] >= options.SupportThreshold
                    || (semantic is not null && semantic[i, j] >= options.EmbeddingSupportThreshold);
            }

            result[i] = [.. Enumerable.Range(0, articleCount).Where(a => found[a])];
        }

        return result;
    }

    private double[] Salience(
        List<SummaryCandidate> candidates, double[,] similarity, List<int>[] equivalents, int articleCount, IReadOnlyList<SupportedSpan> support)
    {
        var centrality = LexRank(similarity);
        var maxCentrality = centrality.Max();
        var topicality = Topicality(candidates, similarity, articleCount);
        // Each sentence is compared with its own article's claims only: a story of thousands of articles has claims by the
        // tens of thousands.
        var supportOf = support.GroupBy(s => s.Span.Article).ToDictionary(g => g.Key, g => g.ToList());
        var origins = candidates.Select(c => Origins(c.Span, supportOf.GetValueOrDefault(c.Span.Article) ?? [])).ToArray();
        var maxOrigins = origins.Max();
        var salience = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var position = 1.0 / Math.Sqrt(candidates[i].Position + 1);
            var recurrence = articleCount > 1 ? (double)equivalents[i].Count / (articleCount - 1) : 0;
            var backing = maxOrigins > 0 ? Math.Log(1 + origins[i]) / Math.Log(1 + maxOrigins) : 0;
            // Centrality and the lead prior only count as much as the article is on topic: an off-topic page's
            // sentences are central among themselves and it has a lead of its own.
            salience[i] = (topicality[candidates[i].ArticleIndex]
                    * ((options.CentralityWeight * (maxCentrality > 0 ? centrality[i] / maxCentrality : 0)) + (options.PositionWeight * position)))
                + (options.CrossDocumentWeight * recurrence)
                + (options.SupportWeight * backing);
        }

        return salience;
    }

    /// <summary>
    /// How much each article is about the story, relative to the most on-topic one: the mean, over its sentences, of
    /// the best similarity to another article's sentence. A page that is all furniture, or a stray article, shares
    /// nothing with the rest. A story of one article is wholly on topic.
    /// </summary>
    private static double[] Topicality(List<SummaryCandidate> candidates, double[,] similarity, int articleCount)
    {
        var sums = new double[articleCount];
        var counts = new int[articleCount];
        for (var i = 0; i < candidates.Count; i++)
        {
            var best = 0.0;
            for (var j = 0; j < candidates.Count; j++)
            {
                if (candidates[j].ArticleIndex != candidates[i].ArticleIndex)
                {
                    best = Math.Max(best, similarity[i, j]);
                }
            }

            sums[candidates[i].ArticleIndex] += best;
            counts[candidates[i].ArticleIndex]++;
        }

        var means = sums.Select((sum, a) => counts[a] > 0 ? sum / counts[a] : 0).ToArray();
        var max = means.Max();
        return max > 0 && articleCount > 1 ? [.. means.Select(m => m / max)] : [.. means.Select(_ => 1.0)];
    }

    private static int Origins(Span sentence, IReadOnlyList<SupportedSpan> support)
    {
        var best = 0;
        foreach (var supported in support)
        {
            var span = supported.Span;
            if (span.Article != sentence.Article)
            {
                continue;
            }

            // The claim must lie mostly inside the sentence: a claim spanning a paragraph says little about one line.
            var overlap = Math.Min(span.End, sentence.End) - Math.Max(span.Start, sentence.Start);
            if (overlap > 0 && overlap * 2 >= Math.Min(span.Length, sentence.Length))
            {
                best = Math.Max(best, supported.Origins);
            }
        }

        return best;
    }

    private static double[] LexRank(double[,] similarity)
    {
        var n = similarity.GetLength(0);
        var rowSums = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i != j && similarity[i, j] >= EdgeThreshold)
                {
                    rowSums[i] += similarity[i, j];
                }
            }
        }

        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        var next = new double[n];
        for (var iteration = 0; iteration < PowerIterations; iteration++)
        {
            var dangling = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (rowSums[i] == 0)
                {
                    dangling += rank[i];
                }
            }

            for (var j = 0; j < n; j++)
            {
                var flow = 0.0;
                for (var i = 0; i < n; i++)
                {
                    if (i != j && rowSums[i] > 0 && similarity[i, j] >= EdgeThreshold)
                    {
                        flow += rank[i] * similarity[i, j] / rowSums[i];
                    }
                }

                next[j] = (Damping / n) + ((1 - Damping) * (flow + (dangling / n)));
            }

            (rank, next) = (next, rank);
        }

        return rank;
    }

    private List<int> Select(List<SummaryCandidate> candidates, double[,] similarity, double[] salience)
    {
        var maxSalience = salience.Max();
        var chosen = new List<int>();
        var available = Enumerable.Range(0, candidates.Count).ToHashSet();
        var wordsLeft = options.WordBudget ?? int.MaxValue;
        double? firstScore = null;
        while (available.Count > 0)
        {
            var best = -1;
            var bestScore = double.NegativeInfinity;
            foreach (var i in available)
            {
                var redundancy = chosen.Count == 0 ? 0 : chosen.Max(c => similarity[i, c]);
                var score = (options.Lambda * (maxSalience > 0 ? salience[i] / maxSalience : 0)) - ((1 - options.Lambda) * redundancy);
                if (score > bestScore)
                {
                    (best, bestScore) = (i, score);
                }
            }

            available.Remove(best);
            if (chosen.Count > 0 && chosen.Max(c => similarity[best, c]) >= options.RedundancyThreshold)
            {
                continue;
            }

            if (options.WordBudget is not null)
            {
                if (candidates[best].Words > wordsLeft)
                {
                    continue;
                }

                wordsLeft -= candidates[best].Words;
                chosen.Add(best);
                if (wordsLeft < options.MinWords)
                {
                    break;
                }

                continue;
            }

            firstScore ??= bestScore;
            // Past the minimum, a sentence earns its place only while it is nearly as salient and novel as the first.
            if (chosen.Count >= options.MinSentences && bestScore < firstScore.Value * 0.5)
            {
                break;
            }

            chosen.Add(best);
            if (chosen.Count >= options.MaxSentences)
            {
                break;
            }
        }

        return chosen;
    }
}
