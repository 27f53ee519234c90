namespace Crosscheck.Core.Summaries;

/// <summary>An L2-normalised sparse term vector; terms are sorted ids, so a dot product is one merge.</summary>
internal sealed class SparseVector(int[] terms, double[] weights)
{
    public static readonly SparseVector Empty = new([], []);

    public int[] Terms { get; } = terms;

    public double[] Weights { get; } = weights;

    public bool IsEmpty => Terms.Length == 0;

    public static SparseVector Normalised(SortedDictionary<int, double> weights)
    {
        var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
        if (norm == 0)
        {
            return Empty;
        }

        return new SparseVector([.. weights.Keys], [.. weights.Values.Select(w => w / norm)]);
    }

    public double Dot(SparseVector other)
    {
        var sum = 0.0;
        int i = 0, j = 0;
        while (i < Terms.Length && j < other.Terms.Length)
        {
            var a = Terms[i];
            var b = other.Terms[j];
            if (a == b)
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
