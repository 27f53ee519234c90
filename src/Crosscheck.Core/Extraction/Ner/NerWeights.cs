using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// The weights of one tagging pass: a hashed table of feature rows with one weight per label, and first-order
/// label transitions (with start and end scores). Decoding is Viterbi restricted to well-formed BILOU sequences.
/// Only rows with a non-zero weight are kept (the table is mostly empty), found through an open-addressing index whose
/// slot holds the row and where its weights start, so a lookup costs one cache line; weights are padded to whole
/// vectors so a feature is added to a token's scores with a few SIMD adds.
/// Read-only once built, so one instance serves any number of threads.
/// </summary>
internal sealed class NerWeights
{
    private readonly int[] rowIds;
    private readonly RowSlots slots;
    private readonly float[] packed;
    private readonly int stride;
    // outgoing[from * stride + to]: the transition score from a label into each label, -infinity where not allowed.
    private readonly float[] outgoing;
    // For each vector of labels, the labels allowed before at least one of them: the others cannot win there.
    private readonly int[][] sources;

    private NerWeights(NerLabels labels, int hashBits, int[] rowIds, float[] packed, float[] transitions, float? scale)
    {
        Scale = scale;
        Labels = labels;
        HashBits = hashBits;
        Transitions = transitions;
        this.rowIds = rowIds;
        this.packed = packed;
        stride = PaddedLength(labels.Count);
        var rowStride = stride;
        slots = new RowSlots(rowIds, r => r * rowStride, rowIds.Length * 2);
        var l = labels.Count;
        outgoing = new float[l * stride];
        Array.Fill(outgoing, float.NegativeInfinity);
        for (var to = 0; to < l; to++)
        {
            foreach (var from in labels.Predecessors[to])
            {
                outgoing[(from * stride) + to] = transitions[(from * l) + to];
            }
        }

        sources = new int[stride / Vector256<float>.Count][];
        for (var c = 0; c < sources.Length; c++)
        {
            var first = c * Vector256<float>.Count;
            sources[c] = [.. Enumerable.Range(0, l).Where(from => outgoing.AsSpan((from * stride) + first, Vector256<float>.Count).ContainsAnyExcept(float.NegativeInfinity))];
        }
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
        NerLabels labels, int hashBits, IEnumerable<(int Row, ReadOnlyMemory<float> Weights)> rows, float[] transitions, float? scale = null)
    {
        var stride = PaddedLength(labels.Count);
        var byRow = new SortedDictionary<int, ReadOnlyMemory<float>>();
        foreach (var (row, weights) in rows)
        {
            byRow[row] = weights;
        }

        var packed = new float[byRow.Count * stride];
        var rowIds = new int[byRow.Count];
        var r = 0;
        foreach (var (row, weights) in byRow)
        {
            rowIds[r] = row;
            weights.Span.CopyTo(packed.AsSpan(r * stride));
            r++;
        }

        return new NerWeights(labels, hashBits, rowIds, packed, transitions, scale);
    }

    /// <summary>
    /// From rows read in ascending order, each row's weights at row index × <see cref="PaddedLength"/> in packed, as a
    /// model file stores them: no sorting and no row object each.
    /// </summary>
    public static NerWeights FromPackedRows(NerLabels labels, int hashBits, int[] rowIds, float[] packed, float[] transitions, float scale) =>
        new(labels, hashBits, rowIds, packed, transitions, scale);

    public NerLabels Labels { get; }

    /// <summary>The step of the 16-bit weights these were read from (each weight is a whole number of steps); null when fresh from training.</summary>
    public float? Scale { get; }

    /// <summary>The step to store the weights in 16 bits: the one they were read with, or the largest weight over 32,767.</summary>
    public float QuantisationScale()
    {
        if (Scale is { } scale)
        {
            return scale;
        }

        var max = 0f;
        foreach (var value in packed)
        {
            max = Math.Max(max, Math.Abs(value));
        }

        return max == 0 ? 1f : max / short.MaxValue;
    }

    public static short Quantise(float value, float scale) => (short)Math.Round(value / scale);

    public int HashBits { get; }

    /// <summary>Transitions[from * L + to], then L start scores, then L end scores.</summary>
    public float[] Transitions { get; }

    /// <summary>The rows with a non-zero weight, in ascending order, with their weights.</summary>
    public IEnumerable<(int Row, ReadOnlyMemory<float> Weights)> Rows =>
        rowIds.Select((row, r) => (row, new ReadOnlyMemory<float>(packed, r * stride, Labels.Count)));

    /// <summary>The rows with weights, ascending; row i's weights start at i × <see cref="Stride"/> in <see cref="Packed"/>.</summary>
    public ReadOnlySpan<int> RowIds => rowIds;

    public static int TransitionLength(int labelCount) => (labelCount * labelCount) + (2 * labelCount);

