using Crosscheck.Core.Embeddings;
using Crosscheck.Embeddings.Onnx;

namespace Crosscheck.Web.Tests;

/// <summary>The web layer over the seeded database with the real sentence-embedding model loaded.</summary>
public sealed class SemanticSearchFactory : ApiFactory
{
    private readonly MiniLmEmbedder embedder = MiniLmEmbedder.TryCreate(null, out var failure)
        ?? throw new InvalidOperationException(failure);

    protected override ISentenceEmbedder? Embedder => embedder;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            embedder.Dispose();
        }
    }
}
