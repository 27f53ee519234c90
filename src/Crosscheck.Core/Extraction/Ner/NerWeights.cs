namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// The weights of one tagging pass: a hashed table of feature rows with one weight per label, and first-order
/// label transitions (with start and end scores). Decoding is Viterbi restricted to well-formed BILOU sequences.
/// Only rows with a non-zero weight are kept (the table is mostly empty), found through a row index.
/// Read-only once built, so one instance serves any number of threads.
/// </summary>
internal sealed class NerWeights
{
    private readonly Dictionary<int, int> rowOffsets;
    private readonly float[] packed;

    private NerWeights(NerLabels labels, int hashBits, Dictionary<int, int> rowOffsets, float[] packed, float[] transitions)
    {
        Labels = labels;
        HashBits = hashBits;
        Transitions = transitions;
        this.rowOffsets = rowOffsets;
        this.packed = packed;
    }

    /// <summary>From a dense table, Emissions[row * L + label], as training holds it.</summary>
    public static NerWeights FromDense(NerLabels labels, int hashBits, float[] emissions, float[] transitions)
    {
        var l = labels.Count;
        return FromRows(
            labels,
            hashBits,
            Enumerable.Range(0, emissions.Length / l)
                .Where(row => emissions.AsSpan(row * l, l).ContainsAnyExcept(0f))
                .Select(row => (row, (ReadOnlyMemory<float>)emissions.AsMemory(row * l, l))),
            transitions);
    }

    public static NerWeights FromRows(
        NerLabels labels, int hashBits, IEnumerable<(int Row, ReadOnlyMemory<float> Weights)> rows, float[] transitions)
    {
        var rowOffsets = new Dictionary<int, int>();
        var values = new List<float>();
        foreach (var (row, weights) in rows)
        {
            rowOffsets[row] = values.Count;
            values.AddRange(weights.Span);
        }

        return new NerWeights(labels, hashBits, rowOffsets, [.. values], transitions);
    }

    public NerLabels Labels { get; }

    public int HashBits { get; }

    /// <summary>Transitions[from * L + to], then L start scores, then L end scores.</summary>
    public float[] Transitions { get; }

    /// <summary>The rows with a non-zero weight, in ascending order, with their weights.</summary>
    public IEnumerable<(int Row, ReadOnlyMemory<float> Weights)> Rows =>
        rowOffsets.OrderBy(p => p.Key).Select(p => (p.Key, new ReadOnlyMemory<float>(packed, p.Value, Labels.Count)));

    public static int TransitionLength(int labelCount) => (labelCount * labelCount) + (2 * labelCount);

    public int[] Decode(int[][] tokenFeatures)
    {
        var l = Labels.Count;
        var scores = new float[tokenFeatures.Length * l];
        for (var i = 0; i < tokenFeatures.Length; i++)
        {
            var row = scores.AsSpan(i * l, l);
            foreach (var feature in tokenFeatures[i])
            {
                if (rowOffsets.TryGetValue(feature, out var offset))
                {
                    Add(row, packed.AsSpan(offset, l));
                }
            }
        }

        return Viterbi(scores, tokenFeatures.Length, Transitions, Labels);
    }

    /// <summary>Decodes with a dense weight table (Emissions[row * L + label]), as training holds it.</summary>
    public static int[] Decode(int[][] tokenFeatures, float[] emissions, float[] transitions, NerLabels labels)
    {
        var l = labels.Count;
        var scores = new float[tokenFeatures.Length * l];
        for (var i = 0; i < tokenFeatures.Length; i++)
        {
            var row = scores.AsSpan(i * l, l);
            foreach (var feature in tokenFeatures[i])
            {
                Add(row, emissions.AsSpan(feature * l, l));
            }
        }

        return Viterbi(scores, tokenFeatures.Length, transitions, labels);
    }

    private static void Add(Span<float> row, ReadOnlySpan<float> weights)
    {
        for (var k = 0; k < row.Length; k++)
        {
            row[k] += weights[k];
        }
    }

    private static int[] Viterbi(float[] scores, int n, float[] transitions, NerLabels labels)
    {
        var l = labels.Count;
        var result = new int[n];
        if (n == 0)
        {
            return result;
        }

        var best = new float[n * l];
        var back = new int[n * l];
        var startOffset = l * l;
        var endOffset = startOffset + l;
        for (var k = 0; k < l; k++)
        {
            best[k] = labels.AllowedStart[k] ? scores[k] + transitions[startOffset + k] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var to = 0; to < l; to++)
            {
                var top = float.NegativeInfinity;
                var arg = 0;
                for (var from = 0; from < l; from++)
                {
                    if (!labels.Allowed[(from * l) + to])
                    {
                        continue;
                    }

                    var candidate = best[((i - 1) * l) + from] + transitions[(from * l) + to];
                    if (candidate > top)
                    {
                        top = candidate;
                        arg = from;
                    }
                }

                best[(i * l) + to] = top + scores[(i * l) + to];
                back[(i * l) + to] = arg;
            }
        }

        var last = 0;
        var lastScore = float.NegativeInfinity;
        for (var k = 0; k < l; k++)
        {
            var candidate = labels.AllowedEnd[k] ? best[((n - 1) * l) + k] + transitions[endOffset + k] : float.NegativeInfinity;
            if (candidate > lastScore)
            {
                lastScore = candidate;
                last = k;
            }
        }

        result[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
        {
            result[i - 1] = back[(i * l) + result[i]];
        }

        return result;
    }
}
