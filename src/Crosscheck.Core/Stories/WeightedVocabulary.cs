namespace Crosscheck.Core.Stories;

/// <summary>
/// Term ids and document frequencies that grow as articles stream in, so IDF is always that of the articles seen so
/// far: no second pass, and a term that turns common later stops counting as distinctive from then on. Counts are
/// kept apart from weights so that a document can be weighed again once more of the stream has been seen.
/// </summary>
internal sealed class WeightedVocabulary
{
    private const double PriorDocuments = 20;

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<int> documentFrequency = [];
    private int documents;

    /// <summary>Counts one more document; returns its term counts by term id.</summary>
    public (int Id, int Count)[] AddDocument(IEnumerable<string> terms)
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

        return [.. counts.Select(c => (c.Key, c.Value))];
    }

    /// <summary>Sublinear term frequency times the IDF of the documents seen so far, as a unit vector.</summary>
    public SparseVector Weigh((int Id, int Count)[] counts)
    {
        var weights = new List<(int, double)>(counts.Length);
        foreach (var (id, count) in counts)
        {
            weights.Add((id, (1 + Math.Log(count)) * Idf(id)));
        }

        return SparseVector.FromWeights(weights);
    }

    public double Idf(int id)
    {
        var idf = Math.Log((documents + PriorDocuments) / (documentFrequency[id] + 1.0));
        return idf * idf;
    }
}
