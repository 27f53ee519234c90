using System.Collections.Immutable;
using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;

namespace Crosscheck.Core.Ingest;

/// <summary>RSS 2.0 and Atom 1.0 feeds: one article per item, from its full content where the feed has it.</summary>
public static class FeedParser
{
    private const string ContentModuleNamespace = "http://purl.org/rss/1.0/modules/content/";

    public static ReadResult Parse(string source, string xml)
    {
        SyndicationFeed feed;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            feed = SyndicationFeed.Load(reader);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException)
        {
            return ReadResult.Failed(source, $"not a valid RSS or Atom feed ({e.Message})");
        }

        var outlet = feed.Title?.Text;
        var articles = ImmutableArray.CreateBuilder<RawArticle>();
        var problems = ImmutableArray.CreateBuilder<IngestProblem>();
        var index = 0;
        foreach (var item in feed.Items)
        {
            index++;
            var url = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString() ?? item.Id;
            var body = EncodedContent(item) ?? (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text;
            var itemSource = $"{source}#item-{index.ToString(CultureInfo.InvariantCulture)}";
            if (string.IsNullOrWhiteSpace(body))
            {
                problems.Add(new IngestProblem(itemSource, "feed item has neither content nor summary"));
                continue;
            }

            var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
            articles.Add(RawArticle.Create(url ?? itemSource, url, ContentFormat.Html, body, item.Title?.Text, outlet, published));
        }

        if (articles.Count == 0 && problems.Count == 0)
        {
            problems.Add(new IngestProblem(source, "feed has no items"));
        }

        return ReadResult.Of(articles.ToImmutable(), problems.ToImmutable());
    }

    private static string? EncodedContent(SyndicationItem item)
    {
        foreach (var extension in item.ElementExtensions)
        {
            if (extension.OuterName == "encoded" && extension.OuterNamespace == ContentModuleNamespace)
            {
                return extension.GetObject<string>();
            }
        }

        return null;
    }
}
