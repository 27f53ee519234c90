using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// The weights of every pass, laid out for tagging. Most of a token's features are the same in every pass, so one
/// open-addressing index finds a feature's row once, and the row holds each pass's weights side by side in 16 bits,
/// as the model file stores them: a quarter of the memory of separate float tables, so far fewer cache misses on the
/// lookups that dominate tagging. A token's scores are sums of these 16-bit weights kept as whole numbers (32 bits, far
/// from overflowing), scaled by the pass's step once before decoding: whole-number sums do not depend on the order
/// the features are added in, so sums made ahead (a word's rows, see <see cref="NerFeatureExtractor"/>) score exactly
/// as the rows added one by one. A model fresh from training scores as its saved file will. Read-only once built.
/// </summary>
internal sealed class JointWeightIndex
{
    private readonly int stride;
    private readonly float[] steps;
    private readonly short[] weights;
    private readonly RowSlots slots;

    // Optimised at its only call: its loop runs over every row of the model (see NerModel.ReadWeights).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public JointWeightIndex(ImmutableArray<NerWeights> passes)
    {
        stride = passes.IsEmpty ? 0 : passes[0].Stride;
        steps = [.. passes.Select(p => p.QuantisationScale())];
        var rows = passes.IsEmpty ? [] : passes[0].RowIds.ToArray();
        for (var p = 1; p < passes.Length; p++)
        {
            rows = Union(rows, passes[p].RowIds);
        }

        weights = new short[rows.Length * passes.Length * stride];
        var rowStride = passes.Length * stride;
        slots = new RowSlots(rows, r => r * rowStride, rows.Length * 3 / 2);

        // Every pass's rows are among the union and ascending as it is: each is found by walking on, not by hashing.
        for (var p = 0; p < passes.Length; p++)
        {
            var ids = passes[p].RowIds;
            var packed = passes[p].Packed;
            var r = 0;
            for (var i = 0; i < ids.Length; i++)
            {
                while (rows[r] != ids[i])
                {
                    r++;
                }

                var values = packed.Slice(i * stride, stride);
                var start = (r * rowStride) + (p * stride);
                for (var k = 0; k < stride; k++)
                {
                    weights[start + k] = NerWeights.Quantise(values[k], steps[p]);
                }
            }
        }
    }

    /// <summary>
    /// Whole-number scores a token takes: each pass's <see cref="NerWeights.Stride"/> scores side by side, pass 0 first.
    /// </summary>
    public int Width => steps.Length * stride;

    // The ascending union of two ascending lists of distinct rows.
    private static int[] Union(int[] a, ReadOnlySpan<int> b)
    {
        var union = new int[a.Length + b.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Length || j < b.Length)
        {
            var next = j >= b.Length || (i < a.Length && a[i] <= b[j]) ? a[i] : b[j];
            union[n++] = next;
            i += i < a.Length && a[i] == next ? 1 : 0;
            j += j < b.Length && b[j] == next ? 1 : 0;
        }

        return union[..n];
    }

    /// <summary>Where a hashed feature's weights start, or -1 when the model has none.</summary>
    public int Find(int feature) => slots.Find(feature);

    /// <summary>Adds a hashed feature's weights of every pass to one token's <see cref="Width"/> scores.</summary>
    public void Add(Span<int> scores, int feature)
    {
        var at = Find(feature);
        if (at >= 0)
        {
            Widen(scores, weights.AsSpan(at, scores.Length));
        }
    }

    /// <summary>Adds one pass's weights of a hashed feature to that pass's <see cref="NerWeights.Stride"/> scores of a token.</summary>
    public void Add(Span<int> scores, int feature, int pass)
    {
        var at = Find(feature);
        if (at >= 0)
        {
            Widen(scores, weights.AsSpan(at + (pass * stride), scores.Length));
        }
    }

    /// <summary>
    /// Adds hashed features' weights of every pass, feature k's to the <see cref="Width"/> scores from scores[at[k]]
    /// (from scores[0] when at is empty). Rows are found a batch at a time before any is added: a lookup usually misses
    /// the cache, and independent lookups wait for memory together rather than in turn.
    /// </summary>
    public void Add(Span<int> scores, ReadOnlySpan<int> features, ReadOnlySpan<int> at)
    {
        Span<int> starts = stackalloc int[Batch];
        for (var first = 0; first < features.Length; first += Batch)
        {
            var count = Math.Min(Batch, features.Length - first);
            for (var k = 0; k < count; k++)
            {
                starts[k] = Find(features[first + k]);
            }

            AddFound(scores, starts[..count], at.IsEmpty ? at : at.Slice(first, count), Width);
        }
    }

    /// <summary>Adds hashed features' weights of every pass to one token's <see cref="Width"/> scores, a batch at a time.</summary>
    public void Add(Span<int> scores, ReadOnlySpan<int> features) => Add(scores, features, []);

    /// <summary>Adds the features of every token, found a batch at a time: token i's <see cref="Width"/> scores start at scores[start + i * Width].</summary>
    public void Score(SentenceFeatures features, Span<int> scores, int start) => Score(features, scores, start, 0, Width, []);

    /// <summary>
    /// Adds one pass's weights of every token's features, found a batch at a time, to that pass's scores of the token
    /// (token i's <see cref="Width"/> scores start at scores[i * Width]); tokens marked in skip (when it is not empty) take none.
    /// </summary>
    public void Score(SentenceFeatures features, Span<int> scores, int pass, ReadOnlySpan<bool> skip) =>
        Score(features, scores, pass * stride, pass * stride, stride, skip);

