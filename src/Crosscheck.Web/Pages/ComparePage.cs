using System.Text;
using Crosscheck.Core.Reports;
using Crosscheck.Core.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Crosscheck.Web.Pages;

/// <summary>
/// Two articles side by side: each passage the reuse stage aligned is shown next to its counterpart with word-level
/// differences marked; articles with no recorded reuse are compared whole.
/// </summary>
internal static class ComparePage
{
    public static string Form(string? a, string? b, string? problem) =>
        Layout.Render("Compare articles", null, html =>
        {
            html.Element("h1", "Compare two articles");
            if (problem is not null)
            {
                html.Element("p", problem, ("class", "problem"), ("role", "alert"));
            }

            html.Open("form", ("action", "/compare"), ("method", "get"), ("class", "compare-form"))
                .Open("label").Text("First article id ").Open("input", ("name", "a"), ("value", a ?? string.Empty), ("required", string.Empty)).Close("label")
                .Open("label").Text("Second article id ").Open("input", ("name", "b"), ("value", b ?? string.Empty), ("required", string.Empty)).Close("label")
                .Element("button", "Compare", ("type", "submit"))
                .Close("form");
        });

    public static string Render(ArticleEntry a, ArticleEntry b) =>
        Layout.Render($"Compare {a.Outlet ?? a.Id} and {b.Outlet ?? b.Id}", null, html =>
        {
            html.Element("h1", "Side by side");
            html.Open("div", ("class", "pair heads"));
            Head(html, a, "left");
            Head(html, b, "right");
            html.Close("div");

            var passages = (a.Reuse.IsDefault ? [] : a.Reuse)
                .Where(r => r.Article == b.Id)
                .SelectMany(r => r.Passages)
                .Where(p => Valid(p.Start, p.End, a.Text) && Valid(p.OtherStart, p.OtherEnd, b.Text))
                .OrderBy(p => p.Start)
                .ToList();
            if (passages.Count == 0)
            {
                html.Element("p", "No shared passages are recorded between these articles; the whole texts are compared.", ("class", "hint"));
                Pair(html, a.Text, b.Text);
                return;
            }

            html.Element("p", $"{Counted.Of(passages.Count, "aligned passage")}; words only in the first are struck out, words only in the second are underlined.", ("class", "hint"));
            foreach (var passage in passages)
            {
                Pair(html, a.Text[passage.Start..passage.End], b.Text[passage.OtherStart..passage.OtherEnd]);
            }
        });

    private static bool Valid(int start, int end, string text) => start >= 0 && start < end && end <= text.Length;

    private static void Head(Html html, ArticleEntry article, string side) =>
        html.Open("div", ("class", "side " + side))
            .Open("h2").Element("a", article.Title ?? article.Id, ("href", Layout.ArticleHref(article.Id))).Close("h2")
            .Element("p", $"{article.Outlet ?? "unknown outlet"} · {article.Published ?? "undated"}", ("class", "meta"))
            .Close("div");

    private static void Pair(Html html, string left, string right)
    {
        var diff = Differ.Instance.CreateDiffs(left, right, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var deleted = new HashSet<int>(diff.DiffBlocks.SelectMany(d => Enumerable.Range(d.DeleteStartA, d.DeleteCountA)));
        var inserted = new HashSet<int>(diff.DiffBlocks.SelectMany(d => Enumerable.Range(d.InsertStartB, d.InsertCountB)));
        html.Open("div", ("class", "pair"));
        Side(html, "side left", diff.PiecesOld, deleted, "del");
        Side(html, "side right", diff.PiecesNew, inserted, "ins");
        html.Close("div");
    }

    /// <summary>Writes the pieces in runs: a run of changed pieces goes into one del or ins element.</summary>
    private static void Side(Html html, string cssClass, IReadOnlyList<string> pieces, HashSet<int> changed, string tag)
    {
        html.Open("div", ("class", cssClass));
        var run = new StringBuilder();
        var runChanged = false;
        void Flush()
        {
            if (run.Length == 0)
            {
                return;
            }

            if (runChanged)
            {
                html.Element(tag, run.ToString());
            }
            else
            {
                html.Text(run.ToString());
            }

            run.Clear();
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            var isChanged = changed.Contains(i);
            if (isChanged != runChanged)
            {
                Flush();
                runChanged = isChanged;
            }

            run.Append(pieces[i]);
        }

        Flush();
        html.Close("div");
    }
}
