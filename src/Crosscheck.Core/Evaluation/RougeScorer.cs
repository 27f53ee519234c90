using System.Collections.Immutable;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Evaluation;

/// <summary>
/// ROUGE as computed by ROUGE-1.5.5 with -m (the setting behind the Multi-News and most news-summarisation
/// figures): text is lower-cased, every run of characters outside [a-z0-9] is a separator, tokens longer than
/// three characters are Porter-stemmed. ROUGE-N is the F of clipped n-gram overlap. ROUGE-L is summary-level:
/// for each reference sentence, the union of its longest common subsequences with every candidate sentence,
/// with hits clipped by the tokens' counts (ROUGE-1.5.5's LCS_union, which rouge-score calls "rougeLsum");
/// on one-sentence inputs it is the plain LCS F.
/// </summary>
public sealed class RougeScorer
{
    private readonly bool stem;

    public RougeScorer(bool stem = true) => this.stem = stem;

    /// <summary>Scores texts split into sentences by <see cref="SentenceSplitter"/>.</summary>
    public RougeScores Score(string candidate, string reference) =>
        Score(
            SentenceSplitter.Split(candidate).Select(s => s.Text).ToArray(),
            SentenceSplitter.Split(reference).Select(s => s.Text).ToArray());

    public RougeScores Score(IReadOnlyList<string> candidateSentences, IReadOnlyList<string> referenceSentences)
    {
        ArgumentNullException.ThrowIfNull(candidateSentences);
        ArgumentNullException.ThrowIfNull(referenceSentences);
        var candidate = candidateSentences.Select(Tokenize).Where(s => s.Length > 0).ToArray();
        var reference = referenceSentences.Select(Tokenize).Where(s => s.Length > 0).ToArray();
        var candidateTokens = candidate.SelectMany(s => s).ToArray();
        var referenceTokens = reference.SelectMany(s => s).ToArray();
        return new RougeScores(
            NGramScore(candidateTokens, referenceTokens, 1),
            NGramScore(candidateTokens, referenceTokens, 2),
            UnionLcsScore(candidate, reference, candidateTokens, referenceTokens));
    }

    public ImmutableArray<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ImmutableArray.CreateBuilder<string>();
        var buffer = new System.Text.StringBuilder();
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                buffer.Append(c);
                continue;
            }

            Flush();
        }

        Flush();
        return tokens.ToImmutable();

        void Flush()
        {
            if (buffer.Length == 0)
            {
                return;
            }

            var token = buffer.ToString();
            buffer.Clear();
            tokens.Add(stem && token.Length > 3 ? PorterStemmer.Stem(token) : token);
        }
    }

    private static RougeScore NGramScore(string[] candidate, string[] reference, int n)
    {
        var candidateCounts = NGramCounts(candidate, n);
        var referenceCounts = NGramCounts(reference, n);
        var hits = 0;
        foreach (var (gram, count) in candidateCounts)
        {
            if (referenceCounts.TryGetValue(gram, out var referenceCount))
            {
                hits += Math.Min(count, referenceCount);
            }
        }

        return RougeScore.FromCounts(hits, Math.Max(0, candidate.Length - n + 1), Math.Max(0, reference.Length - n + 1));
    }

    private static Dictionary<string, int> NGramCounts(string[] tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Length; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens, i, n);
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }

        return counts;
    }

    private static RougeScore UnionLcsScore(
        ImmutableArray<string>[] candidate, ImmutableArray<string>[] reference, string[] candidateTokens, string[] referenceTokens)
    {
        // Each token may be credited at most as often as it occurs on both sides, so repeated reference sentences
        // cannot match the same candidate words twice over.
        var candidateLeft = Counts(candidateTokens);
        var referenceLeft = Counts(referenceTokens);
        var hits = 0;
        foreach (var referenceSentence in reference)
        {
            var union = new SortedSet<int>();
            foreach (var candidateSentence in candidate)
            {
                union.UnionWith(LcsIndices(referenceSentence, candidateSentence));
            }

            foreach (var index in union)
            {
                var token = referenceSentence[index];
                if (candidateLeft.GetValueOrDefault(token) > 0 && referenceLeft.GetValueOrDefault(token) > 0)
                {
                    hits++;
                    candidateLeft[token]--;
                    referenceLeft[token]--;
                }
            }
        }

        return RougeScore.FromCounts(hits, candidateTokens.Length, referenceTokens.Length);
    }

    private static Dictionary<string, int> Counts(string[] tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }

    /// <summary>Indices into <paramref name="reference"/> of one longest common subsequence with <paramref name="candidate"/>.</summary>
    private static List<int> LcsIndices(ImmutableArray<string> reference, ImmutableArray<string> candidate)
    {
        var rows = reference.Length;
        var columns = candidate.Length;
        var table = new int[rows + 1, columns + 1];
        for (var i = 1; i <= rows; i++)
        {
            for (var j = 1; j <= columns; j++)
            {
                table[i, j] = string.Equals(reference[i - 1], candidate[j - 1], StringComparison.Ordinal)
                    ? table[i - 1, j - 1] + 1
                    : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        var indices = new List<int>(table[rows, columns]);
        var r = rows;
        var c = columns;
        while (r > 0 && c > 0)
        {
            if (string.Equals(reference[r - 1], candidate[c - 1], StringComparison.Ordinal))
            {
                indices.Add(r - 1);
                r--;
                c--;
            }
            else if (table[r - 1, c] >= table[r, c - 1])
            {
                r--;
            }
            else
            {
                c--;
            }
        }

        return indices;
    }
}
