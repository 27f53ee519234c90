using System.Collections.Immutable;

namespace Crosscheck.Core.Reports;

/// <summary>One story of the report.</summary>
public sealed record StoryEntry(
    string Id,
    string Title,
    ImmutableArray<string> Articles,
    ImmutableArray<DevelopmentEntry> Developments);

/// <summary>An entry of a story's timeline.</summary>
public sealed record DevelopmentEntry(string? Date, string Headline, ImmutableArray<string> Articles);
