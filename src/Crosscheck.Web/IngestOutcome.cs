using System.Collections.Immutable;
using Crosscheck.Core.Ingest;

namespace Crosscheck.Web;

/// <summary>What an upload did: the articles it carried (new or already stored) and what could not be read.</summary>
public sealed record IngestOutcome(ImmutableArray<string> Articles, int Added, int AlreadyStored, ImmutableArray<IngestProblem> Problems);
