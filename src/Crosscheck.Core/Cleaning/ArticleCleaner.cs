using System.Collections.Immutable;
using Crosscheck.Core.Ingest;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// The cleaning stage: a raw article in, a clean article out. Plain text is split into paragraph blocks; HTML
/// first goes through main-content extraction; both then share the block cleaner. Metadata is taken in order of
/// trust: the container (feed, JSONL), then the page's own markup (meta tags, JSON-LD), then what the text says.
/// </summary>
public static class ArticleCleaner
{
    private static readonly HtmlArticleExtractor HtmlExtractor = new();

    public static CleanArticle Clean(RawArticle raw, CleanerOptions options, Func<string, int>? outletRepeats = null)
    {
        var repeats = outletRepeats ?? (_ => 0);
        var html = raw.Format == ContentFormat.Html ? HtmlExtractor.Extract(raw.Content, raw.Url) : null;
        var paragraphs = html is null ? PlainTextParagraphs.Split(raw.Content) : html.Paragraphs;
        var body = BodyCleaner.Clean(paragraphs, raw.TitleHint ?? html?.Title, options, repeats);
        var published = raw.PublishedHint is { } hint ? PublicationDate.FromInstant(hint) : html?.Published ?? body.Published;
        var removed = html is null ? body.Removed : html.Removed.AddRange(body.Removed);
        return new CleanArticle(
            raw.Id,
            raw.Source,
            raw.Url,
            body.Title,
            raw.OutletHint ?? html?.Outlet ?? body.Outlet,
            published,
            body.Dateline,
            html?.Byline ?? body.Byline,
            body.Credits,
            html?.Language is { Length: > 0 } declared && body.Text.Length < 200 ? declared : LanguageIdentifier.Identify(body.Text),
            body.Text,
            removed);
    }

    /// <summary>The lines whose repetition across an outlet's articles is counted, in the form the cleaner sees them.</summary>
    public static ImmutableArray<string> CandidateLines(RawArticle raw) =>
        raw.Format == ContentFormat.Html ? [] : [.. PlainTextParagraphs.Split(raw.Content)];
}
