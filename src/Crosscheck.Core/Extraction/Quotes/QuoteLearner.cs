using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Crosscheck.Core.Evaluation;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// Learns the weights of <see cref="QuoteClassifier"/> from annotated articles with an averaged perceptron: every
/// quotation candidate the extractor's rules find (framed or not) is a positive example when its content matches an
/// annotated direct quote by the scorer's own rule (<see cref="AttributionScorer.ContentMatches"/>), a negative one
/// otherwise. Features seen fewer than <c>minCount</c> times are dropped, which keeps the weights small and stops the
/// model from memorising single articles.
/// </summary>
public static class QuoteLearner
{
    public static ImmutableSortedDictionary<string, double> Learn(
        IEnumerable<(string Text, ImmutableArray<AnnotatedAttribution> Gold)> articles, int epochs = 10, int minCount = 3)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var extractor = new QuoteExtractor(options: QuoteExtractorOptions.Default);
        var examples = new List<(string[] Features, bool Positive)>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (text, gold) in articles)
        {
            var direct = gold.Where(g => g.IsDirect).Select(g => g.Content).ToList();
            foreach (var candidate in extractor.Candidates(text))
            {
                var content = candidate.Content.Select(p => new CharRange(p.Start, p.End)).ToImmutableArray();
                examples.Add(([.. candidate.Features], direct.Any(g => AttributionScorer.ContentMatches(g, content))));
                foreach (var feature in candidate.Features)
                {
                    counts[feature] = counts.GetValueOrDefault(feature) + 1;
                }
            }
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, examples.Count).ToArray();

        // A fixed seed: the same data gives the same weights.
        var random = new Random(17);
        var step = 1;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (features, positive) = examples[i];
                var kept = features.Where(f => counts[f] >= minCount).ToArray();
                var score = kept.Sum(f => weights.GetValueOrDefault(f));
                if ((score > 0) != positive)
                {
                    var delta = positive ? 1.0 : -1.0;
                    foreach (var feature in kept)
                    {
                        weights[feature] = weights.GetValueOrDefault(feature) + delta;
                        totals[feature] = totals.GetValueOrDefault(feature) + (step * delta);
                    }
                }

                step++;
            }
        }

        // The averaged weight, w - (sum of step * update) / steps, without keeping a copy per step.
        return weights
            .Select(pair => (pair.Key, Value: Math.Round(pair.Value - (totals[pair.Key] / step), 4)))
            .Where(pair => pair.Value != 0)
            .ToImmutableSortedDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
    }

    /// <summary>One line per feature, "feature TAB weight", after a comment saying where the weights came from.</summary>
    public static string Format(IEnumerable<KeyValuePair<string, double>> weights, string provenance)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var builder = new StringBuilder();
        builder.Append("# ").Append(provenance).Append('\n');
        builder.Append("# feature\tweight\n");
        foreach (var (feature, weight) in weights)
        {
            builder.Append(feature).Append('\t').Append(weight.ToString("0.####", CultureInfo.InvariantCulture)).Append('\n');
        }

        return builder.ToString();
    }
}
