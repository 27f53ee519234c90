using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Crosscheck.Web.Tests;

/// <summary>
/// The real thing for browser tests: the app on Kestrel on a free loopback port over a seeded database, and Debian's
/// Chromium driven by Playwright. Without Chromium the tests are skipped with instructions on a developer machine
/// (the README's test command needs only the .NET SDK), and fail where CROSSCHECK_REQUIRE_BROWSER=1 is set, as
/// .ci/run sets it after installing Chromium, so CI can never skip them silently.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private WebApplication? app;
    private IPlaywright? playwright;

    public SeededDatabase Database { get; } = new();

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Why the browser tests cannot run here, or null when Chromium was found.</summary>
    public string? Unavailable { get; private set; }

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        app = CrosscheckWeb.Create(Database.Options(), "http://127.0.0.1:0");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address);

        var chromium = FindChromium();
        if (chromium is null)
        {
            Unavailable = "Browser tests need Chromium and none was found (looked for CROSSCHECK_CHROMIUM, /usr/bin/chromium and chromium on PATH). "
                + "Install Debian's package: apt-get install -y chromium (CI's .ci/run does this).";
            if (Environment.GetEnvironmentVariable("CROSSCHECK_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException(Unavailable);
            }

            return;
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Database.Dispose();
    }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    private static string? FindChromium()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("CROSSCHECK_CHROMIUM"), "/usr/bin/chromium" }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(dir => new[] { Path.Combine(dir, "chromium"), Path.Combine(dir, "chromium-browser") }));
        return candidates.FirstOrDefault(File.Exists);
    }
}
