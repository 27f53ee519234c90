using System.CommandLine;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck eval ...`: scores a stage against labelled data; each subcommand can enforce a floor.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var eval = new Command("eval", "Score a pipeline stage against labelled evaluation data.");
        eval.Subcommands.Add(EvalSummaryCommand.Create());
        eval.Subcommands.Add(EvalAttributionCommand.Create());
        eval.Subcommands.Add(EvalClusteringCommand.Create());
        eval.Subcommands.Add(EvalExtractionCommand.Create());
        eval.Subcommands.Add(EvalNerCommand.Create());
        return eval;
    }
}
