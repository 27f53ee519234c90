using System.Collections.Immutable;

namespace Crosscheck.Core.Claims;

/// <summary>One side of a discrepancy: the differing passage as written, the articles carrying it and where.</summary>
public sealed record DiscrepancyVariant(string Text, ImmutableArray<ArticleId> Articles, ImmutableArray<Span> Spans);
