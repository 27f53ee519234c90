using System.Collections.Immutable;
using System.Text;
using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Reports;

/// <summary>Maps the stages' results onto the report contract.</summary>
public static class ReportBuilder
{
    public const string Version = "0.1.0";

    public static Report Build(IReadOnlyList<CleanArticle> articles) =>
        new(Version, [.. articles.Select(ToEntry)], []);

    public static ArticleEntry ToEntry(CleanArticle article) => new(
        article.Id.Value,
        article.Source,
        article.Url,
        article.Title,
        article.Outlet,
        article.Published?.ToIso(),
        article.Dateline,
        article.Byline,
        article.Credits,
        article.Language,
        article.Text,
        [.. article.Removed.Select(r => new RemovedEntry(r.Text, Kebab(r.Reason)))],
        null,
        null,
        []);

    public static string Kebab(RemovalReason reason)
    {
        var name = reason.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
