using Crosscheck.Core.Embeddings;

namespace Crosscheck.Core.Reuse;

/// <summary>
/// Sentence embeddings by sentence text for one reuse run: a sentence that copies share, or that an earlier
/// article brings to many candidate pairs, goes through the model once. Bounded: when full it starts afresh,
/// since the sentences of recent articles are the ones that come back.
/// </summary>
internal sealed class SentenceEmbeddingCache(ISentenceEmbedder embedder, int capacity = 200_000)
{
    private Dictionary<string, float[]> vectors = new(StringComparer.Ordinal);

    /// <summary>Embeds the texts not known yet, in one call, and returns the cache to look them up in.</summary>
    public IReadOnlyDictionary<string, float[]> Embed(IEnumerable<string> texts)
    {
        var wanted = texts.Distinct(StringComparer.Ordinal).ToList();
        var missing = wanted.Where(t => !vectors.ContainsKey(t)).ToList();
        if (missing.Count == 0)
        {
            return vectors;
        }

        if (vectors.Count + missing.Count > capacity)
        {
            vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
            missing = wanted;
        }

        var embedded = embedder.Embed(missing);
        for (var i = 0; i < missing.Count; i++)
        {
            vectors[missing[i]] = embedded[i];
        }

        return vectors;
    }
}
