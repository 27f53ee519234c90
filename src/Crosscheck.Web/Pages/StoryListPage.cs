using System.Collections.Immutable;
using System.Globalization;
using Crosscheck.Storage.Sqlite;

namespace Crosscheck.Web.Pages;

/// <summary>The front page: stories newest first (filtered by the search box), and the best matching passages.</summary>
internal static class StoryListPage
{
    public static string Render(StoryPage page, string? query, ImmutableArray<SearchHit> hits) =>
        Layout.Render(string.IsNullOrWhiteSpace(query) ? "Stories" : $"Stories matching {query}", query, html =>
        {
            html.Element("h1", string.IsNullOrWhiteSpace(query) ? "Stories" : $"Stories matching “{query}”");
            if (page.Stories.IsEmpty)
            {
                html.Element("p", string.IsNullOrWhiteSpace(query) ? "No stories yet: ingest articles and run the analysis." : "No story matches.", ("class", "empty"));
            }
            else
            {
                html.Open("table", ("class", "stories")).Open("thead").Open("tr")
                    .Element("th", "Story").Element("th", "Articles").Element("th", "Origins").Element("th", "Dates")
                    .Close("tr").Close("thead").Open("tbody");
                foreach (var story in page.Stories)
                {
                    html.Open("tr")
                        .Open("td").Element("a", story.Title, ("href", Layout.StoryHref(story.Id))).Close("td")
                        .Element("td", story.ArticleCount.ToString(CultureInfo.InvariantCulture), ("class", "number"))
                        .Element("td", story.OriginCount.ToString(CultureInfo.InvariantCulture), ("class", "number"))
                        .Element("td", Layout.DateRange(story.FirstDate, story.LastDate))
                        .Close("tr");
                }

                html.Close("tbody").Close("table");
            }

            Pager(html, page, query);
            if (!hits.IsEmpty)
            {
                html.Element("h2", "Matching passages").Open("ol", ("class", "hits"));
                foreach (var hit in hits)
                {
                    html.Open("li").Element("span", hit.Kind, ("class", "kind"));
                    var href = hit.Kind == "article" && hit.ArticleId is { } article ? Layout.ArticleHref(article)
                        : hit.StoryId is { } story ? Layout.StoryHref(story) : null;
                    html.Element("a", hit.Title ?? "(untitled)", ("href", href)).Open("p", ("class", "snippet"));
                    Snippet(html, hit);
                    html.Close("p").Close("li");
                }

                html.Close("ol");
            }
        });

    private static void Pager(Html html, StoryPage page, string? query)
    {
        var pages = Math.Max(1, (page.Total + page.PageSize - 1) / page.PageSize);
        if (pages == 1)
        {
            return;
        }

        string Href(int n) => $"/?page={n.ToString(CultureInfo.InvariantCulture)}" + (string.IsNullOrWhiteSpace(query) ? string.Empty : "&q=" + Uri.EscapeDataString(query));
        html.Open("nav", ("class", "pager"), ("aria-label", "Pages"));
        if (page.Page > 1)
        {
            html.Element("a", "← Newer", ("href", Href(page.Page - 1)), ("rel", "prev"));
        }

        html.Element("span", string.Create(CultureInfo.InvariantCulture, $"Page {page.Page} of {pages}"));
        if (page.Page < pages)
        {
            html.Element("a", "Older →", ("href", Href(page.Page + 1)), ("rel", "next"));
        }

        html.Close("nav");
    }

    private static void Snippet(Html html, SearchHit hit)
    {
        var at = 0;
        foreach (var mark in hit.Marks)
        {
            html.Text(hit.Snippet[at..mark.Start]).Element("mark", hit.Snippet[mark.Start..mark.End]);
            at = mark.End;
        }

        html.Text(hit.Snippet[at..]);
    }
}
