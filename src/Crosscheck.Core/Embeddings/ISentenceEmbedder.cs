namespace Crosscheck.Core.Embeddings;

/// <summary>
/// Turns sentences or short passages into L2-normalised vectors, so a dot product is their cosine similarity.
/// Stages take it as an optional input: a model is an edge resource, and every stage must still work without one.
/// </summary>
public interface ISentenceEmbedder
{
    int Dimensions { get; }

    float[][] Embed(IReadOnlyList<string> texts);
}
