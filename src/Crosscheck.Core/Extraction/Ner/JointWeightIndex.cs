using System.Collections.Immutable;
using System.Numerics;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// The weights of every pass, laid out for tagging. Most of a token's features are the same in every pass, so one
/// open-addressing index finds a feature's row once, and the row holds each pass's weights side by side in 16 bits,
/// as the model file stores them: a quarter of the memory of separate float tables, so far fewer cache misses on the
/// lookups that dominate tagging. A weight counts as weight * step, computed as reading the model computes it, so
/// a loaded model scores exactly as its float weights do; a model fresh from training scores as its saved file will.
/// Read-only once built.
/// </summary>
internal sealed class JointWeightIndex
{
    private readonly int stride;
    private readonly float[] steps;
    private readonly short[] weights;
    private readonly RowSlots slots;

    public JointWeightIndex(ImmutableArray<NerWeights> passes)
    {
        stride = passes.IsEmpty ? 0 : passes[0].Stride;
        steps = [.. passes.Select(p => p.QuantisationScale())];
        var rows = passes.SelectMany(p => p.Rows.Select(r => r.Row)).Distinct().Order().ToArray();
        weights = new short[rows.Length * passes.Length * stride];
        var rowStride = passes.Length * stride;
        slots = new RowSlots(rows, r => r * rowStride, rows.Length * 3 / 2);
        for (var r = 0; r < rows.Length; r++)
        {
            var start = r * rowStride;
            for (var p = 0; p < passes.Length; p++)
            {
                var offset = passes[p].OffsetOf(rows[r]);
                if (offset < 0)
                {
                    continue;
                }

                var values = passes[p].Packed.Slice(offset, stride);
                for (var k = 0; k < stride; k++)
                {
                    weights[start + (p * stride) + k] = NerWeights.Quantise(values[k], steps[p]);
                }
            }
        }
    }

    /// <summary>
    /// A row that <see cref="Score"/> takes as already found: a feature's weights start (see <see cref="Find"/>) or
    /// <see cref="Absent"/>, written as a negative number so it cannot be taken for a hashed feature.
    /// </summary>
    public static int Resolved(int start) => start < 0 ? Absent : ~start;

    /// <summary>A resolved row with no weights: the model never saw the feature.</summary>
    public const int Absent = int.MinValue;

    /// <summary>Where a hashed feature's weights start, or -1 when the model has none.</summary>
    public int Find(int feature) => slots.Find(feature);

    /// <summary>
    /// Adds the features' weights for every token to each pass's scores: pass p's scores for token i of the sentence
    /// start at scores[start + p * passLength + i * Stride]. The scores must start at zero. A feature is a hashed row
    /// or one <see cref="Resolved"/> beforehand.
    /// </summary>
    public void Score(SentenceFeatures features, float[] scores, int start, int passLength)
    {
        var width = steps.Length * stride;
        for (var i = 0; i < features.Count; i++)
        {
            foreach (var feature in features.Of(i))
            {
                var at = feature >= 0 ? Find(feature) : feature == Absent ? -1 : ~feature;
                if (at < 0)
                {
                    continue;
                }

                var row = weights.AsSpan(at, width);
                for (var p = 0; p < steps.Length; p++)
                {
                    var target = scores.AsSpan(start + (p * passLength) + (i * stride), stride);
                    NerWeights.AddQuantised(target, row.Slice(p * stride, stride), steps[p]);
                }
            }
        }
    }
}
