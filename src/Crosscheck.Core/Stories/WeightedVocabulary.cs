using System.Runtime.InteropServices;

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

    /// <summary>Counts one more document, given its term counts; returns them by term id.</summary>
    public (int Id, int Count)[] AddDocument(IReadOnlyList<KeyValuePair<string, int>> terms)
    {
        var counts = new (int Id, int Count)[terms.Count];
        for (var i = 0; i < terms.Count; i++)
        {
            var (term, count) = terms[i];
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, term, out var known);
            if (!known)
            {
                id = ids.Count - 1;
                documentFrequency.Add(0);
            }

            documentFrequency[id]++;
            counts[i] = (id, count);
        }

        documents++;
        return counts;
    }

    /// <summary>Sublinear term frequency times the IDF of the documents seen so far, as a unit vector.</summary>
    public SparseVector Weigh((int Id, int Count)[] counts)
    {
        var ids = new int[counts.Length];
        var weights = new double[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var (id, count) = counts[i];
            ids[i] = id;
            weights[i] = (1 + Math.Log(count)) * Idf(id);
        }

        return SparseVector.FromWeights(ids, weights);
    }

    public double Idf(int id)
    {
        var idf = Math.Log((documents + PriorDocuments) / (documentFrequency[id] + 1.0));
        return idf * idf;
    }
}
