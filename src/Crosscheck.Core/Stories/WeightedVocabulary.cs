namespace Crosscheck.Core.Stories;

/// <summary>
/// Term ids and document frequencies that grow as articles stream in, so IDF is always that of the articles seen so
/// far: no second pass, and a term that turns common later stops counting as distinctive from then on.
/// </summary>
internal sealed class WeightedVocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<int> documentFrequency = [];
    private int documents;

    public SparseVector AddDocument(IEnumerable<string> terms)
    {
        var counts = new Dictionary<int, int>();
        foreach (var term in terms)
        {
            if (!ids.TryGetValue(term, out var id))
            {
                id = ids.Count;
                ids.Add(term, id);
                documentFrequency.Add(0);
            }

            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        documents++;
        foreach (var id in counts.Keys)
        {
            documentFrequency[id]++;
        }

        var weights = new List<(int, double)>(counts.Count);
        foreach (var (id, count) in counts)
        {
            weights.Add((id, (1 + Math.Log(count)) * Idf(id)));
        }

        return SparseVector.FromWeights(weights);
    }

    public double Idf(int id) => Math.Log((documents + 1.0) / (documentFrequency[id] + 1.0)) + 1.0;

    /// <summary>Share of the documents seen that contain the term.</summary>
    public double Spread(int id) => documents == 0 ? 0 : documentFrequency[id] / (double)documents;
}
