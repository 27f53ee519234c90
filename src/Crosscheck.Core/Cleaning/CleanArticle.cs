using System.Collections.Immutable;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// An article after cleaning: the body text (paragraphs separated by a blank line) that every span points
/// into, the metadata taken out of it, and every line that was removed with its reason.
/// </summary>
public sealed record CleanArticle(
    ArticleId Id,
    string Source,
    string? Url,
    string? Title,
    string? Outlet,
    PublicationDate? Published,
    string? Dateline,
    string? Byline,
    ImmutableArray<string> Credits,
    string Language,
    string Text,
    ImmutableArray<RemovedLine> Removed)
{
    public bool IsEnglish => Language == "en";
}
