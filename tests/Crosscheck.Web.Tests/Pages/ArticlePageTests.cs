using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using Crosscheck.Core.Reports;
using Crosscheck.Web.Pages;

namespace Crosscheck.Web.Tests.Pages;

public sealed partial class ArticlePageTests
{
    [GeneratedRegex("<div class=\"text article-text\"[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex TextDiv();

    [GeneratedRegex("<a class=\"reuse-source\"[^>]*>.*?</a>|<a href=\"[^\"]*\" class=\"reuse-source\">.*?</a>|<mark class=\"reuse\"[^>]*>|</mark>", RegexOptions.Singleline)]
    private static partial Regex OwnMarkup();

    private static ArticleEntry Article(string text, ImmutableArray<ReuseEntry> reuse) =>
        new("a-1", "x.txt", null, "Title", "Outlet", null, null, null, [], "en", text, [], null, null, reuse);

    [Fact]
    public void Random_texts_and_passages_render_the_exact_text_with_nothing_unencoded()
    {
        var random = new Random(20260101);
        const string alphabet = "ab <>&\"'\n\u00e9\u4e2d/=";
        for (var run = 0; run < 300; run++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 200)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            var reuse = Enumerable.Range(0, random.Next(0, 4)).Select(i => new ReuseEntry(
                "a-other-" + i, 10, null,
                [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => new PassageEntry(random.Next(-5, text.Length + 5), random.Next(-5, text.Length + 5), 0, 1))]))
                .ToImmutableArray();

            var page = ArticlePage.Render(Article(text, reuse), [], id => "<b>" + id + "</b>");

            var inner = TextDiv().Match(page).Groups[1].Value;
            var plain = OwnMarkup().Replace(inner, string.Empty);
            Assert.DoesNotContain('<', plain);
            Assert.Equal(text.Replace("\r", string.Empty, StringComparison.Ordinal), WebUtility.HtmlDecode(plain));
        }
    }

    [Fact]
    public void Overlapping_passages_from_two_articles_link_both_sources_once()
    {
        var text = "one two three four five six seven";
        var reuse = ImmutableArray.Create(
            new ReuseEntry("a-x", 10, null, [new PassageEntry(0, 13, 0, 13)]),
            new ReuseEntry("a-y", 10, null, [new PassageEntry(4, 18, 0, 14)]));
        var page = ArticlePage.Render(Article(text, reuse), [], id => id);
        Assert.Equal(1, Regex.Count(page, "compare\\?a=a-1&amp;b=a-x\" class=\"reuse-source\""));
        Assert.Equal(1, Regex.Count(page, "compare\\?a=a-1&amp;b=a-y\" class=\"reuse-source\""));
        Assert.Equal(3, Regex.Count(page, "<mark class=\"reuse\""));
    }
}
