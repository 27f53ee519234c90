using System.Collections.Immutable;
using System.Globalization;
using Crosscheck.Core.Reports;
using Crosscheck.Core.Text;
using Crosscheck.Storage.Sqlite;

namespace Crosscheck.Web.Pages;

/// <summary>One article: metadata, the cleaned text with passages shared with other articles marked, and what cleaning removed.</summary>
internal static class ArticlePage
{
    public static string Render(ArticleEntry article, ImmutableArray<StorySummary> stories, Func<string, string> label) =>
        Layout.Render(article.Title ?? article.Id, null, html =>
        {
            html.Element("h1", article.Title ?? "(untitled)");
            html.Open("dl", ("class", "facts"))
                .Element("dt", "Outlet").Element("dd", article.Outlet ?? "unknown")
                .Element("dt", "Published").Element("dd", article.Published ?? "undated")
                .Element("dt", "Byline").Element("dd", article.Byline ?? "–")
                .Element("dt", "Credits").Element("dd", article.Credits.IsDefaultOrEmpty ? "–" : string.Join(", ", article.Credits))
                .Element("dt", "Originality").Element("dd", Layout.Percent(article.Originality))
                .Element("dt", "Origin group").Element("dd", article.Origin ?? "–")
                .Element("dt", "Source").Element("dd", article.Url ?? article.Source)
                .Close("dl");
            if (!stories.IsEmpty)
            {
                html.Open("p", ("class", "meta")).Text("In ");
                foreach (var story in stories)
                {
                    html.Element("a", story.Title, ("href", Layout.StoryHref(story.Id))).Text(" ");
                }

                html.Close("p");
            }

            Reuse(html, article, label);
            html.Element("h2", "Text").Open("div", ("class", "text article-text"), ("data-article", article.Id));
            Text(html, article, label);
            html.Close("div");
            Removed(html, article);
        });

    private static void Reuse(Html html, ArticleEntry article, Func<string, string> label)
    {
        if (article.Reuse.IsDefaultOrEmpty)
        {
            return;
        }

        html.Element("h2", "Shared text").Open("ul", ("class", "reuse"));
        foreach (var reuse in article.Reuse)
        {
            html.Open("li").Element("a", label(reuse.Article), ("href", Layout.ArticleHref(reuse.Article)))
                .Text(string.Create(CultureInfo.InvariantCulture, $" shares {reuse.SharedChars} characters in {Counted.Of(reuse.Passages.Length, "passage")}"))
                .Text(reuse.Direction is { } d ? $" ({d})" : string.Empty)
                .Text(" · ").Element("a", "compare side by side", ("href", Layout.CompareHref(article.Id, reuse.Article)))
                .Close("li");
        }

        html.Close("ul");
    }

    /// <summary>Writes the text in segments: a segment inside shared passages is marked, and where one source's shared run ends, a link to it follows.</summary>
    private static void Text(Html html, ArticleEntry article, Func<string, string> label)
    {
        var text = article.Text;
        var passages = (article.Reuse.IsDefault ? [] : article.Reuse)
            .SelectMany(r => r.Passages.Select(p => (r.Article, Start: Math.Clamp(p.Start, 0, text.Length), End: Math.Clamp(p.End, 0, text.Length))))
            .Where(p => p.Start < p.End)
            .ToList();
        var bounds = passages.SelectMany(p => new[] { p.Start, p.End }).Append(0).Append(text.Length).Distinct().Order().ToList();
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var (start, end) = (bounds[i], bounds[i + 1]);
            var sources = passages.Where(p => p.Start <= start && p.End >= end).Select(p => p.Article).Distinct(StringComparer.Ordinal).ToList();
            if (sources.Count == 0)
            {
                html.Text(text[start..end]);
                continue;
            }

            html.Element("mark", text[start..end], ("class", "reuse"), ("title", "Also in " + string.Join(", ", sources.Select(label))));
            foreach (var source in sources.Where(source => !passages.Any(p => p.Article == source && p.Start <= end && p.End > end)))
            {
                html.Element("a", "↗ " + label(source), ("href", Layout.CompareHref(article.Id, source)), ("class", "reuse-source"));
            }
        }
    }

    private static void Removed(Html html, ArticleEntry article)
    {
        if (article.Removed.IsDefaultOrEmpty)
        {
            return;
        }

        html.Element("h2", "Removed by cleaning").Open("ul", ("class", "removed"));
        foreach (var line in article.Removed)
        {
            html.Open("li").Element("del", line.Text).Text(" ").Element("span", line.Reason, ("class", "tag")).Close("li");
        }

        html.Close("ul");
    }
}
