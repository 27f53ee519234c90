namespace Crosscheck.Core.Cleaning;

/// <summary>A line the cleaner took out of the body, kept so that nothing is lost silently.</summary>
public sealed record RemovedLine(string Text, RemovalReason Reason);
