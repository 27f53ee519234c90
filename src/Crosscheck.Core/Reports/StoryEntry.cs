using System.Collections.Immutable;

namespace Crosscheck.Core.Reports;

/// <summary>One story of the report: its articles, timeline, extracted facts, claims, discrepancies and summary.</summary>
public sealed record StoryEntry(
    string Id,
    string Title,
    ImmutableArray<string> Articles,
    ImmutableArray<DevelopmentEntry> Developments,
    ImmutableArray<EntityEntry> Entities,
    ImmutableArray<QuoteEntry> Quotes,
    ImmutableArray<EventEntry> Events,
    ImmutableArray<ClaimEntry> Claims,
    ImmutableArray<DiscrepancyEntry> Discrepancies,
    ImmutableArray<SummaryEntry> Summary);

/// <summary>An entry of a story's timeline.</summary>
public sealed record DevelopmentEntry(string? Date, string Headline, ImmutableArray<string> Articles);

/// <summary>A place in an article's cleaned text.</summary>
public sealed record MentionEntry(string Article, int Start, int End);

/// <summary>A place in an article's cleaned text, with the text found there.</summary>
public sealed record OccurrenceEntry(string Article, int Start, int End, string Text);

/// <summary>A named entity with its aliases and mentions.</summary>
public sealed record EntityEntry(string Id, string Name, string Type, ImmutableArray<string> Aliases, ImmutableArray<MentionEntry> Mentions);

/// <summary>A quotation (direct) or reported speech (indirect), with every article that carries it.</summary>
public sealed record QuoteEntry(string? Speaker, string? SpeakerName, string Text, bool Direct, ImmutableArray<OccurrenceEntry> Occurrences);

/// <summary>Actor, action, target, with what, when and on whose word.</summary>
public sealed record EventEntry(
    string? Actor,
    string Action,
    string? Target,
    string? Object,
    string? Date,
    string? AttributedTo,
    ImmutableArray<OccurrenceEntry> Occurrences);

/// <summary>A checkable assertion and how many independent origins carry it.</summary>
public sealed record ClaimEntry(string Id, string Text, string Status, int Origins, ImmutableArray<OccurrenceEntry> Occurrences);

/// <summary>Where the story's sources disagree.</summary>
public sealed record DiscrepancyEntry(string Kind, string Summary, ImmutableArray<VariantEntry> Variants, string? ExplainedBy);

/// <summary>One side of a discrepancy.</summary>
public sealed record VariantEntry(string Text, ImmutableArray<string> Articles);

/// <summary>A summary sentence and the articles that support it.</summary>
public sealed record SummaryEntry(string Text, ImmutableArray<string> Articles, OccurrenceEntry Source);
