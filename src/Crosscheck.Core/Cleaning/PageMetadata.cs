using System.Collections.Immutable;

namespace Crosscheck.Core.Cleaning;

/// <summary>The metadata of a page, before its text is extracted.</summary>
internal sealed record PageMetadata(string? Title, string? Outlet, PublicationDate? Published, string? Byline, string? Language)
{
    public HtmlExtraction ToExtraction(ImmutableArray<string> paragraphs, ImmutableArray<RemovedLine> removed) =>
        new(Title, paragraphs, Outlet, Published, Byline, Language, removed);
}
