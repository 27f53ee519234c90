using System.Collections.Immutable;

namespace Crosscheck.Core.Evaluation;

/// <summary>
/// Scores predicted attributions against gold ones. A prediction matches a gold attribution when their contents
/// overlap by at least half the length of the longer (discontinuous spans count as the set of their characters);
/// pairs are matched one to one, largest overlap first. Direct quotes are scored among themselves (direct predictions
/// against direct gold), all attributions among all. On matched direct quotes the source is right when the predicted
/// source overlaps the gold source, or when both are missing.
/// </summary>
public static class AttributionScorer
{
    public static AttributionScores Score(
        IEnumerable<(ImmutableArray<AnnotatedAttribution> Gold, ImmutableArray<AnnotatedAttribution> Predicted)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        int count = 0, goldDirect = 0, predictedDirect = 0, matchedDirect = 0, goldAll = 0, predictedAll = 0, matchedAll = 0, rightSource = 0;
        foreach (var (gold, predicted) in articles)
        {
            count++;
            var gd = gold.Where(a => a.IsDirect).ToList();
            var pd = predicted.Where(a => a.IsDirect).ToList();
            goldDirect += gd.Count;
            predictedDirect += pd.Count;
            foreach (var (g, p) in Match(gd, pd))
            {
                matchedDirect++;
                rightSource += SourceAgrees(g, p) ? 1 : 0;
            }

            goldAll += gold.Length;
            predictedAll += predicted.Length;
            matchedAll += Match([.. gold], [.. predicted]).Count;
        }

        var (dp, dr, df) = Prf(matchedDirect, predictedDirect, goldDirect);
        var (ap, ar, af) = Prf(matchedAll, predictedAll, goldAll);
        var speaker = matchedDirect == 0 ? 0 : (double)rightSource / matchedDirect;
        return new AttributionScores(dp, dr, df, ap, ar, af, speaker, count, goldDirect, predictedDirect, goldAll, predictedAll);
    }

    /// <summary>Characters two range sets share.</summary>
    public static int Overlap(ImmutableArray<CharRange> a, ImmutableArray<CharRange> b)
    {
        var shared = 0;
        foreach (var x in Merge(a))
        {
            foreach (var y in Merge(b))
            {
                shared += Math.Max(0, Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start));
            }
        }

        return shared;
    }

    public static bool ContentMatches(ImmutableArray<CharRange> a, ImmutableArray<CharRange> b)
    {
        var longer = Math.Max(Size(a), Size(b));
        return longer > 0 && 2 * Overlap(a, b) >= longer;
    }

    private static List<(AnnotatedAttribution Gold, AnnotatedAttribution Predicted)> Match(List<AnnotatedAttribution> gold, List<AnnotatedAttribution> predicted)
    {
        var candidates = new List<(int Overlap, int G, int P)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (ContentMatches(gold[g].Content, predicted[p].Content))
                {
                    candidates.Add((Overlap(gold[g].Content, predicted[p].Content), g, p));
                }
            }
        }

        candidates.Sort((x, y) => y.Overlap != x.Overlap ? y.Overlap.CompareTo(x.Overlap) : x.G != y.G ? x.G.CompareTo(y.G) : x.P.CompareTo(y.P));
        var usedGold = new bool[gold.Count];
        var usedPredicted = new bool[predicted.Count];
        var pairs = new List<(AnnotatedAttribution, AnnotatedAttribution)>();
        foreach (var (_, g, p) in candidates)
        {
            if (!usedGold[g] && !usedPredicted[p])
            {
                usedGold[g] = usedPredicted[p] = true;
                pairs.Add((gold[g], predicted[p]));
            }
        }

        return pairs;
    }

    private static bool SourceAgrees(AnnotatedAttribution gold, AnnotatedAttribution predicted) =>
        (gold.Source.IsDefaultOrEmpty && predicted.Source.IsDefaultOrEmpty)
        || (!gold.Source.IsDefaultOrEmpty && !predicted.Source.IsDefaultOrEmpty && Overlap(gold.Source, predicted.Source) > 0);

    private static int Size(ImmutableArray<CharRange> ranges) => Merge(ranges).Sum(r => r.Length);

    // Overlapping fragments of one span are counted once.
    private static List<CharRange> Merge(ImmutableArray<CharRange> ranges)
    {
        var merged = new List<CharRange>();
        if (ranges.IsDefaultOrEmpty)
        {
            return merged;
        }

        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, range.End) };
            }
            else if (range.Length > 0)
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private static (double Precision, double Recall, double F1) Prf(int matched, int predicted, int gold)
    {
        var precision = predicted == 0 ? 0 : (double)matched / predicted;
        var recall = gold == 0 ? 0 : (double)matched / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }
}
