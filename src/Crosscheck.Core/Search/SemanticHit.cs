namespace Crosscheck.Core.Search;

/// <summary>A semantic search result with its cosine similarity to the query (higher is closer).</summary>
public sealed record SemanticHit(SemanticDocument Document, double Score);
