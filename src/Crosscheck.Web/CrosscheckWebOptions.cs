using Crosscheck.Core.Embeddings;
using Crosscheck.Core.Ingest;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Reports;

namespace Crosscheck.Web;

/// <summary>What the web host needs from its caller: the database, the analysis to rerun after an upload, and limits.</summary>
/// <param name="Analyze">Every analysis stage over all stored articles (the CLI passes its pipeline); the web layer has none of its own.</param>
/// <param name="MaxUploadBytes">Largest request body POST /api/articles accepts; beyond it the answer is 413.</param>
/// <param name="Embedder">The sentence-embedding model for semantic search; without one, only full-text search is offered.</param>
public sealed record CrosscheckWebOptions(
    string DatabasePath,
    Func<IReadOnlyList<CleanArticle>, Report> Analyze,
    long MaxUploadBytes = CrosscheckWebOptions.DefaultMaxUploadBytes,
    ISentenceEmbedder? Embedder = null)
{
    public const long DefaultMaxUploadBytes = DocumentReader.DefaultMaxInflatedBytes;

    public const string DefaultUrl = "http://127.0.0.1:5080";
}
