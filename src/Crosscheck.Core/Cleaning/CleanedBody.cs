using System.Collections.Immutable;

namespace Crosscheck.Core.Cleaning;

/// <summary>What the block cleaner produced: the body and the metadata it took out of it.</summary>
public sealed record CleanedBody(
    string Text,
    string? Title,
    string? Outlet,
    PublicationDate? Published,
    string? Dateline,
    string? Byline,
    ImmutableArray<string> Credits,
    ImmutableArray<RemovedLine> Removed);
