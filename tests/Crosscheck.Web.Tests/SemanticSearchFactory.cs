using Crosscheck.Embeddings.Onnx;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Crosscheck.Web.Tests;

/// <summary>The web layer over the seeded database with the real sentence-embedding model loaded.</summary>
public sealed class SemanticSearchFactory : WebApplicationFactory<SemanticSearchFactory>
{
    private readonly MiniLmEmbedder embedder = MiniLmEmbedder.TryCreate(null, out var failure)
        ?? throw new InvalidOperationException(failure);

    public SeededDatabase Database { get; } = new();

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder().ConfigureWebHost(web => web
            .ConfigureServices(services => services.AddCrosscheckWeb(Database.Options(embedder: embedder)))
            .Configure(app => app.UseCrosscheckWeb()));

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
            embedder.Dispose();
        }
    }
}
