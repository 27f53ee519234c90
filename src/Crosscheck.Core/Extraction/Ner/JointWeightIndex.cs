using System.Collections.Immutable;
using System.Numerics;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// One open-addressing index over the weight rows of every pass. Most of a token's features are the same in every
/// pass, so each is looked up once and its weights for each pass added to that pass's scores, instead of one probe
/// a pass. Read-only once built.
/// </summary>
internal sealed class JointWeightIndex
{
    private readonly ImmutableArray<NerWeights> passes;
    private readonly int[] slots;
    private readonly int width;
    private readonly int slotMask;

    public JointWeightIndex(ImmutableArray<NerWeights> passes)
    {
        this.passes = passes;
        var rows = passes.SelectMany(p => p.Rows.Select(r => r.Row)).Distinct().ToArray();
        // A slot holds the row + 1 (0 when empty), then where the row's weights start in each pass (-1 for none).
        width = 1 + passes.Length;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Length * 2));
        slotMask = capacity - 1;
        slots = new int[capacity * width];
        foreach (var row in rows)
        {
            var slot = row & slotMask;
            while (slots[slot * width] != 0)
            {
                slot = (slot + 1) & slotMask;
            }

            slots[slot * width] = row + 1;
            for (var p = 0; p < passes.Length; p++)
            {
                slots[(slot * width) + 1 + p] = passes[p].OffsetOf(row);
            }
        }
    }

    /// <summary>For each pass, the sum of the features' weights for every token: Stride floats a token.</summary>
    public float[][] Score(SentenceFeatures features)
    {
        var n = features.Count;
        var scores = new float[passes.Length][];
        if (passes.IsEmpty)
        {
            return scores;
        }

        var stride = passes[0].Stride;
        for (var p = 0; p < passes.Length; p++)
        {
            scores[p] = new float[n * stride];
        }

        for (var i = 0; i < n; i++)
        {
            foreach (var feature in features.Of(i))
            {
                var slot = feature & slotMask;
                while (slots[slot * width] is var key && key != 0 && key != feature + 1)
                {
                    slot = (slot + 1) & slotMask;
                }

                if (slots[slot * width] == 0)
                {
                    continue;
                }

                for (var p = 0; p < passes.Length; p++)
                {
                    var offset = slots[(slot * width) + 1 + p];
                    if (offset >= 0)
                    {
                        NerWeights.AddPadded(scores[p].AsSpan(i * stride, stride), passes[p].Packed.Slice(offset, stride));
                    }
                }
            }
        }

        return scores;
    }
}
