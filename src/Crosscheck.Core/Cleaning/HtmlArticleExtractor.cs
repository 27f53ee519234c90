using System.Collections.Immutable;
using AngleSharp.Html.Parser;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// Takes the main text and the metadata out of a news page. The page is cut into text blocks; each block is
/// valued for (prose: long, few links) or against (link lists, boilerplate-hinted subtrees); the element
/// whose subtree sums to the most value is the article, descending into a child that holds nearly all of it.
/// Inside the article, blocks that are captions, link lists, ads, prompts or navigation are dropped with
/// their reason, as jusText and trafilatura do with their block classifiers.
/// </summary>
public sealed class HtmlArticleExtractor
{
    private readonly HtmlArticleExtractorOptions options;
    private readonly HtmlParser parser = new(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false });

    public HtmlArticleExtractor(HtmlArticleExtractorOptions? options = null) => this.options = options ?? HtmlArticleExtractorOptions.Default;

    public HtmlExtraction Extract(string html, string? url = null)
    {
        var document = parser.ParseDocument(html);
        var metadata = HtmlMetadataReader.Read(document, url);
        var root = document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return metadata.ToExtraction([], []);
        }

        var page = PageSegmenter.Segment(root);
        if (page.Elements.Count == 0)
        {
            return metadata.ToExtraction([], []);
        }

        var selection = new ContentSelector(options, page.Elements, page.Blocks).Select();
        var paragraphs = ImmutableArray.CreateBuilder<string>();
        var removed = ImmutableArray.CreateBuilder<RemovedLine>();
        var title = metadata.Title is null ? null : Normalize(metadata.Title);
        foreach (var (block, reason) in selection)
        {
            var repeatsTitle = title is not null && block.Text.Length <= 2 * title.Length && Normalize(block.Text) == title;
            var effective = reason ?? (repeatsTitle ? RemovalReason.Other : null);
            foreach (var line in block.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (effective is { } dropped)
                {
                    removed.Add(new RemovedLine(line, dropped));
                }
                else
                {
                    paragraphs.Add(line);
                }
            }
        }

        return metadata.ToExtraction(paragraphs.ToImmutable(), removed.ToImmutable());
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
