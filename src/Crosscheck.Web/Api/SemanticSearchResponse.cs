using System.Collections.Immutable;
using Crosscheck.Core.Search;

namespace Crosscheck.Web.Api;

/// <summary>The answer to GET /api/search/semantic.</summary>
public sealed record SemanticSearchResponse(string Query, ImmutableArray<SemanticHit> Hits);
