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

    /// <summary>
    /// Adds the features' weights for every token to each pass's scores: pass p's scores for token i of the sentence
    /// start at scores[start + p * passLength + i * Stride]. The scores must start at zero.
    /// </summary>
    public void Score(SentenceFeatures features, float[] scores, int start, int passLength)
    {
        if (passes.IsEmpty)
        {
            return;
        }

        var stride = passes[0].Stride;
        for (var i = 0; i < features.Count; i++)
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
                        var target = scores.AsSpan(start + (p * passLength) + (i * stride), stride);
                        NerWeights.AddPadded(target, passes[p].Packed.Slice(offset, stride));
                    }
                }
            }
        }
    }
}
