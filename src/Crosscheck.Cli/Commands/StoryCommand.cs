using System.CommandLine;
using Crosscheck.Core.Reports;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck story ID [--format md|json]`: one story's dossier from the latest analysis.</summary>
internal static class StoryCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "A story id (\"s-…\") as `crosscheck stories` lists them." };
        var db = CommonOptions.Database();
        var format = new Option<string>("--format") { Description = "md (a dossier to read) or json (the report contract's story object).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json");
        var command = new Command("story", "Print one story's dossier.") { id, db, format };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenStore(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Rejected;
            }

            var storyId = parse.GetValue(id)!;
            if (store.GetStory(storyId) is not { } story)
            {
                Console.Error.WriteLine($"error: no story {storyId} in {store.Path} (see `crosscheck stories`)");
                return ExitCodes.Rejected;
            }

            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonOutput.Serialize(story));
                return ExitCodes.Success;
            }

            var articles = story.Articles.Select(store.GetArticle).OfType<ArticleEntry>().ToList();
            Console.Write(MarkdownReportWriter.WriteStory(story, articles));
            return ExitCodes.Success;
        });
        return command;
    }
}
