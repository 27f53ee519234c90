using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Crosscheck.Web.Tests;

/// <summary>Hostile articles go in through the API and are rendered in a real browser: nothing in them may run or restyle the page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityTests(BrowserHost host)
{
    private const string Payloads = """
        <script>window.__pwned = 'script'; document.title = 'pwned';</script>

        <img src="x" onerror="window.__pwned = 'onerror'; alert('onerror')">

        <body onload="window.__pwned = 'onload'"><svg onload="window.__pwned = 'svg'"></svg>

        <a href="javascript:window.__pwned = 'link'">a javascript link</a> and <iframe src="javascript:alert('frame')"></iframe>

        <style>body { background: rgb(255, 0, 0) !important; } main { display: none; }</style>

        <div style="position: fixed; inset: 0; background: red; z-index: 9999">overlay</div><meta http-equiv="refresh" content="0;url=javascript:alert(1)">

        """;

    private const string Body = """
        The city council approved the harbour budget on Monday after a debate that ran for more than six hours and ended in a narrow vote.

        Councillors who opposed the plan said the cost of dredging the old channel had been underestimated by the port authority.
        """;

    private async Task<string> PostAsync(object article)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var response = await client.PostAsJsonAsync(new Uri("/api/articles", UriKind.Relative), article);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["articles"]![0]!.GetValue<string>();
    }

    public static TheoryData<string> Variants => ["text", "html"];

    [SkippableTheory]
    [MemberData(nameof(Variants))]
    public async Task Hostile_article_renders_as_inert_text_under_the_content_security_policy(string variant)
    {
        Skip.If(host.Unavailable is not null, host.Unavailable);
        const string title = "<img src=x onerror=\"window.__pwned='title'\"><script>window.__pwned='title'</script>";
        var id = await PostAsync(variant == "text"
            ? new { title, text = Payloads + Body, outlet = "<b onmouseover=alert(1)>Outlet</b>", url = "https://example.org/hostile-text" }
            : new { title, html = $"<html><head><title>x</title></head><body><article>{Payloads}<p>{Body}</p></article></body></html>", outlet = "Hostile", url = "https://example.org/hostile-html" });

        var page = await host.Browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        try
        {
            var response = await page.GotoAsync(host.Url("/articles/" + id));
            Assert.NotNull(response);
            Assert.Equal(200, response.Status);
            var csp = await response.HeaderValueAsync("content-security-policy");
            Assert.NotNull(csp);
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", await response.HeaderValueAsync("x-content-type-options"));

            await page.Locator("h1").HoverAsync();
            await page.WaitForTimeoutAsync(300);
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
            Assert.Empty(dialogs);
            Assert.EndsWith("· Crosscheck", await page.TitleAsync(), StringComparison.Ordinal);
            Assert.Equal(title, await page.Locator("h1").TextContentAsync());

            // Only the page's own script and stylesheet exist; no handler attribute, inline style or script link came through.
            Assert.Equal(["/assets/site.js"], await page.EvaluateAsync<string[]>("() => [...document.scripts].map(s => new URL(s.src).pathname)"));
            Assert.Equal(0, await page.Locator("style, iframe, img, svg, meta[http-equiv], [style], a[href^='javascript:' i]").CountAsync());
            Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length"));
            Assert.Equal("rgb(247, 248, 250)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
            Assert.True(await page.Locator("main").IsVisibleAsync());

            // Whatever markup the cleaner kept is shown as the characters it is.
            var stored = await page.EvaluateAsync<string>($"() => fetch('/api/articles/{id}').then(r => r.json()).then(a => a.text)");
            Assert.Equal(stored, await page.Locator(".article-text").TextContentAsync());
            Assert.Contains("harbour budget", stored, StringComparison.Ordinal);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ScreenshotDirectory, $"hostile-{variant}.png"), FullPage = true });
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