    public int[] Decode(int[][] tokenFeatures)
    {
        var scores = new float[tokenFeatures.Length * stride];
        for (var i = 0; i < tokenFeatures.Length; i++)
        {
            AddRows(scores.AsSpan(i * stride, stride), tokenFeatures[i]);
        }

        return Decode(scores, tokenFeatures.Length, new float[scores.Length], new int[scores.Length]);
    }

    /// <summary>
    /// Decodes one sentence of n tokens from its label scores, Stride floats a token (see <see cref="JointWeightIndex.Scale"/>);
    /// best and back are scratch space of at least n * Stride.
    /// </summary>
    public int[] Decode(ReadOnlySpan<float> scores, int n, float[] best, int[] back) => Decode(scores, n, best, back, []);

    /// <summary>
    /// As <see cref="Decode(ReadOnlySpan{float}, int, float[], int[])"/>, with the tokens whose outsideOnly is true
    /// labelled O: only O is reached there, from its best allowed predecessor (outsideOnly empty: no such token).
    /// </summary>
    public int[] Decode(ReadOnlySpan<float> scores, int n, float[] best, int[] back, ReadOnlySpan<bool> outsideOnly) =>
        Vector256.IsHardwareAccelerated && stride <= 64
            ? ViterbiByVectors(scores, n, best, back, outsideOnly)
            : Viterbi(scores, stride, n, Transitions, Labels, best, back, outsideOnly);

    /// <summary>Where a row's weights start in <see cref="Packed"/>, or -1 when the row has none.</summary>
    public int OffsetOf(int row) => slots.Find(row);

    /// <summary>The weights of every row, <see cref="Stride"/> floats a row, the labels' then zeros.</summary>
    public ReadOnlySpan<float> Packed => packed;

    /// <summary>Floats a row of weights or of a token's scores takes: the label count rounded up to whole vectors.</summary>
    public int Stride => stride;

    public static int PaddedLength(int labelCount) => (labelCount + 7) & ~7;

    private void AddRows(Span<float> row, ReadOnlySpan<int> features)
    {
        foreach (var feature in features)
        {
            var start = slots.Find(feature);
            if (start >= 0)
            {
                AddPadded(row, packed.AsSpan(start, stride));
            }
        }
    }

    // Lane by lane the same float additions as the scalar loop, so scores do not depend on the vector width.
    public static void AddPadded(Span<float> row, ReadOnlySpan<float> weights)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ref var target = ref MemoryMarshal.GetReference(row);
            ref var source = ref MemoryMarshal.GetReference(weights);
            for (var k = 0; k < row.Length; k += Vector256<float>.Count)
            {
                var sum = Vector256.LoadUnsafe(ref target, (nuint)k) + Vector256.LoadUnsafe(ref source, (nuint)k);
                sum.StoreUnsafe(ref target, (nuint)k);
            }

