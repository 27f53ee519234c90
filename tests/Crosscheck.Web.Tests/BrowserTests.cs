using Microsoft.Playwright;

namespace Crosscheck.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class BrowserTests(BrowserHost host)
{
    private async Task<IPage> OpenAsync(string path)
    {
        var page = await host.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var response = await page.GotoAsync(host.Url(path));
        Assert.NotNull(response);
        Assert.True(response.Ok, $"{path} answered {response.Status}");
        return page;
    }

    [SkippableFact]
    public async Task Clicking_a_claim_highlights_its_passages_in_the_source_texts()
    {
        Skip.If(host.Unavailable is not null, host.Unavailable);
        var story = host.Database.Story;
        var claim = story.Claims.Single(c => c.Id == "c-personnel");
        var page = await OpenAsync("/stories/" + story.Id);
        try
        {
            Assert.Equal(0, await page.Locator("mark.highlight").CountAsync());
            await page.Locator("#claim-c-personnel td").First.ClickAsync();

            var marks = page.Locator("mark.highlight");
            Assert.Equal(claim.Occurrences.Length, await marks.CountAsync());
            for (var i = 0; i < claim.Occurrences.Length; i++)
            {
                var occurrence = claim.Occurrences[i];
                var mark = page.Locator($".text[data-article=\"{occurrence.Article}\"] mark.highlight");
                Assert.Equal(occurrence.Text, await mark.TextContentAsync());
                Assert.True(await mark.IsVisibleAsync());
            }

            Assert.Contains("selected", await page.Locator("#claim-c-personnel").GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ScreenshotDirectory, "story-claim-highlight.png"), FullPage = false });

            // A second claim replaces the first one's highlights.
            await page.Locator("#claim-c-spending td").First.ClickAsync();
            Assert.Equal("is spending more than $100 million each month in its Ukraine operations", await page.Locator("mark.highlight").TextContentAsync());
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task Summary_citation_shows_the_cited_passage_in_place()
    {
        Skip.If(host.Unavailable is not null, host.Unavailable);
        var story = host.Database.Story;
        var page = await OpenAsync("/stories/" + story.Id);
        try
        {
            var cited = page.Locator("#cite-1");
            Assert.False(await cited.IsVisibleAsync());
            await page.Locator("button[data-cite=\"cite-1\"]").ClickAsync();
            Assert.True(await cited.IsVisibleAsync());
            Assert.Contains(story.Summary[1].Source.Text, await cited.TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
            Assert.Equal("true", await page.Locator("button[data-cite=\"cite-1\"]").GetAttributeAsync("aria-expanded"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task Comparison_shows_aligned_passages_with_word_differences()
    {
        Skip.If(host.Unavailable is not null, host.Unavailable);
        var (a, b) = (host.Database.Report.Articles[0], host.Database.Report.Articles[1]);
        var page = await OpenAsync($"/compare?a={a.Id}&b={b.Id}");
        try
        {
            var pairs = page.Locator(".pair:not(.heads)");
            Assert.Equal(a.Reuse[0].Passages.Length, await pairs.CountAsync());
            Assert.Equal(a.Text[a.Reuse[0].Passages[0].Start..a.Reuse[0].Passages[0].End], await pairs.First.Locator(".side.left").TextContentAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ScreenshotDirectory, "compare.png"), FullPage = true });

            // Without recorded reuse the whole texts are compared, and differing words are marked.
            var c = host.Database.Report.Articles[2];
            await page.GotoAsync(host.Url($"/compare?a={a.Id}&b={c.Id}"));
            Assert.True(await page.Locator(".side.left del").CountAsync() > 0);
            Assert.True(await page.Locator(".side.right ins").CountAsync() > 0);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task Article_page_strikes_out_removed_lines_and_links_reused_passages()
    {
        Skip.If(host.Unavailable is not null, host.Unavailable);
        var article = host.Database.Report.Articles[0];
        var page = await OpenAsync("/articles/" + article.Id);
        try
        {
            Assert.Equal(article.Removed[0].Text, await page.Locator("ul.removed del").First.TextContentAsync());
            Assert.Equal("line-through", await page.Locator("ul.removed del").First.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));
            Assert.Equal(article.Text, await page.Locator(".article-text").EvaluateAsync<string>(
                "e => [...e.childNodes].filter(n => !(n instanceof HTMLAnchorElement)).map(n => n.textContent).join('')"));
            Assert.Equal(article.Reuse[0].Passages.Length, await page.Locator("a.reuse-source").CountAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ScreenshotDirectory, "article-reuse.png"), FullPage = true });
            // Waiting starts before the click, so a navigation that completes at once is not missed.
            await Task.WhenAll(page.WaitForURLAsync("**/compare?**"), page.Locator("a.reuse-source").First.ClickAsync());
            Assert.Equal(article.Reuse[0].Passages.Length, await page.Locator(".pair:not(.heads)").CountAsync());
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task Story_list_search_box_filters_stories()
    {
        Skip.If(host.Unavailable is not null, host.Unavailable);
        var page = await OpenAsync("/");
        try
        {
            Assert.Equal(3, await page.Locator("table.stories tbody tr").CountAsync());
            await page.Locator("input[name=q]").FillAsync("Bakhmut");
            await Task.WhenAll(page.WaitForURLAsync("**/?q=Bakhmut"), page.Locator("form.search button").ClickAsync());
            Assert.Equal(2, await page.Locator("table.stories tbody tr").CountAsync());
            Assert.True(await page.Locator("ol.hits mark").CountAsync() > 0);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ScreenshotDirectory, "stories-search.png") });
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
