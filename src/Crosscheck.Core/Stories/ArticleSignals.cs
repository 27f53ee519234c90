namespace Crosscheck.Core.Stories;

/// <summary>What the clusterer compares of one article: term and name vectors, the optional embedding, its date.</summary>
internal sealed record ArticleSignals(SparseVector Terms, SparseVector Entities, float[]? Embedding, DateOnly? Date);
