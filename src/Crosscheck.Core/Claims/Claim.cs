using System.Collections.Immutable;

namespace Crosscheck.Core.Claims;

/// <summary>
/// A checkable statement (an event, a figure, a date, an attributed statement) and every sentence across the story
/// that makes it. <paramref name="Origins"/> counts independent sources, not articles: copies of one wire story, and the
/// reports of one outlet, add occurrences but no corroboration. <paramref name="Id"/> is derived from the first
/// occurrence, so it is stable.
/// </summary>
public sealed record Claim(string Id, string Text, ClaimStatus Status, int Origins, ImmutableArray<ClaimOccurrence> Occurrences);
