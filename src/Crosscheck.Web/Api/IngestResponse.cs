using System.Collections.Immutable;

namespace Crosscheck.Web.Api;

/// <summary>The answer to an upload: the ids of the articles it carried and what could not be read.</summary>
public sealed record IngestResponse(ImmutableArray<string> Articles, int Added, int AlreadyStored, ImmutableArray<string> Problems);
