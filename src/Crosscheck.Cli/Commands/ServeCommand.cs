using System.CommandLine;
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
        var command = new Command("serve", "Serve the story dossiers and the HTTP API (OpenAPI at /openapi).") { db, urls, maxUpload };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(db)!;
            using (var store = CommonOptions.OpenStore(path))
            {
                if (store is null)
                {
                    return ExitCodes.Rejected;
                }

                if (EnsureAnalysis(store))
                {
                    Progress.Line($"analysed the {store.Count()} stored articles");
                }
            }

            var limit = parse.GetValue(maxUpload);
            if (limit <= 0)
            {
                Console.Error.WriteLine("error: --max-upload must be positive");
                return ExitCodes.Usage;
            }

            var options = new CrosscheckWebOptions(path, Analysis.Run, (long)(limit * 1_000_000));
            var addresses = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            using var app = CrosscheckWeb.Create(options, addresses);
            app.Run();
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Analyses the stored articles when nothing has been saved yet, so the first page already has stories.</summary>
    public static bool EnsureAnalysis(SqliteArticleStore store)
    {
        if (store.HasAnalysis() || store.Count() == 0)
        {
            return false;
        }

        store.SaveAnalysis(Analysis.Run(store.LoadArticles()));
        return true;
    }
}
