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
        var norm = Math.Sqrt(weights.Sum(w => w.Weight * w.Weight));
        if (norm == 0)
        {
            return Empty;
        }

        weights.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        return new SparseVector(weights.Select(w => w.Id).ToArray(), weights.Select(w => (float)(w.Weight / norm)).ToArray());
    }
}
