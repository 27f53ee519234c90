namespace Crosscheck.Core.Ingest;

/// <summary>
/// One article as it arrived, before cleaning. Containers (feeds, JSONL, WARC) may carry metadata that the
/// content itself lacks; it travels in the hint fields and wins over what the cleaner infers.
/// </summary>
public sealed record RawArticle(
    ArticleId Id,
    string Source,
    string? Url,
    ContentFormat Format,
    string Content,
    string? TitleHint = null,
    string? OutletHint = null,
    DateTimeOffset? PublishedHint = null)
{
    public static RawArticle Create(
        string source,
        string? url,
        ContentFormat format,
        string content,
        string? titleHint = null,
        string? outletHint = null,
        DateTimeOffset? publishedHint = null) =>
        new(ArticleId.From(url, content), source, url, format, content, titleHint, outletHint, publishedHint);
}