            return;
        }

        Add(row, weights);
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

        return Viterbi(scores, l, tokenFeatures.Length, transitions, labels, new float[scores.Length], new int[scores.Length], []);
    }

    private static void Add(Span<float> row, ReadOnlySpan<float> weights)
    {
        for (var k = 0; k < row.Length; k++)
        {
            row[k] += weights[k];
        }
    }

    /// <summary>
    /// The same search as <see cref="Viterbi"/>, the same labels and scores: each predecessor in ascending order is tried
    /// for a vector of labels at once (the same float additions, -infinity where the pair is not allowed; predecessors
    /// of none of them skipped), and a later one wins only if strictly better, as in the scalar search. best and back
    /// hold Stride values a token.
    /// </summary>
    internal int[] ViterbiByVectors(ReadOnlySpan<float> scores, int n, float[] best, int[] back, ReadOnlySpan<bool> outsideOnly)
    {
        var l = Labels.Count;
        var result = new int[n];
        if (n == 0)
        {
            return result;
        }

        var startOffset = l * l;
        // Padding lanes stay at -infinity, so they never win.
        best.AsSpan(0, n * stride).Fill(float.NegativeInfinity);
        for (var k = 0; k < l; k++)
        {
            best[k] = Labels.AllowedStart[k] && IsOpen(outsideOnly, 0, k) ? scores[k] + Transitions[startOffset + k] : float.NegativeInfinity;
        }

        ref var bestRef = ref MemoryMarshal.GetArrayDataReference(best);
        ref var backRef = ref MemoryMarshal.GetArrayDataReference(back);
        ref var outgoingRef = ref MemoryMarshal.GetArrayDataReference(outgoing);
        ref var scoresRef = ref MemoryMarshal.GetReference(scores);
        for (var i = 1; i < n; i++)
        {
            if (!outsideOnly.IsEmpty && outsideOnly[i])
            {
                // The other labels stay at -infinity, as the fill left them. After a closed token only O has a finite
                // score, so O is the best predecessor, as the search over all of them would find.
                var (top, arg) = outsideOnly[i - 1]
                    ? (best[((i - 1) * stride) + NerLabels.Outside] + Transitions[(NerLabels.Outside * l) + NerLabels.Outside], NerLabels.Outside)
                    : BestInto(NerLabels.Outside, best.AsSpan((i - 1) * stride, l), Transitions, Labels);
                best[(i * stride) + NerLabels.Outside] = top + scores[(i * stride) + NerLabels.Outside];
                back[(i * stride) + NerLabels.Outside] = arg;
                continue;
            }

            ref var previous = ref Unsafe.Add(ref bestRef, (i - 1) * stride);
            if (!outsideOnly.IsEmpty && outsideOnly[i - 1])
            {
                // After a closed token only O has a finite score: every label's best predecessor is O where O may precede
                // it (-infinity from O otherwise), which is what trying every predecessor finds.
                var fromOutside = Vector256.Create(Unsafe.Add(ref previous, NerLabels.Outside));
                for (var c = 0; c < stride; c += Vector256<float>.Count)
                {
                    var at = (nuint)((i * stride) + c);
                    var top = fromOutside + Vector256.LoadUnsafe(ref outgoingRef, (nuint)((NerLabels.Outside * stride) + c));
                    (top + Vector256.LoadUnsafe(ref scoresRef, at)).StoreUnsafe(ref bestRef, at);
                    Vector256.Create(NerLabels.Outside).StoreUnsafe(ref backRef, at);
                }

                continue;
            }

            for (var c = 0; c < stride; c += Vector256<float>.Count)
            {
                var top = Vector256.Create(float.NegativeInfinity);
                var arg = Vector256<int>.Zero;
                foreach (var from in sources[c / Vector256<float>.Count])
                {
                    var candidate = Vector256.Create(Unsafe.Add(ref previous, from)) + Vector256.LoadUnsafe(ref outgoingRef, (nuint)((from * stride) + c));
                    var better = Vector256.GreaterThan(candidate, top);
                    top = Vector256.ConditionalSelect(better, candidate, top);
                    arg = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(from), arg);
                }

                var at = (nuint)((i * stride) + c);
                (top + Vector256.LoadUnsafe(ref scoresRef, at)).StoreUnsafe(ref bestRef, at);
                arg.StoreUnsafe(ref backRef, at);
            }
        }

        return BestPath(result, best, back, stride, Transitions, Labels);
    }

    internal static int[] Viterbi(
        ReadOnlySpan<float> scores, int stride, int n, float[] transitions, NerLabels labels, float[] best, int[] back, ReadOnlySpan<bool> outsideOnly)
    {
        var l = labels.Count;
        var result = new int[n];
        if (n == 0)
        {
            return result;
        }

        var startOffset = l * l;
        for (var k = 0; k < l; k++)
        {
            best[k] = labels.AllowedStart[k] && IsOpen(outsideOnly, 0, k) ? scores[k] + transitions[startOffset + k] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var to = 0; to < l; to++)
            {
                if (!IsOpen(outsideOnly, i, to))
                {
                    best[(i * l) + to] = float.NegativeInfinity;
                    back[(i * l) + to] = 0;
                    continue;
                }

                var (top, arg) = BestInto(to, best.AsSpan((i - 1) * l, l), transitions, labels);
                best[(i * l) + to] = top + scores[(i * stride) + to];
                back[(i * l) + to] = arg;
            }
        }

        return BestPath(result, best, back, l, transitions, labels);
    }

    private static bool IsOpen(ReadOnlySpan<bool> outsideOnly, int i, int label) =>
        label == NerLabels.Outside || outsideOnly.IsEmpty || !outsideOnly[i];

    // The best score of a path into a label from the previous token's (previous holds its label scores), and the
    // predecessor it comes from: the first of equals, predecessors tried in ascending order.
    private static (float Top, int Arg) BestInto(int to, ReadOnlySpan<float> previous, float[] transitions, NerLabels labels)
    {
        var l = labels.Count;
        var top = float.NegativeInfinity;
        var arg = 0;
        foreach (var from in labels.Predecessors[to])
        {
            var candidate = previous[from] + transitions[(from * l) + to];
            if (candidate > top)
            {
                top = candidate;
                arg = from;
            }
        }

        return (top, arg);
    }

    // The best last label (its score and the transition to the end, the first of equals), then each label's stored
    // predecessor back to the start; best and back hold width values a token.
    private static int[] BestPath(int[] result, float[] best, int[] back, int width, float[] transitions, NerLabels labels)
    {
        var l = labels.Count;
        var n = result.Length;
        var endOffset = (l * l) + l;
        var last = 0;
        var lastScore = float.NegativeInfinity;
        for (var k = 0; k < l; k++)
        {
            var candidate = labels.AllowedEnd[k] ? best[((n - 1) * width) + k] + transitions[endOffset + k] : float.NegativeInfinity;
            if (candidate > lastScore)
            {
                lastScore = candidate;
                last = k;
            }
        }

        result[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
        {
            result[i - 1] = back[(i * width) + result[i]];
        }

        return result;
    }
}
