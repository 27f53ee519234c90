using System.Collections.Immutable;
using Crosscheck.Storage.Sqlite;

namespace Crosscheck.Web.Api;

/// <summary>The answer to GET /api/search.</summary>
public sealed record SearchResponse(string Query, ImmutableArray<SearchHit> Hits);