    // Adds length weights of each feature's row, from weightOffset in it, to token i's scores from scores[start + i * Width].
    private void Score(SentenceFeatures features, Span<int> scores, int start, int weightOffset, int length, ReadOnlySpan<bool> skip)
    {
        var width = Width;
        Span<int> starts = stackalloc int[Batch];
        Span<int> at = stackalloc int[Batch];
        var count = 0;
        for (var i = 0; i < features.Count; i++)
        {
            if (!skip.IsEmpty && skip[i])
            {
                continue;
            }

            foreach (var feature in features.Of(i))
            {
                var found = Find(feature);
                starts[count] = found < 0 ? found : found + weightOffset;
                at[count++] = start + (i * width);
                if (count == Batch)
                {
                    AddFound(scores, starts, at, length);
                    count = 0;
                }
            }
        }

        AddFound(scores, starts[..count], at[..count], length);
    }

    private const int Batch = 64;

    // Adds width weights from each found start (none where it is negative) to the scores from the matching at (0 when at is empty).
    private void AddFound(Span<int> scores, ReadOnlySpan<int> starts, ReadOnlySpan<int> at, int width)
    {
        for (var k = 0; k < starts.Length; k++)
        {
            if (starts[k] >= 0)
            {
                Widen(scores.Slice(at.IsEmpty ? 0 : at[k], width), weights.AsSpan(starts[k], width));
            }
        }
    }

    /// <summary>One pass's scores of n tokens (laid out as <see cref="Score"/> writes them) as the floats decoding reads, Stride a token.</summary>
    public void Scale(ReadOnlySpan<int> scores, int n, int pass, Span<float> target)
    {
        var width = Width;
        var step = steps[pass];
        for (var i = 0; i < n; i++)
        {
            var source = scores.Slice((i * width) + (pass * stride), stride);
            var row = target.Slice(i * stride, stride);
            // The stride is whole vectors; converting and multiplying lane by lane rounds as the scalar loop does.
            if (Vector256.IsHardwareAccelerated)
            {
                ref var from = ref MemoryMarshal.GetReference(source);
                ref var to = ref MemoryMarshal.GetReference(row);
                var factor = Vector256.Create(step);
                for (var k = 0; k < stride; k += Vector256<int>.Count)
                {
                    (Vector256.ConvertToSingle(Vector256.LoadUnsafe(ref from, (nuint)k)) * factor).StoreUnsafe(ref to, (nuint)k);
                }

                continue;
            }

            for (var k = 0; k < stride; k++)
            {
                row[k] = source[k] * step;
            }
        }
    }

    /// <summary>Adds whole-number scores to others of the same length (a multiple of 8); exact whatever the vector width.</summary>
    public static void Sum(Span<int> target, ReadOnlySpan<int> source)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ref var to = ref MemoryMarshal.GetReference(target);
            ref var from = ref MemoryMarshal.GetReference(source);
            for (var k = 0; k < target.Length; k += Vector256<int>.Count)
            {
                (Vector256.LoadUnsafe(ref to, (nuint)k) + Vector256.LoadUnsafe(ref from, (nuint)k)).StoreUnsafe(ref to, (nuint)k);
            }

            return;
        }

        for (var k = 0; k < target.Length; k++)
        {
            target[k] += source[k];
        }
    }

    /// <summary>Adds five score vectors at once (a token's own and its window's), as <see cref="Sum(Span{int}, ReadOnlySpan{int})"/> would one by one.</summary>
    public static void Sum(Span<int> target, ReadOnlySpan<int> a, ReadOnlySpan<int> b, ReadOnlySpan<int> c, ReadOnlySpan<int> d, ReadOnlySpan<int> e)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ref var to = ref MemoryMarshal.GetReference(target);
            ref var ra = ref MemoryMarshal.GetReference(a);
            ref var rb = ref MemoryMarshal.GetReference(b);
            ref var rc = ref MemoryMarshal.GetReference(c);
            ref var rd = ref MemoryMarshal.GetReference(d);
            ref var re = ref MemoryMarshal.GetReference(e);
            for (var k = 0; k < target.Length; k += Vector256<int>.Count)
            {
                var at = (nuint)k;
                var sum = Vector256.LoadUnsafe(ref to, at) + Vector256.LoadUnsafe(ref ra, at) + Vector256.LoadUnsafe(ref rb, at)
                    + Vector256.LoadUnsafe(ref rc, at) + Vector256.LoadUnsafe(ref rd, at) + Vector256.LoadUnsafe(ref re, at);
                sum.StoreUnsafe(ref to, at);
            }

            return;
        }

        for (var k = 0; k < target.Length; k++)
        {
            target[k] += a[k] + b[k] + c[k] + d[k] + e[k];
        }
    }

    private static void Widen(Span<int> target, ReadOnlySpan<short> source)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ref var to = ref MemoryMarshal.GetReference(target);
            ref var from = ref MemoryMarshal.GetReference(source);
            for (var k = 0; k < target.Length; k += Vector256<int>.Count)
            {
                var wide = Vector256.WidenLower(Vector128.LoadUnsafe(ref from, (nuint)k).ToVector256Unsafe());
                (Vector256.LoadUnsafe(ref to, (nuint)k) + wide).StoreUnsafe(ref to, (nuint)k);
            }

            return;
        }

        for (var k = 0; k < target.Length; k++)
        {
            target[k] += source[k];
        }
    }
}
