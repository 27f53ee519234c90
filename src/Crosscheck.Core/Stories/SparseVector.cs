namespace Crosscheck.Core.Stories;

/// <summary>A unit-length sparse term vector: term ids with weights.</summary>
internal sealed record SparseVector(int[] Ids, float[] Weights)
{
    public static readonly SparseVector Empty = new([], []);

    public bool IsEmpty => Ids.Length == 0;

    public double Dot(Dictionary<int, double> dense)
    {
        var sum = 0.0;
        for (var i = 0; i < Ids.Length; i++)
        {
            if (dense.TryGetValue(Ids[i], out var w))
            {
                sum += Weights[i] * w;
            }
        }

        return sum;
    }

    public static SparseVector FromWeights(List<(int Id, double Weight)> weights)
    {
        var ids = new int[weights.Count];
        var values = new double[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            (ids[i], values[i]) = weights[i];
        }

        return FromWeights(ids, values);
    }

    /// <summary>Normalises the weights and sorts both arrays by weight, heaviest first; takes ownership of the ids.</summary>
    public static SparseVector FromWeights(int[] ids, double[] weights)
    {
        var norm2 = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            norm2 += weights[i] * weights[i];
            weights[i] = -weights[i];
        }

        if (norm2 == 0)
        {
            return Empty;
        }

        Array.Sort(weights, ids);
        var norm = Math.Sqrt(norm2);
        var unit = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            unit[i] = (float)(-weights[i] / norm);
        }

        return new SparseVector(ids, unit);
    }
}
