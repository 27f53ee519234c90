using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Core.Reports;
using Crosscheck.Core.Text;
using Crosscheck.Storage.Sqlite;

namespace Crosscheck.Web.Pages;

/// <summary>
/// A story's dossier: summary with citations, timeline, claims, discrepancies, quotes by speaker and the sources with
/// their texts. Claims and quotes carry their passages as data, so the page script highlights them in the texts.
/// </summary>
internal static class DossierPage
{
    /// <summary>
    /// Source texts the page carries for highlighting, in story order: a story of thousands of articles would make a page
    /// of tens of megabytes, and each article has its own page.
    /// </summary>
    internal const int MaxSourceTexts = 100;

    public static string Render(StoryEntry story, StorySummary? summary, IReadOnlyDictionary<string, ArticleEntry> articles) =>
        Layout.Render(story.Title, null, html =>
        {
            html.Element("h1", story.Title);
            if (summary is not null)
            {
                html.Element("p", $"{Counted.Of(summary.ArticleCount, "article")} · {Counted.Of(summary.OriginCount, "independent origin")} · {Layout.DateRange(summary.FirstDate, summary.LastDate)}", ("class", "meta"));
            }

            var context = new Context(articles);
            Summary(html, story, context);
            Timeline(html, story, context);
            Claims(html, story, context);
            Discrepancies(html, story, context);
            Quotes(html, story, context);
            Entities(html, story);
            Sources(html, story, context);
        });

    private static void Summary(Html html, StoryEntry story, Context context)
    {
        if (story.Summary.IsEmpty)
        {
            return;
        }

        html.Open("section", ("id", "summary")).Element("h2", "Summary").Open("ol", ("class", "summary"));
        for (var i = 0; i < story.Summary.Length; i++)
        {
            var sentence = story.Summary[i];
            var id = "cite-" + i.ToString(CultureInfo.InvariantCulture);
            html.Open("li").Element("span", sentence.Text, ("class", "sentence")).Text(" ")
                .Element("button", $"[{context.Label(sentence.Source.Article)}]", ("type", "button"), ("class", "cite"), ("data-cite", id),
                    ("aria-expanded", "false"), ("aria-controls", id), ("title", "Show the cited passage"));
            if (sentence.Articles.Length > 1)
            {
                html.Element("span", "also in " + string.Join(", ", sentence.Articles.Where(a => a != sentence.Source.Article).Select(context.Label)), ("class", "support"));
            }

            html.Open("blockquote", ("id", id), ("class", "cited"), ("hidden", string.Empty))
                .Element("p", context.Passage(sentence.Source))
                .Open("footer").Text("— ").Element("a", context.Label(sentence.Source.Article), ("href", Layout.ArticleHref(sentence.Source.Article)))
                .Close("footer").Close("blockquote").Close("li");
        }

        html.Close("ol").Close("section");
    }

    private static void Timeline(Html html, StoryEntry story, Context context)
    {
        if (story.Developments.IsEmpty)
        {
            return;
        }

        html.Open("section", ("id", "timeline")).Element("h2", "Timeline").Open("ol", ("class", "timeline"));
        foreach (var development in story.Developments)
        {
            html.Open("li").Element("time", development.Date ?? "undated", ("datetime", development.Date))
                .Element("span", development.Headline, ("class", "headline"));
            ArticleLinks(html, development.Articles, context);
            html.Close("li");
        }

        html.Close("ol").Close("section");
    }

    private static void Claims(Html html, StoryEntry story, Context context)
    {
        if (story.Claims.IsEmpty)
        {
            return;
        }

        html.Open("section", ("id", "claims")).Element("h2", "Claims")
            .Element("p", "Select a claim to highlight where each source makes it.", ("class", "hint"))
            .Open("table", ("class", "claims")).Open("thead").Open("tr")
            .Element("th", "Claim").Element("th", "Status").Element("th", "Origins").Element("th", "Sources")
            .Close("tr").Close("thead").Open("tbody");
        foreach (var claim in story.Claims)
        {
            html.Open("tr", ("class", "claim passage-link"), ("id", "claim-" + claim.Id), ("tabindex", "0"), ("data-passages", Passages(claim.Occurrences)))
                .Element("td", claim.Text)
                .Open("td").Element("span", claim.Status, ("class", "status status-" + claim.Status)).Close("td")
                .Element("td", claim.Origins.ToString(CultureInfo.InvariantCulture), ("class", "number"))
                .Open("td");
            ArticleLinks(html, claim.Occurrences.Select(o => o.Article).Distinct(StringComparer.Ordinal), context);
            html.Close("td").Close("tr");
        }

        html.Close("tbody").Close("table").Close("section");
    }

    private static void Discrepancies(Html html, StoryEntry story, Context context)
    {
        if (story.Discrepancies.IsEmpty)
        {
            return;
        }

        html.Open("section", ("id", "discrepancies")).Element("h2", "Discrepancies").Open("div", ("class", "cards"));
        foreach (var discrepancy in story.Discrepancies)
        {
            html.Open("article", ("class", "card discrepancy"))
                .Open("h3").Element("span", discrepancy.Kind, ("class", "kind")).Text(" " + discrepancy.Summary).Close("h3")
                .Open("ul", ("class", "variants"));
            foreach (var variant in discrepancy.Variants)
            {
                html.Open("li").Element("q", variant.Text).Text(" ");
                ArticleLinks(html, variant.Articles, context);
                html.Close("li");
            }

            html.Close("ul");
            if (discrepancy.ExplainedBy is { } explained)
            {
                html.Element("p", "Explained by " + explained, ("class", "explained"));
            }

            html.Close("article");
        }

        html.Close("div").Close("section");
    }

