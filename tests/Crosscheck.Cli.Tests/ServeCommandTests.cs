using System.Net;
using System.Net.Sockets;
using Crosscheck.Storage.Sqlite;

namespace Crosscheck.Cli.Tests;

public sealed class ServeCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crosscheck-serve-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public void Serve_on_an_address_in_use_names_it_in_one_line()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var (exit, _, stderr) = CliRunner.Run(directory, "serve", "--db", "c.db", "--urls", url, "--no-embeddings");

        Assert.Equal(1, exit);
        Assert.Contains($"error: Failed to bind to address {url}", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_analyses_a_database_without_analysis_and_answers_on_loopback()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "fixtures", "dprk-wagner");
        Assert.Equal(0, CliRunner.Run(directory, "ingest", samples, "--db", "c.db").ExitCode);
        using (var store = SqliteArticleStore.Open(Path.Combine(directory, "c.db")))
        {
            Assert.False(store.HasAnalysis());
        }

        var url = $"http://127.0.0.1:{FreePort()}";
        using var server = CliRunner.Start(directory, "serve", "--db", "c.db", "--urls", url, "--no-embeddings");
        var stdout = server.StandardOutput.ReadToEndAsync();
        var stderr = server.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
            HttpResponseMessage? response = null;
            for (var attempt = 0; attempt < 120 && response is null; attempt++)
            {
                try
                {
                    response = await client.GetAsync(new Uri("/api/stories", UriKind.Relative));
                }
                catch (HttpRequestException)
                {
                    if (server.HasExited)
                    {
                        Assert.Fail($"serve exited with {server.ExitCode}: {await stderr}");
                    }

                    await Task.Delay(500);
                }
            }

            Assert.NotNull(response);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            await Task.WhenAll(stdout, stderr);
        }

        using var reopened = SqliteArticleStore.Open(Path.Combine(directory, "c.db"));
        Assert.True(reopened.HasAnalysis());
    }
}
