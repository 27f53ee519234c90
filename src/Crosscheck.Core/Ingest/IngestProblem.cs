namespace Crosscheck.Core.Ingest;

/// <summary>An input, or part of one, that could not be taken in, with the reason a person can act on.</summary>
public sealed record IngestProblem(string Source, string Reason)
{
    public override string ToString() => $"{Source}: {Reason}";
}
