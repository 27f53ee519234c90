using System.CommandLine;
using Crosscheck.Cli.Commands;

namespace Crosscheck.Cli;

/// <summary>The root command: every subcommand is registered here, in one place.</summary>
internal static class CrosscheckCommand
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Crosscheck: turns overlapping news reports into one verified, cited story.");
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(ArticlesCommand.Create());
        root.Subcommands.Add(StoriesCommand.Create());
        root.Subcommands.Add(StoryCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }
}
