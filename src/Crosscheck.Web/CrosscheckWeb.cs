using System.Text.Json;
using Crosscheck.Web.Api;
using Crosscheck.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crosscheck.Web;

/// <summary>
/// Wires the web layer: <see cref="AddCrosscheckWeb"/> for services, <see cref="UseCrosscheckWeb"/> for the pipeline,
/// <see cref="Create"/> for a ready Kestrel host (what `crosscheck serve` runs).
/// </summary>
public static class CrosscheckWeb
{
    public static IServiceCollection AddCrosscheckWeb(this IServiceCollection services, CrosscheckWebOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Dossier>();
        services.AddRouting();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.PropertyNameCaseInsensitive = true;
        });
        services.AddOpenApi();
        return services;
    }

    public static IApplicationBuilder UseCrosscheckWeb(this IApplicationBuilder app)
    {
        app.Use(SecurityHeaders.Apply);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            ApiEndpoints.Map(endpoints);
            PageEndpoints.Map(endpoints);
            endpoints.MapOpenApi("/openapi");
        });
        return app;
    }

    /// <summary>A Kestrel host on the given URLs (loopback by default), with the store opened and checked.</summary>
    public static WebApplication Create(CrosscheckWebOptions options, params string[] urls)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // One line per request is noise for a local tool; startup, addresses and errors still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // A failure to start (an address in use) reaches the caller, which names it in one line; the host would log it
        // again with its stack.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.UseUrls(urls.Length == 0 ? [CrosscheckWebOptions.DefaultUrl] : urls);
        builder.Services.AddCrosscheckWeb(options);
        var app = builder.Build();
        _ = app.Services.GetRequiredService<Dossier>();
        app.UseCrosscheckWeb();
        return app;
    }
}
