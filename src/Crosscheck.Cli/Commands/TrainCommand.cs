using System.CommandLine;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck train ...`: trains a statistical model from labelled data.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var train = new Command("train", "Train a model from labelled data.");
        train.Subcommands.Add(TrainNerCommand.Create());
        return train;
    }
}
