using System.Collections.Immutable;
using Crosscheck.Core.Ingest;

namespace Crosscheck.Cli;

/// <summary>What an ingest run did.</summary>
internal sealed record IngestSummary(int Files, int Added, int AlreadyStored, ImmutableArray<IngestProblem> Problems);
