namespace Crosscheck.Cli;

/// <summary>Settings of an ingest run.</summary>
internal sealed record IngestOptions(long MaxBytes, int BatchSize = 256);
