using System.Reflection;
using Crosscheck.Core.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crosscheck.Web.Pages;

/// <summary>The server-rendered pages and their two static assets (embedded, so the host needs no web root).</summary>
internal static class PageEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";
    private const int StoryListSize = 20;
    private const int HitsShown = 20;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (Dossier dossier, string? q, int? page) =>
            {
                var stories = dossier.ListStories(q, Math.Max(page ?? 1, 1), StoryListSize);
                var hits = string.IsNullOrWhiteSpace(q) ? [] : dossier.Search(q, HitsShown);
                return Results.Content(StoryListPage.Render(stories, q, hits), HtmlType);
            })
            .ExcludeFromDescription();

        endpoints.MapGet("/stories/{id}", (Dossier dossier, string id) =>
            {
                if (dossier.GetStory(id) is not { } story)
                {
                    return NotFound($"There is no story with the id {id}.");
                }

                var articles = new Dictionary<string, ArticleEntry>(StringComparer.Ordinal);
                foreach (var article in story.Articles.Distinct(StringComparer.Ordinal))
                {
                    if (dossier.GetArticle(article) is { } entry)
                    {
                        articles[article] = entry;
                    }
                }

                return Results.Content(DossierPage.Render(story, dossier.GetStorySummary(id), articles), HtmlType);
            })
            .ExcludeFromDescription();

        endpoints.MapGet("/articles/{id}", (Dossier dossier, string id) =>
            {
                if (dossier.GetArticle(id) is not { } article)
                {
                    return NotFound($"There is no article with the id {id}.");
                }

                var labels = article.Reuse.IsDefault ? [] : article.Reuse.Select(r => r.Article).Distinct(StringComparer.Ordinal)
                    .ToDictionary(other => other, other => dossier.GetArticle(other) is { } o ? Layout.ShortLabel(o) : other, StringComparer.Ordinal);
                return Results.Content(ArticlePage.Render(article, dossier.StoriesOf(id), other => labels.GetValueOrDefault(other, other)), HtmlType);
            })
            .ExcludeFromDescription();

        endpoints.MapGet("/compare", (Dossier dossier, string? a, string? b) =>
            {
                if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
                {
                    return Results.Content(ComparePage.Form(a, b, null), HtmlType);
                }

                var first = dossier.GetArticle(a);
                var second = dossier.GetArticle(b);
                if (first is null || second is null)
                {
                    return Results.Content(ComparePage.Form(a, b, $"No article has the id {(first is null ? a : b)}."), HtmlType, statusCode: StatusCodes.Status404NotFound);
                }

                return Results.Content(ComparePage.Render(first, second), HtmlType);
            })
            .ExcludeFromDescription();

        endpoints.MapGet("/assets/site.css", () => Asset("site.css", "text/css; charset=utf-8")).ExcludeFromDescription();
        endpoints.MapGet("/assets/site.js", () => Asset("site.js", "text/javascript; charset=utf-8")).ExcludeFromDescription();
    }

    private static IResult NotFound(string message) =>
        Results.Content(Layout.Render("Not found", null, html => html.Element("h1", "Not found").Element("p", message)), HtmlType, statusCode: StatusCodes.Status404NotFound);

    private static IResult Asset(string name, string contentType)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Crosscheck.Web.Assets." + name)
            ?? throw new InvalidOperationException($"asset {name} is not embedded");
        return Results.Stream(stream, contentType);
    }
}
