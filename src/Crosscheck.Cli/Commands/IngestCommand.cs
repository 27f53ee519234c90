using System.CommandLine;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Text;
using Crosscheck.Storage.Sqlite;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck ingest PATH... [--db FILE]`: reads, cleans and stores articles.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var db = CommonOptions.Database();
        var maxSize = CommonOptions.MaxSize();
        var command = new Command("ingest", "Read, clean and store articles; re-ingesting the same input changes nothing.") { paths, db, maxSize };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenStore(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Rejected;
            }

            var summary = Ingest(store, parse.GetValue(paths)!, parse.GetValue(maxSize));
            return summary.Problems.IsEmpty ? ExitCodes.Success : ExitCodes.Rejected;
        });
        return command;
    }

    /// <summary>Runs ingestion and reports its outcome on stderr, each rejected input with its reason.</summary>
    public static IngestSummary Ingest(SqliteArticleStore store, IReadOnlyList<string> paths, double maxSizeMegabytes)
    {
        var options = new IngestOptions((long)(maxSizeMegabytes * 1_000_000));
        var cleaner = new CleanerOptions(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
        var summary = new Ingestion(store, options, cleaner, new Progress()).Run(paths);
        foreach (var problem in summary.Problems)
        {
            Console.Error.WriteLine($"rejected: {problem}");
        }

        Progress.Line($"{Counted.Of(summary.Files, "file")}: {Counted.Of(summary.Added, "article")} added, {summary.AlreadyStored} already stored, {summary.Problems.Length} rejected; {Counted.Of(store.Count(), "article")} in {store.Path}");
        return summary;
    }
}
