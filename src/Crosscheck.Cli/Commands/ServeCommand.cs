using System.CommandLine;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Reports;
using Crosscheck.Storage.Sqlite;
using Crosscheck.Web;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck serve [--db FILE] [--urls URLS]`: the dossier pages and the HTTP API over the store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';' (loopback unless you say otherwise).",
            DefaultValueFactory = _ => CrosscheckWebOptions.DefaultUrl,
        };
        var maxUpload = new Option<double>("--max-upload")
        {
            Description = "Largest upload POST /api/articles accepts, in megabytes.",
            DefaultValueFactory = _ => CrosscheckWebOptions.DefaultMaxUploadBytes / 1_000_000.0,
        };
        var noEmbeddings = CommonOptions.NoEmbeddings();
        var command = new Command("serve", "Serve the story dossiers and the HTTP API (OpenAPI at /openapi).") { db, urls, maxUpload, noEmbeddings };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(db)!;
            var limit = parse.GetValue(maxUpload);
            if (limit <= 0)
            {
                Console.Error.WriteLine("error: --max-upload must be positive");
                return ExitCodes.Usage;
            }

            // Loaded once: every upload reruns the analysis with it.
            using var embedder = parse.GetValue(noEmbeddings) ? null : CommonOptions.LoadEmbedder();
            Report Analyze(IReadOnlyList<CleanArticle> articles) => Analysis.Run(articles, embedder);
            using (var store = CommonOptions.OpenStore(path))
            {
                if (store is null)
                {
                    return ExitCodes.Rejected;
                }

                if (EnsureAnalysis(store, Analyze))
                {
                    Progress.Line($"analysed the {store.Count()} stored articles");
                }
            }

            var options = new CrosscheckWebOptions(path, Analyze, (long)(limit * 1_000_000), embedder);
            var addresses = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            using var app = CrosscheckWeb.Create(options, addresses);
            app.Run();
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Analyses the stored articles when nothing has been saved yet, so the first page already has stories.</summary>
    public static bool EnsureAnalysis(SqliteArticleStore store, Func<IReadOnlyList<CleanArticle>, Report> analyze)
    {
        if (store.HasAnalysis() || store.Count() == 0)
        {
            return false;
        }

        store.SaveAnalysis(analyze(store.LoadArticles()));
        return true;
    }
}
