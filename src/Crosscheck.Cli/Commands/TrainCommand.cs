using System.CommandLine;
using System.Globalization;
using Crosscheck.Core.Evaluation;
using Crosscheck.Core.Extraction.Quotes;

namespace Crosscheck.Cli.Commands;

/// <summary>
/// `crosscheck train ...`; its `cues` subcommand: `crosscheck train cues DIR --out FILE [--min-count N] [--min-precision P]`: learns the cue words of reported speech
/// from a PolNeAR training split (DIR/text, DIR/attributions, first annotator per article as in the evaluation) and
/// writes them as the tab-separated list the quote extractor embeds (src/Crosscheck.Core/Extraction/Quotes/cues.tsv);
/// its `quotes` subcommand, `crosscheck train quotes DIR --out FILE [--epochs N]`, learns the weights of the classifier
/// that decides which quotations are direct quotes (src/Crosscheck.Core/Extraction/Quotes/quote-weights.tsv).
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var train = new Command("train", "Train models and derive resources from labelled training data.");
        train.Subcommands.Add(TrainNerCommand.Create());
        train.Subcommands.Add(CreateCues());
        train.Subcommands.Add(CreateQuotes());
        return train;
    }

    private static Command CreateQuotes()
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "A PolNeAR training split: text/ and attributions/ folders." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the weights.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes of the averaged perceptron over the data.", DefaultValueFactory = _ => 10 };
        var minCount = new Option<int>("--min-count") { Description = "Fewest candidates a feature must occur in to get a weight.", DefaultValueFactory = _ => 3 };
        var command = new Command("quotes", "Learn which quotation candidates are direct quotes from PolNeAR annotations.") { directory, output, epochs, minCount };
        command.SetAction(parse => RunQuotes(
            parse.GetRequiredValue(directory), parse.GetRequiredValue(output), parse.GetValue(epochs), parse.GetValue(minCount)));
        return command;
    }

    private static int RunQuotes(DirectoryInfo directory, FileInfo output, int epochs, int minCount)
    {
        var articles = PolnearSplit.ReadOrReport(directory);
        if (articles is null)
        {
            return ExitCodes.Usage;
        }

        var weights = QuoteLearner.Learn(articles.Select(a => (a.Text, a.Gold)), epochs, minCount);
        var provenance = string.Create(
            CultureInfo.InvariantCulture,
            $"Direct-quote weights learned by `crosscheck train quotes` from {articles.Count} PolNeAR articles ({directory.Name}), {epochs} epochs, min count {minCount}.");
        File.WriteAllText(output.FullName, QuoteLearner.Format(weights, provenance));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{weights.Count} weights written to {output.FullName}"));
        return ExitCodes.Success;
    }

    private static Command CreateCues()
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "A PolNeAR training split: text/ and attributions/ folders." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the cue list.", Required = true };
        var minCount = new Option<int>("--min-count") { Description = "Fewest annotated cues a word needs.", DefaultValueFactory = _ => 3 };
        var minPrecision = new Option<double>("--min-precision")
        {
            Description = "Least share of a word's occurrences that must be annotated cues.",
            DefaultValueFactory = _ => 0.2,
        };
        var minAttributions = new Option<int>("--min-attributions")
        {
            Description = "Fewest attributions the extractor must report through a cue before it can be judged too often wrong to keep.",
            DefaultValueFactory = _ => 10,
        };
        var command = new Command("cues", "Learn cue words of reported speech from PolNeAR annotations.") { directory, output, minCount, minPrecision, minAttributions };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(directory), parse.GetRequiredValue(output), parse.GetValue(minCount), parse.GetValue(minPrecision), parse.GetValue(minAttributions)));
        return command;
    }

    private static int Run(DirectoryInfo directory, FileInfo output, int minCount, double minPrecision, int minAttributions)
    {
        var articles = PolnearSplit.ReadOrReport(directory);
        if (articles is null)
        {
            return ExitCodes.Usage;
        }

        var learned = CueLearner.Learn(
            articles.Select(a => (a.Text, (IReadOnlyList<(int, int)>)[.. a.Gold.SelectMany(g => g.Cue).Select(r => (r.Start, r.End))])),
            minCount,
            minPrecision);
        var cues = CueLearner.Prune(learned, [.. articles.Select(a => (a.Text, a.Gold))], minAttributions);
        var provenance = string.Create(
            CultureInfo.InvariantCulture,
            $"Cue heads learned by `crosscheck train cues` from {articles.Count} PolNeAR articles ({directory.Name}), min count {minCount}, min precision {minPrecision}, min attributions {minAttributions}.");
        File.WriteAllText(output.FullName, CueLearner.Format(cues, provenance));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{cues.Length} cues written to {output.FullName} ({learned.Length - cues.Length} of {learned.Length} dropped: {string.Join(", ", learned.Except(cues).Select(c => c.Form))})"));
        return ExitCodes.Success;
    }
}
