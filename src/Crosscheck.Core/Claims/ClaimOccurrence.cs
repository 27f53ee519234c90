namespace Crosscheck.Core.Claims;

/// <summary>One article's sentence carrying a claim, with its place in that article's cleaned text.</summary>
public sealed record ClaimOccurrence(Span Span, string Text);
