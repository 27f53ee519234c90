namespace Crosscheck.Core.Evaluation;

/// <summary>
/// Scores a clustering against gold labels. B-cubed (Bagga and Baldwin 1998) averages, over documents, the share of
/// the document's predicted cluster that shares its gold label (precision) and the share of its gold cluster found
/// in its predicted cluster (recall). Pairwise counts document pairs put together by both, by either.
/// </summary>
public static class ClusteringScorer
{
    public static ClusteringScores Score<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted)
        where TGold : notnull
        where TPredicted : notnull
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted labels must cover the same documents.", nameof(predicted));
        }

        var n = gold.Count;
        if (n == 0)
        {
            return new ClusteringScores(1, 1, 1, 1, 1, 1, 0, 0);
        }

        var joint = new Dictionary<(TGold, TPredicted), long>();
        var goldSizes = new Dictionary<TGold, long>();
        var predictedSizes = new Dictionary<TPredicted, long>();
        for (var i = 0; i < n; i++)
        {
            joint[(gold[i], predicted[i])] = joint.GetValueOrDefault((gold[i], predicted[i])) + 1;
            goldSizes[gold[i]] = goldSizes.GetValueOrDefault(gold[i]) + 1;
            predictedSizes[predicted[i]] = predictedSizes.GetValueOrDefault(predicted[i]) + 1;
        }

        // Each document in cell (g, p) has |cell| / |p| precision and |cell| / |g| recall.
        double precision = 0, recall = 0;
        long bothPairs = 0;
        foreach (var ((g, p), count) in joint)
        {
            precision += count * (double)count / predictedSizes[p];
            recall += count * (double)count / goldSizes[g];
            bothPairs += count * (count - 1) / 2;
        }

        precision /= n;
        recall /= n;
        var predictedPairs = predictedSizes.Values.Sum(s => s * (s - 1) / 2);
        var goldPairs = goldSizes.Values.Sum(s => s * (s - 1) / 2);
        var pairPrecision = predictedPairs == 0 ? 1 : bothPairs / (double)predictedPairs;
        var pairRecall = goldPairs == 0 ? 1 : bothPairs / (double)goldPairs;
        return new ClusteringScores(
            precision, recall, F1(precision, recall), pairPrecision, pairRecall, F1(pairPrecision, pairRecall), n, predictedSizes.Count);
    }

    private static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
