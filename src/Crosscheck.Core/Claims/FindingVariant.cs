namespace Crosscheck.Core.Claims;

/// <summary>One side of a finding: the passage as written, the key it merges on, and where it is.</summary>
internal sealed record FindingVariant(string Text, string Key, Span Span);
