using System.CommandLine;
using Crosscheck.Core.Text;
using Crosscheck.Storage.Sqlite;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck stories [--json] [--query TEXT]`: the stories of the latest analysis, newest first.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var query = new Option<string?>("--query") { Description = "Only stories whose articles, claims or quotes match these words." };
        var command = new Command("stories", "List the stories of the latest analysis (run `crosscheck run` first).") { db, json, query };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenStore(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Rejected;
            }

            if (!store.HasAnalysis())
            {
                Console.Error.WriteLine($"error: {store.Path} holds no analysis yet; run `crosscheck run PATH... --out DIR` first");
                return ExitCodes.Rejected;
            }

            var stories = AllStories(store, parse.GetValue(query));
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonOutput.Serialize(stories));
                return ExitCodes.Success;
            }

            foreach (var story in stories)
            {
                var dates = story.FirstDate == story.LastDate ? story.FirstDate ?? "undated" : $"{story.FirstDate ?? "?"}..{story.LastDate ?? "?"}";
                Console.WriteLine($"{story.Id}  {dates,-23}  {Counted.Of(story.ArticleCount, "article"),12}  {Counted.Of(story.OriginCount, "origin"),11}  {story.Title}");
            }

            Console.WriteLine(Counted.Of(stories.Count, "story"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static List<StorySummary> AllStories(SqliteArticleStore store, string? query)
    {
        var stories = new List<StorySummary>();
        for (var page = 1; ; page++)
        {
            var result = store.ListStories(query, page, 100);
            stories.AddRange(result.Stories);
            if (result.Stories.IsEmpty || stories.Count >= result.Total)
            {
                return stories;
            }
        }
    }
}
