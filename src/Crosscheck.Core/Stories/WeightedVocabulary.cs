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

    private readonly List<int> documentFrequency = [];

    // The id of each number of the term table, one more than the id (0 = not seen yet), so that ids follow the order
    // in which the stream first meets the terms whatever thread numbered them.
    private int[] renumbered = [];
    private int documents;

    /// <summary>
    /// Counts one more document, given its term counts by term-table number in order of first occurrence; returns
    /// them by term id, and also returns what its weights rest on as they stand now (each term's document frequency
    /// and the number of documents), so that it can be weighed later or on another thread as of now.
    /// </summary>
    public (int Id, int Count)[] AddDocument((int Term, int Count)[] terms, out Frequencies seen)
    {
        var counts = new (int Id, int Count)[terms.Length];
        var frequencies = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var (term, count) = terms[i];
            if (term >= renumbered.Length)
            {
                Array.Resize(ref renumbered, Math.Max(term + 1, renumbered.Length * 2));
            }

            ref var id = ref renumbered[term];
            if (id == 0)
            {
                documentFrequency.Add(0);
                id = documentFrequency.Count;
            }

            frequencies[i] = ++CollectionsMarshal.AsSpan(documentFrequency)[id - 1];
            counts[i] = (id - 1, count);
        }

        documents++;
        seen = new Frequencies(frequencies, documents);
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

    /// <summary>The same weighing, on the frequencies a document's terms had when it was added.</summary>
    public static SparseVector Weigh((int Id, int Count)[] counts, Frequencies seen)
    {
        var ids = new int[counts.Length];
        var weights = new double[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var (id, count) = counts[i];
            ids[i] = id;
            weights[i] = (1 + Math.Log(count)) * Idf(seen.Documents, seen.Terms[i]);
        }

        return SparseVector.FromWeights(ids, weights);
    }

    public double Idf(int id) => Idf(documents, documentFrequency[id]);

    private static double Idf(int documents, int frequency)
    {
        var idf = Math.Log((documents + PriorDocuments) / (frequency + 1.0));
        return idf * idf;
    }

    /// <summary>The document frequencies of one document's terms, in the order of its counts, and the documents seen.</summary>
    internal readonly record struct Frequencies(int[] Terms, int Documents);
}
