using System.Globalization;
using System.Text;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Reports;

/// <summary>
/// Renders the report as dossiers a person reads: plain text that also renders on GitHub. Citations use short
/// source numbers ([1], [2]) listed in each story's sources table, so sentences stay readable.
/// </summary>
public static class MarkdownReportWriter
{
    public static string Write(Report report)
    {
        var md = new StringBuilder();
        md.AppendLine("# Crosscheck report").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{Counted.Of(report.Articles.Length, "article")} in {Counted.Of(report.Stories.Length, "story")} (Crosscheck {report.Crosscheck}).").AppendLine();
        var articles = report.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var story in report.Stories)
        {
            AppendStory(md, story, articles, "##");
        }

        var unclustered = report.Articles.Where(a => !report.Stories.Any(s => s.Articles.Contains(a.Id))).ToList();
        if (unclustered.Count > 0)
        {
            md.AppendLine("## Articles in no story").AppendLine();
            AppendSources(md, unclustered, _ => string.Empty);
        }

        return md.ToString();
    }

    /// <summary>One story's dossier, as `crosscheck story ID` prints it.</summary>
    public static string WriteStory(StoryEntry story, IReadOnlyList<ArticleEntry> articles)
    {
        var md = new StringBuilder();
        AppendStory(md, story, articles.ToDictionary(a => a.Id, StringComparer.Ordinal), "#");
        return md.ToString();
    }

    private static void AppendStory(StringBuilder md, StoryEntry story, Dictionary<string, ArticleEntry> articles, string level)
    {
        var number = story.Articles.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i + 1, StringComparer.Ordinal);
        string Cite(IEnumerable<string> ids) =>
            string.Concat(ids.Where(number.ContainsKey).Select(id => number[id]).Distinct().Order().Select(n => $"[{n}]"));

        md.AppendLine(CultureInfo.InvariantCulture, $"{level} {story.Title}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Story `{story.Id}`: {Counted.Of(story.Articles.Length, "article")}, {Counted.Of(story.Claims.Length, "claim")}, {Counted.Of(story.Discrepancies.Length, "discrepancy")}.").AppendLine();

        md.AppendLine(CultureInfo.InvariantCulture, $"{level}# Timeline").AppendLine();
        foreach (var development in story.Developments)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{development.Date ?? "undated"}**: {development.Headline} {Cite(development.Articles)}");
        }

        md.AppendLine();
        if (!story.Summary.IsEmpty)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{level}# Summary").AppendLine();
            foreach (var sentence in story.Summary)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {sentence.Text} {Cite(sentence.Articles)}");
            }

            md.AppendLine();
        }

        if (!story.Claims.IsEmpty)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{level}# Claims").AppendLine();
            md.AppendLine("| claim | independent origins | status | where |");
            md.AppendLine("|---|---|---|---|");
            foreach (var claim in story.Claims.OrderByDescending(c => c.Origins).ThenByDescending(c => c.Occurrences.Length))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(claim.Text)} | {claim.Origins} | {claim.Status} | {Cite(claim.Occurrences.Select(o => o.Article))} |");
            }

            md.AppendLine();
        }

        if (!story.Discrepancies.IsEmpty)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{level}# Discrepancies").AppendLine();
            foreach (var discrepancy in story.Discrepancies)
            {
                var explained = discrepancy.ExplainedBy is { } reason ? $" *Explained by {reason}.*" : string.Empty;
                md.AppendLine(CultureInfo.InvariantCulture, $"- **{discrepancy.Kind}**: {discrepancy.Summary}{explained}");
                foreach (var variant in discrepancy.Variants)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"  - \"{variant.Text}\" {Cite(variant.Articles)}");
                }
            }

            md.AppendLine();
        }

        if (!story.Quotes.IsEmpty)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{level}# Quotes by speaker").AppendLine();
            foreach (var speaker in story.Quotes.Where(q => q.Direct).GroupBy(q => q.SpeakerName ?? "unattributed").OrderByDescending(g => g.Count()))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"**{speaker.Key}**").AppendLine();
                foreach (var quote in speaker.OrderByDescending(q => q.Occurrences.Length))
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"- “{quote.Text}” {Cite(quote.Occurrences.Select(o => o.Article))}");
                }

                md.AppendLine();
            }
        }

        if (!story.Events.IsEmpty)
        {
            var names = story.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
            string Name(string? id) => id is not null && names.TryGetValue(id, out var name) ? name : "?";
            md.AppendLine(CultureInfo.InvariantCulture, $"{level}# Events").AppendLine();
            foreach (var e in story.Events)
            {
                var details = string.Join("; ", new[] { e.Object, e.Date, e.AttributedTo is null ? null : "per " + Name(e.AttributedTo) }.Where(d => d is not null));
                var detailText = details.Length == 0 ? string.Empty : $" ({details})";
                md.AppendLine(CultureInfo.InvariantCulture, $"- {Name(e.Actor)} → {e.Action} → {Name(e.Target)}{detailText} {Cite(e.Occurrences.Select(o => o.Article))}");
            }

            md.AppendLine();
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"{level}# Sources").AppendLine();
        AppendSources(md, story.Articles.Where(articles.ContainsKey).Select(id => articles[id]).ToList(), id => $"[{number[id]}]");
    }

    private static void AppendSources(StringBuilder md, IReadOnlyList<ArticleEntry> articles, Func<string, string> label)
    {
        md.AppendLine("| | title | outlet | published | originality | origin | id |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var article in articles)
        {
            var originality = article.Originality is { } o ? o.ToString("P0", CultureInfo.InvariantCulture) : "–";
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {label(article.Id)} | {Cell(article.Title)} | {Cell(article.Outlet)} | {Cell(article.Published)} | {originality} | {Cell(article.Origin)} | `{article.Id}` |");
        }

        md.AppendLine();
    }

    /// <summary>Escapes a value for a Markdown table cell.</summary>
    public static string Cell(string? value) =>
        string.IsNullOrEmpty(value) ? "–" : value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
