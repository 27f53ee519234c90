using Crosscheck.Core.Embeddings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Crosscheck.Web.Tests;

/// <summary>
/// Hosts the web layer in memory over a seeded database. The web project is a library (the CLI hosts it), so the
/// factory builds the host itself instead of running an application's entry point.
/// </summary>
public class ApiFactory : WebApplicationFactory<ApiFactory>
{
    public const long UploadLimit = 100_000;

    public SeededDatabase Database { get; } = new();

    /// <summary>The sentence-embedding model the host gets; none by default, as with `serve --no-embeddings`.</summary>
    protected virtual ISentenceEmbedder? Embedder => null;

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder().ConfigureWebHost(web => web
            .ConfigureServices(services => services.AddCrosscheckWeb(Database.Options(UploadLimit, Embedder)))
            .Configure(app => app.UseCrosscheckWeb()));

    // The host needs no files; the default would look for a project folder beside the solution file.
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}
