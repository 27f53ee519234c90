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
    public Dictionary<int, int> AddDocument(IEnumerable<string> terms)
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

        return counts;
    }

    /// <summary>Sublinear term frequency times the IDF of the documents seen so far, as a unit vector.</summary>
    public SparseVector Weigh(Dictionary<int, int> counts)
    {
        var weights = new List<(int, double)>(counts.Count);
        foreach (var (id, count) in counts)
        {
            weights.Add((id, (1 + Math.Log(count)) * Idf(id)));
        }

        return SparseVector.FromWeights(weights);
    }

    // A prior of PriorDocuments documents in which no term occurs keeps IDF near flat until the stream has seen enough
    // to tell rare from common: in a batch of five reports on one event, a term in all five is the event itself.
    // Squaring favours the rare names and words that tell one story from its neighbours over the topic words
    // ("president", "election") that whole beats share.
    public double Idf(int id)
    {
        var idf = Math.Log((documents + PriorDocuments) / (documentFrequency[id] + 1.0));
        return idf * idf;
    }
}
