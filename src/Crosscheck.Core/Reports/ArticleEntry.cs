using System.Collections.Immutable;

namespace Crosscheck.Core.Reports;

/// <summary>One article of the report: its cleaned text, metadata, removed lines and reuse.</summary>
public sealed record ArticleEntry(
    string Id,
    string Source,
    string? Url,
    string? Title,
    string? Outlet,
    string? Published,
    string? Dateline,
    string? Byline,
    ImmutableArray<string> Credits,
    string Language,
    string Text,
    ImmutableArray<RemovedEntry> Removed,
    string? Origin,
    double? Originality,
    ImmutableArray<ReuseEntry> Reuse);

/// <summary>A removed line and its reason (kebab-case, as in the contract).</summary>
public sealed record RemovedEntry(string Text, string Reason);

/// <summary>Text this article shares with another one.</summary>
public sealed record ReuseEntry(string Article, int SharedChars, string? Direction, ImmutableArray<PassageEntry> Passages);

/// <summary>A shared passage: offsets in this article and in the other one.</summary>
public sealed record PassageEntry(int Start, int End, int OtherStart, int OtherEnd);
