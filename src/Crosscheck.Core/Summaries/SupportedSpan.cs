namespace Crosscheck.Core.Summaries;

/// <summary>
/// An outside signal that a passage is backed by <paramref name="Origins"/> independent origin groups (from the
/// claims stage: one per claim occurrence). A sentence overlapping it inherits the count, so corroborated content
/// is preferred in the summary.
/// </summary>
public sealed record SupportedSpan(Span Span, int Origins);
