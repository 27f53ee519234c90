using System.CommandLine;
using Crosscheck.Core.Reports;
using Crosscheck.Core.Text;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck articles [--json]`: what is stored.</summary>
internal static class ArticlesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command("articles", "List the stored articles.") { db, json };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenStore(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Rejected;
            }

            var articles = store.LoadArticles();
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonOutput.Serialize(articles.Select(a => ReportBuilder.ToEntry(a))));
                return ExitCodes.Success;
            }

            foreach (var article in articles)
            {
                var published = article.Published?.ToIso() ?? "undated";
                Console.WriteLine($"{article.Id}  {published,-10}  {article.Outlet ?? "-",-20}  {article.Title ?? "(untitled)"}");
            }

            Console.WriteLine(Counted.Of(articles.Length, "article"));
            return ExitCodes.Success;
        });
        return command;
    }
}
