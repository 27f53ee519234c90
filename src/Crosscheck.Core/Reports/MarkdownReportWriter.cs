using System.Globalization;
using System.Text;

namespace Crosscheck.Core.Reports;

/// <summary>Renders the report as a dossier a person reads: plain text that also renders on GitHub.</summary>
public static class MarkdownReportWriter
{
    public static string Write(Report report)
    {
        var md = new StringBuilder();
        md.AppendLine("# Crosscheck report").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{report.Articles.Length} articles, {report.Stories.Length} stories (Crosscheck {report.Crosscheck}).").AppendLine();
        AppendSources(md, report);
        return md.ToString();
    }

    private static void AppendSources(StringBuilder md, Report report)
    {
        md.AppendLine("## Sources").AppendLine();
        md.AppendLine("| id | title | outlet | published | language | originality | removed lines |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var article in report.Articles)
        {
            var originality = article.Originality is { } o ? o.ToString("P0", CultureInfo.InvariantCulture) : "–";
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| `{article.Id}` | {Cell(article.Title)} | {Cell(article.Outlet)} | {Cell(article.Published)} | {article.Language} | {originality} | {article.Removed.Length} |");
        }

        md.AppendLine();
    }

    /// <summary>Escapes a value for a Markdown table cell.</summary>
    public static string Cell(string? value) =>
        string.IsNullOrEmpty(value) ? "–" : value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
