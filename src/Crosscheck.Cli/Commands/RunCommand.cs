using System.CommandLine;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck run PATH... --out DIR`: ingest, analyse everything stored, write report.json and report.md.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var db = CommonOptions.Database();
        var maxSize = CommonOptions.MaxSize();
        var output = new Option<string>("--out") { Description = "Folder for report.json and report.md.", Required = true };
        var noEmbeddings = CommonOptions.NoEmbeddings();
        var command = new Command("run", "Ingest the inputs, run every analysis stage and write the report.") { paths, db, maxSize, output, noEmbeddings };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(output)!;
            if (!ReportFiles.Prepare(directory))
            {
                return ExitCodes.Usage;
            }

            using var store = CommonOptions.OpenStore(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Rejected;
            }

            var summary = IngestCommand.Ingest(store, parse.GetValue(paths)!, parse.GetValue(maxSize));
            using var embedder = parse.GetValue(noEmbeddings) ? null : CommonOptions.LoadEmbedder();
            var report = Analysis.Run(store.LoadArticles(), embedder);
            store.SaveAnalysis(report);
            if (!ReportFiles.Write(report, directory))
            {
                return ExitCodes.Rejected;
            }

            Progress.Line($"wrote {Path.Combine(directory, "report.json")} and {Path.Combine(directory, "report.md")}");
            return summary.Problems.IsEmpty ? ExitCodes.Success : ExitCodes.Rejected;
        });
        return command;
    }
}