    private static void Quotes(Html html, StoryEntry story, Context context)
    {
        if (story.Quotes.IsEmpty)
        {
            return;
        }

        var names = story.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var groups = story.Quotes.GroupBy(q => q.SpeakerName ?? (q.Speaker is { } s ? names.GetValueOrDefault(s) : null) ?? "Unattributed", StringComparer.Ordinal);
        html.Open("section", ("id", "quotes")).Element("h2", "Quotes");
        foreach (var group in groups)
        {
            html.Open("div", ("class", "speaker")).Element("h3", group.Key).Open("ul", ("class", "quotes"));
            foreach (var quote in group)
            {
                html.Open("li", ("class", "quote passage-link"), ("tabindex", "0"), ("data-passages", Passages(quote.Occurrences)))
                    .Element(quote.Direct ? "q" : "span", quote.Text, ("class", quote.Direct ? "direct" : "indirect"))
                    .Text(" ").Element("span", quote.Direct ? "direct" : "reported", ("class", "tag")).Text(" ");
                ArticleLinks(html, quote.Occurrences.Select(o => o.Article).Distinct(StringComparer.Ordinal), context);
                html.Close("li");
            }

            html.Close("ul").Close("div");
        }

        html.Close("section");
    }

    private static void Entities(Html html, StoryEntry story)
    {
        if (story.Entities.IsEmpty)
        {
            return;
        }

        html.Open("section", ("id", "entities")).Element("h2", "Who and what").Open("ul", ("class", "entities"));
        foreach (var entity in story.Entities)
        {
            html.Open("li").Element("strong", entity.Name).Text(" ").Element("span", entity.Type, ("class", "tag"));
            if (!entity.Aliases.IsEmpty)
            {
                html.Text(" also " + string.Join(", ", entity.Aliases));
            }

            html.Text(" · " + Counted.Of(entity.Mentions.Length, "mention")).Close("li");
        }

        html.Close("ul").Close("section");
    }

    private static void Sources(Html html, StoryEntry story, Context context)
    {
        html.Open("section", ("id", "sources")).Element("h2", "Sources")
            .Open("table", ("class", "sources")).Open("thead").Open("tr")
            .Element("th", "Outlet").Element("th", "Published").Element("th", "Title").Element("th", "Originality").Element("th", "Origin")
            .Close("tr").Close("thead").Open("tbody");
        foreach (var id in story.Articles)
        {
            var article = context.Article(id);
            html.Open("tr")
                .Element("td", article?.Outlet ?? "unknown outlet")
                .Element("td", article?.Published ?? "undated")
                .Open("td").Element("a", article?.Title ?? id, ("href", Layout.ArticleHref(id))).Close("td")
                .Element("td", Layout.Percent(article?.Originality), ("class", "number"))
                .Element("td", article?.Origin ?? "–")
                .Close("tr");
        }

        html.Close("tbody").Close("table");
        foreach (var id in story.Articles.Take(MaxSourceTexts))
        {
            if (context.Article(id) is not { } article)
            {
                continue;
            }

            // One text node holding the cleaned text exactly, so the script can map report offsets onto it.
            html.Open("details", ("class", "source"), ("id", "source-" + id))
                .Open("summary").Element("strong", context.Label(id)).Text(" " + (article.Title ?? string.Empty)).Close("summary")
                .Element("div", article.Text, ("class", "text"), ("data-article", id))
                .Close("details");
        }

        if (story.Articles.Length > MaxSourceTexts)
        {
            html.Element(
                "p",
                $"The texts of the other {Counted.Of(story.Articles.Length - MaxSourceTexts, "article")} are on their own pages, linked in the table above; passages in them are not highlighted here.",
                ("class", "hint"));
        }

        html.Close("section");
    }

    private static void ArticleLinks(Html html, IEnumerable<string> ids, Context context)
    {
        html.Open("span", ("class", "articles"));
        foreach (var id in ids)
        {
            html.Element("a", context.Label(id), ("href", Layout.ArticleHref(id)), ("class", "source-link"), ("title", context.Article(id)?.Title));
        }

        html.Close("span");
    }

    private static string Passages(ImmutableArray<OccurrenceEntry> occurrences) =>
        JsonSerializer.Serialize(occurrences.Select(o => new PassageRef(o.Article, o.Start, o.End)), PassageJson);

    private static readonly JsonSerializerOptions PassageJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private sealed record PassageRef(string Article, int Start, int End);

    private sealed class Context(IReadOnlyDictionary<string, ArticleEntry> articles)
    {
        public ArticleEntry? Article(string id) => articles.GetValueOrDefault(id);

        public string Label(string id) => Article(id) is { } a ? Layout.ShortLabel(a) : id;

        /// <summary>The cited text as the article has it, or as the report quoted it when the article is not stored.</summary>
        public string Passage(OccurrenceEntry occurrence) =>
            Article(occurrence.Article) is { } a && occurrence.Start >= 0 && occurrence.End <= a.Text.Length && occurrence.Start < occurrence.End
                ? a.Text[occurrence.Start..occurrence.End]
                : occurrence.Text;
    }
}
