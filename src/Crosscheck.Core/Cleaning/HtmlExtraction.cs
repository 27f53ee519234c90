using System.Collections.Immutable;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// What <see cref="HtmlArticleExtractor"/> takes out of one HTML page: the main text as paragraphs in reading
/// order (headings inside the article are paragraphs of their own), the page's metadata, and every text block
/// dropped from inside the main content with the reason it was dropped.
/// </summary>
public sealed record HtmlExtraction(
    string? Title,
    ImmutableArray<string> Paragraphs,
    string? Outlet,
    PublicationDate? Published,
    string? Byline,
    string? Language,
    ImmutableArray<RemovedLine> Removed)
{
    /// <summary>The body as <see cref="CleanArticle.Text"/> expects it: paragraphs separated by a blank line.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}
