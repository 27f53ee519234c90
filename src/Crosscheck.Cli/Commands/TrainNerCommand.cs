using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Crosscheck.Core.Extraction.Ner;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck train ner TRAIN.txt [--dev VALID.txt] [--epochs N] --out MODEL`: trains the named-entity tagger.</summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var trainFile = new Argument<FileInfo>("train") { Description = "Training data in CoNLL-2003 format." };
        var dev = new Option<FileInfo?>("--dev") { Description = "Dev data in CoNLL-2003 format: scored after each epoch, best epoch kept." };
        var defaults = new NerTrainingOptions();
        var epochs = new Option<int>("--epochs") { Description = "Training epochs per pass.", DefaultValueFactory = _ => defaults.Epochs };
        var passes = new Option<int>("--passes") { Description = "1, or 2 for a second pass over first-pass labels.", DefaultValueFactory = _ => defaults.Passes };
        var hashBits = new Option<int>("--hash-bits") { Description = "log2 of the number of weight rows.", DefaultValueFactory = _ => defaults.HashBits };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model (gzip).", Required = true };
        var command = new Command("ner", "Train the named-entity tagger (averaged perceptron) on CoNLL-format data.")
        {
            trainFile, dev, epochs, passes, hashBits, output,
        };
        command.SetAction(parse =>
        {
            var options = defaults with
            {
                Epochs = parse.GetValue(epochs),
                Passes = parse.GetValue(passes),
                HashBits = parse.GetValue(hashBits),
            };
            return Run(parse.GetRequiredValue(trainFile), parse.GetValue(dev), parse.GetRequiredValue(output), options);
        });
        return command;
    }

    private static int Run(FileInfo trainFile, FileInfo? devFile, FileInfo output, NerTrainingOptions options)
    {
        if (!trainFile.Exists || devFile is { Exists: false })
        {
            Console.Error.WriteLine($"No such file: {(trainFile.Exists ? devFile!.FullName : trainFile.FullName)}");
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        var train = ReadConll(trainFile);
        var dev = devFile is null ? null : ReadConll(devFile);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"train: {train.Count} documents, {train.Sum(d => d.Sentences.Length)} sentences; dev: {dev?.Count ?? 0} documents"));
        var model = NerTrainer.Train(train, dev, options, p => Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[{clock.Elapsed:mm\\:ss}] pass {p.Pass} {p.Phase} epoch {p.Epoch}/{p.Epochs}: {p.Mistakes}/{p.Sentences} sentences wrong")
            + (p.DevF1 is { } f1 ? string.Create(CultureInfo.InvariantCulture, $", dev F1 {f1:0.0000}") : string.Empty)));
        using (var stream = output.Create())
        {
            model.Save(stream);
        }

        output.Refresh();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"[{clock.Elapsed:mm\\:ss}] wrote {output.FullName} ({output.Length / 1024.0 / 1024.0:0.00} MB)"));
        return ExitCodes.Success;
    }

    internal static IReadOnlyList<ConllDocument> ReadConll(FileInfo file)
    {
        using var reader = file.OpenText();
        return ConllReader.Read(reader);
    }
}
