using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Core.Reports;
using Crosscheck.Web.Pages;

namespace Crosscheck.Web.Tests.Pages;

public sealed class DossierPageTests
{
    private static ArticleEntry Article(string id) =>
        new(id, id + ".txt", null, "Title of " + id, "Outlet", null, null, null, [], "en", "The text of " + id + ".", [], null, null, []);

    private static (StoryEntry Story, Dictionary<string, ArticleEntry> Articles) Story(int size)
    {
        var ids = Enumerable.Range(0, size).Select(i => "a-" + i.ToString("D4", CultureInfo.InvariantCulture)).ToImmutableArray();
        var story = new StoryEntry("s-1", "A big story", ids, [], [], [], [], [], [], []);
        return (story, ids.ToDictionary(id => id, Article));
    }

    [Fact]
    public void Story_of_many_articles_carries_the_first_texts_and_links_the_rest()
    {
        var (story, articles) = Story(DossierPage.MaxSourceTexts + 7);

        var page = DossierPage.Render(story, null, articles);

        Assert.Equal(DossierPage.MaxSourceTexts, Regex.Count(page, "<details class=\"source\""));
        Assert.Contains("The texts of the other 7 articles are on their own pages", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/articles/a-0106\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Story_under_the_cap_carries_every_text()
    {
        var (story, articles) = Story(3);

        var page = DossierPage.Render(story, null, articles);

        Assert.Equal(3, Regex.Count(page, "<details class=\"source\""));
        Assert.DoesNotContain("on their own pages", page, StringComparison.Ordinal);
    }
}
