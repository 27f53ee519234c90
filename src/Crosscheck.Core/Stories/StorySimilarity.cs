using System.Runtime.InteropServices;

namespace Crosscheck.Core.Stories;

/// <summary>
/// How the signals of an article-to-story or story-to-story comparison combine into one score, shared by the
/// streaming pass and the refiner so that both judge sameness alike: a weighted mean of lexical, name and embedding
/// cosines, lowered as the gap in time between the two grows.
/// </summary>
internal static class StorySimilarity
{
    /// <param name="bothName">
    /// Whether both sides name someone or something. When they do and no name is common to them (no entity score): two
    /// stabbings in two cities, two games of one league. Reports of one event almost always share a name, so such a pair
    /// scores only what <see cref="StoryOptions.NamelessShare"/> leaves of its score.
    /// </param>
    public static double Combine(double lexical, double entity, double? embedding, int? gapDays, StoryOptions options, bool bothName = false)
    {
        var score = (options.LexicalWeight * lexical) + (options.EntityWeight * entity);
        var weights = options.LexicalWeight + options.EntityWeight;
        if (embedding is { } e)
        {
            score += options.EmbeddingWeight * Math.Max(0, (e - options.EmbeddingFloor) / (1 - options.EmbeddingFloor));
            weights += options.EmbeddingWeight;
        }

        score /= weights;
        if (bothName && entity <= 0)
        {
            score *= options.NamelessShare;
        }

        if (gapDays is { } days)
        {
            score *= 1 - (options.TimePenalty * Math.Min(1.0, Math.Max(0, days - 1) / (double)Math.Max(1, options.QuietAfterDays)));
        }

        return score;
    }

    /// <summary>Cosine of a unit vector with a sum of unit vectors, given the sum's squared norm.</summary>
    public static double Cosine(SparseVector vector, Dictionary<int, double> sum, double sumNorm2) =>
        sumNorm2 > 0 && !vector.IsEmpty ? vector.Dot(sum) / Math.Sqrt(sumNorm2) : 0;

    /// <summary>
    /// The same cosine, given the vector also written densely by term id: a scan of a sum not much larger than the
    /// vector is cheaper than a hash lookup per term of the vector.
    /// </summary>
    public static double Cosine(SparseVector vector, float[] dense, Dictionary<int, double> sum, double sumNorm2)
    {
        if (sumNorm2 <= 0 || vector.IsEmpty)
        {
            return 0;
        }

        if (sum.Count > 4 * vector.Ids.Length)
        {
            return vector.Dot(sum) / Math.Sqrt(sumNorm2);
        }

        var dot = 0.0;
        foreach (var (id, weight) in sum)
        {
            if ((uint)id < (uint)dense.Length)
            {
                dot += weight * dense[id];
            }
        }

        return dot / Math.Sqrt(sumNorm2);
    }

    public static double Cosine(Dictionary<int, double> a, double aNorm2, Dictionary<int, double> b, double bNorm2)
    {
        if (aNorm2 <= 0 || bNorm2 <= 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (id, w) in small)
        {
            if (large.TryGetValue(id, out var other))
            {
                dot += w * other;
            }
        }

        return dot / Math.Sqrt(aNorm2 * bNorm2);
    }

    public static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na > 0 && nb > 0 ? dot / Math.Sqrt(na * nb) : 0;
    }

    public static double Dot(float[] a, float[] b)
    {
        double dot = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }

    /// <summary>Dot product of a sparse vector with a dense one indexed by term id (ids beyond its end weigh 0).</summary>
    public static double Dot(SparseVector a, float[] dense)
    {
        // Four running sums: one alone would make every term wait for the addition before it, and this loop runs for
        // each recent member of each candidate story of each article.
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var ids = a.Ids;
        var weights = a.Weights;
        var i = 0;
        for (; i + 3 < ids.Length; i += 4)
        {
            s0 += weights[i] * Weight(dense, ids[i]);
            s1 += weights[i + 1] * Weight(dense, ids[i + 1]);
            s2 += weights[i + 2] * Weight(dense, ids[i + 2]);
            s3 += weights[i + 3] * Weight(dense, ids[i + 3]);
        }

        for (; i < ids.Length; i++)
        {
            s0 += weights[i] * Weight(dense, ids[i]);
        }

        return (s0 + s1) + (s2 + s3);
    }

    private static float Weight(float[] dense, int id) => (uint)id < (uint)dense.Length ? dense[id] : 0;

    /// <summary>Writes a sparse vector into a dense scratch array (growing it to hold every id), or a zero sign clears it.</summary>
    public static void Scatter(SparseVector vector, ref float[] dense, float sign = 1)
    {
        var ids = vector.Ids;
        if (sign != 0 && ids.Length > 0)
        {
            var max = ids.Max();
            if (max >= dense.Length)
            {
                Array.Resize(ref dense, Math.Max(max + 1, dense.Length * 2));
            }
        }

        for (var i = 0; i < ids.Length; i++)
        {
            if ((uint)ids[i] < (uint)dense.Length)
            {
                dense[ids[i]] = sign * vector.Weights[i];
            }
        }
    }

    /// <summary>Adds a vector into a running sum (a negative sign takes it out); returns the sum's new squared norm.</summary>
    public static double AddTo(Dictionary<int, double> sum, double norm2, SparseVector vector, double sign = 1) =>
        AddTo(sum, norm2, vector, sign, []);

    /// <summary>
    /// The same, also writing each of the vector's terms' new sum into <paramref name="updated"/> (in the vector's
    /// order, 0 for a term taken out), unless it is empty.
    /// </summary>
    public static double AddTo(Dictionary<int, double> sum, double norm2, SparseVector vector, double sign, Span<double> updated)
    {
        for (var i = 0; i < vector.Ids.Length; i++)
        {
            // One lookup for the read and the write: the sums are large and seldom in cache.
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(sum, vector.Ids[i], out _);
            var old = entry;
            var value = old + (sign * vector.Weights[i]);
            if (Math.Abs(value) < 1e-9)
            {
                sum.Remove(vector.Ids[i]);
                value = 0;
            }
            else
            {
                entry = value;
            }

            norm2 += (value * value) - (old * old);
            if (!updated.IsEmpty)
            {
                updated[i] = value;
            }
        }

        return Math.Max(0, norm2);
    }
}
