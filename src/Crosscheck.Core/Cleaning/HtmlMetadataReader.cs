using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// Reads title, outlet, publication date, byline and language from a page's meta tags, JSON-LD (schema.org
/// NewsArticle and kin, also inside @graph), &lt;time datetime&gt;, rel="author" links and byline classes. Each
/// field takes the first source that has it, most explicit first; the date last of all from an element whose class
/// names a date ("Posted November 19, 2019"), then from the page address ("/2019/11/19/").
/// </summary>
internal static partial class HtmlMetadataReader
{
    private const int MaxDateElementText = 80;

    private static readonly string[] ArticleTypes =
        ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle", "LiveBlogPosting", "WebPage"];

    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "article.published", "published_time", "pubdate", "publishdate", "publish-date",
        "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "dcterms.issued", "sailthru.date",
        "parsely-pub-date", "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime", "datepublished",
    ];

    public static PageMetadata Read(IDocument document, string? url)
    {
        var meta = MetaValues(document);
        var jsonLd = JsonLd.Read(document);
        var title = First(meta, "og:title", "twitter:title") ?? jsonLd.Headline ?? Text(document.QuerySelector("h1")) ?? CleanTitle(document.Title);
        var outlet = First(meta, "og:site_name") ?? jsonLd.Publisher ?? First(meta, "application-name", "apple-mobile-web-app-title") ?? url;
        outlet = Host(outlet) ?? outlet;
        var published = PublishedDate(document, meta, jsonLd);
        var byline = jsonLd.Author ?? Person(First(meta, "author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator"))
            ?? Person(Text(document.QuerySelector("a[rel~=author], [itemprop=author] [itemprop=name], [itemprop=author]")))
            ?? Person(Text(document.QuerySelector("[class*=byline], [class*=Byline]")));
        var language = Language(document.DocumentElement?.GetAttribute("lang") ?? First(meta, "content-language", "og:locale", "language"));
        var (names, bylineDate) = BylineReader.Read(byline);
        published ??= bylineDate ?? PrintedDate(document)
            ?? DateFromAddress(url ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? First(meta, "og:url"));
        return new PageMetadata(Clean(title), Clean(outlet), published, names, language);
    }

    private static Dictionary<string, string> MetaValues(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop")
                ?? element.GetAttribute("http-equiv");
            var content = element.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content))
            {
                values.TryAdd(key.Trim(), content.Trim());
            }
        }

        return values;
    }

    private static PublicationDate? PublishedDate(IDocument document, Dictionary<string, string> meta, JsonLd jsonLd)
    {
        foreach (var name in DateMetaNames)
        {
            if (meta.TryGetValue(name, out var value) && ParseDate(value) is { } date)
            {
                return date;
            }
        }

        if (jsonLd.DatePublished is not null && ParseDate(jsonLd.DatePublished) is { } fromJson)
        {
            return fromJson;
        }

        foreach (var element in document.QuerySelectorAll("[itemprop=datePublished], time[pubdate], article time[datetime], time[datetime]"))
        {
            var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent;
            if (ParseDate(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    // Pages without machine-readable dates print one by the headline; an element named for a date holds it, and its
    // short text is searched for a full date (a long one is a list of related articles).
    private static PublicationDate? PrintedDate(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[class*=publish], [class*=date], [class*=Date], [class*=timestamp]"))
        {
            var text = element.TextContent;
            if (text.Length <= MaxDateElementText && DateTextParser.FindFullDate(text) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    // "https://www.nytimes.com/2019/11/19/opinion/…": news sites file articles under their day.
    private static PublicationDate? DateFromAddress(string? address)
    {
        if (address is null || AddressDate().Match(address) is not { Success: true } match)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new PublicationDate(new DateOnly(year, month, day)) : null;
    }

    internal static PublicationDate? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new PublicationDate(day);
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var instant))
        {
            // "November 19, 2019, 07:47 PM EST": a date written out, with a zone no parser knows; the day is certain.
            return DateTextParser.FindFullDate(text) is { Date.Year: >= 1900 } written ? written : null;
        }

        if (instant.Year < 1900)
        {
            return null;
        }

        // Without a zone the clock time is local to an unknown place: only the day is certain.
        return ZoneSuffix().IsMatch(text) ? PublicationDate.FromInstant(instant) : new PublicationDate(DateOnly.FromDateTime(instant.DateTime));
    }

    private static string? First(Dictionary<string, string> meta, params string[] names)
    {
        foreach (var name in names)
        {
            if (meta.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static string? Text(IElement? element) => element is null ? null : Clean(element.TextContent);

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : System.Net.WebUtility.HtmlDecode(collapsed);
    }

    // "Headline | Outlet" and "Headline - Outlet": the outlet part is the shorter side after the last separator.
    private static string? CleanTitle(string? title)
    {
        var clean = Clean(title);
        if (clean is null)
        {
            return null;
        }

        foreach (var separator in new[] { " | ", " - ", " – ", " — " })
        {
            var at = clean.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && clean.Length - at < at)
            {
                return clean[..at];
            }
        }

        return clean;
    }

    private static string? Person(string? value)
    {
        var clean = Clean(value);
        if (clean is null || clean.StartsWith("http", StringComparison.OrdinalIgnoreCase) || clean.Length > 120)
        {
            return null;
        }

        return clean.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? clean[3..].Trim() : clean;
    }

    // Some sites give their address as the site name; the host is the readable part of it.
    private static string? Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
            : null;

    private static string? Language(string? value)
    {
        var clean = Clean(value);
        if (clean is null)
        {
            return null;
        }

        var primary = clean.Split('-', '_', ',', ';')[0].Trim().ToLowerInvariant();
        return primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneSuffix();

    [GeneratedRegex(@"/(?<year>(?:19|20)\d{2})/(?<month>\d{1,2})/(?<day>\d{1,2})(?:/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex AddressDate();

    /// <summary>The fields of the first schema.org article object in the page's JSON-LD scripts.</summary>
    private sealed record JsonLd(string? Headline, string? Publisher, string? Author, string? DatePublished)
    {
        private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

        public static JsonLd Read(IDocument document)
        {
            string? headline = null, publisher = null, author = null, date = null;
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, Lenient);
                    foreach (var item in Objects(json.RootElement))
                    {
                        if (!IsArticle(item))
                        {
                            continue;
                        }

                        headline ??= String(item, "headline");
                        publisher ??= Name(item, "publisher");
                        author ??= Name(item, "author");
                        date ??= String(item, "datePublished") ?? String(item, "dateCreated");
                    }
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common; the page's other metadata still applies.
                }
            }

            return new JsonLd(Clean(headline), Clean(publisher), Person(author), date);
        }

        private static IEnumerable<JsonElement> Objects(JsonElement root)
        {
            var pending = new Stack<JsonElement>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (current.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in current.EnumerateArray().Reverse())
                    {
                        pending.Push(item);
                    }
                }
                else if (current.ValueKind == JsonValueKind.Object)
                {
                    yield return current;
                    if (current.TryGetProperty("@graph", out var graph))
                    {
                        pending.Push(graph);
                    }
                }
            }
        }

        private static bool IsArticle(JsonElement item)
        {
            if (!item.TryGetProperty("@type", out var type))
            {
                return false;
            }

            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().ToArray() : [type];
            return types.Any(t => t.ValueKind == JsonValueKind.String && Array.IndexOf(ArticleTypes, t.GetString()) >= 0);
        }

        private static string? String(JsonElement item, string name) =>
            item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        // schema.org allows a name string, an object with "name", or an array of either; several authors are joined.
        private static string? Name(JsonElement item, string property)
        {
            if (!item.TryGetProperty(property, out var value))
            {
                return null;
            }

            var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value])
                .Select(v => v.ValueKind switch
                {
                    JsonValueKind.String => v.GetString(),
                    JsonValueKind.Object => String(v, "name"),
                    _ => null,
                })
                .Where(n => !string.IsNullOrWhiteSpace(n) && !n.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            return names.Length == 0 ? null : string.Join(", ", names);
        }
    }
}
