using System.Collections.Immutable;
using Crosscheck.Core.Ingest;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// The cleaning stage: a raw article in, a clean article out. Plain text is split into paragraph blocks; HTML
/// first goes through main-content extraction; both then share the block cleaner, and container metadata
/// (feed, JSONL) wins over what the text itself suggests.
/// </summary>
public static class ArticleCleaner
{
    public static CleanArticle Clean(RawArticle raw, CleanerOptions options, Func<string, int>? outletRepeats = null)
    {
        var repeats = outletRepeats ?? (_ => 0);
        var paragraphs = PlainTextParagraphs.Split(raw.Content);
        var body = BodyCleaner.Clean(paragraphs, raw.TitleHint, options, repeats);
        var published = raw.PublishedHint is { } hint ? PublicationDate.FromInstant(hint) : body.Published;
        return new CleanArticle(
            raw.Id,
            raw.Source,
            raw.Url,
            body.Title,
            raw.OutletHint ?? body.Outlet,
            published,
            body.Dateline,
            body.Byline,
            body.Credits,
            LanguageIdentifier.Identify(body.Text),
            body.Text,
            body.Removed);
    }

    /// <summary>The lines whose repetition across an outlet's articles is counted, in the form the cleaner sees them.</summary>
    public static ImmutableArray<string> CandidateLines(RawArticle raw) => [.. PlainTextParagraphs.Split(raw.Content)];
}
