using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Core.Extraction.Ner;
using Crosscheck.Core.Text;

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
        var unlabelled = new Option<FileInfo[]>("--unlabelled")
        {
            Description = "Unlabelled text for word clusters: CoNLL files (tags ignored) or JSON lines with a \"documents\" array of texts.",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [],
        };
        var clusterDepth = new Option<int>("--cluster-depth")
        {
            Description = "Depth of the word-cluster tree; 0 for no word clusters.",
            DefaultValueFactory = _ => defaults.ClusterDepth,
        };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model (gzip).", Required = true };
        var command = new Command("ner", "Train the named-entity tagger (averaged perceptron) on CoNLL-format data.")
        {
            trainFile, dev, unlabelled, epochs, passes, hashBits, clusterDepth, output,
        };
        command.SetAction(parse =>
        {
            var options = defaults with
            {
                Epochs = parse.GetValue(epochs),
                Passes = parse.GetValue(passes),
                HashBits = parse.GetValue(hashBits),
                ClusterDepth = parse.GetValue(clusterDepth),
            };
            return Run(parse.GetRequiredValue(trainFile), parse.GetValue(dev), parse.GetValue(unlabelled) ?? [], parse.GetRequiredValue(output), options);
        });
        return command;
    }

    private static int Run(FileInfo trainFile, FileInfo? devFile, FileInfo[] unlabelledFiles, FileInfo output, NerTrainingOptions options)
    {
        var missing = new[] { trainFile, devFile }.Concat(unlabelledFiles).OfType<FileInfo>().FirstOrDefault(f => !f.Exists);
        if (missing is not null)
        {
            Console.Error.WriteLine($"No such file: {missing.FullName}");
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        var train = ReadConll(trainFile);
        var dev = devFile is null ? null : ReadConll(devFile);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"train: {train.Count} documents, {train.Sum(d => d.Sentences.Length)} sentences; dev: {dev?.Count ?? 0} documents"));
        var unlabelled = unlabelledFiles.SelectMany(ReadUnlabelled).ToList();
        var model = NerTrainer.Train(train, dev, unlabelled, options, p => Console.WriteLine(Describe(clock.Elapsed, p)));
        using (var stream = output.Create())
        {
            model.Save(stream);
        }

        output.Refresh();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"[{clock.Elapsed:mm\\:ss}] wrote {output.FullName} ({output.Length / 1024.0 / 1024.0:0.00} MB)"));
        return ExitCodes.Success;
    }

    private static string Describe(TimeSpan elapsed, NerTrainingProgress p)
    {
        var time = string.Create(CultureInfo.InvariantCulture, $"[{elapsed:mm\\:ss}] ");
        if (p.Epochs == 0)
        {
            return time + p.Phase;
        }

        var line = string.Create(
            CultureInfo.InvariantCulture, $"pass {p.Pass} {p.Phase} epoch {p.Epoch}/{p.Epochs}: {p.Mistakes}/{p.Sentences} sentences wrong");
        var dev = p.DevF1 is { } f1 ? string.Create(CultureInfo.InvariantCulture, $", dev F1 {f1:0.0000}") : string.Empty;
        return time + line + dev;
    }

    private static IEnumerable<IReadOnlyList<string>> ReadUnlabelled(FileInfo file)
    {
        if (!file.Extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return ReadConll(file).SelectMany(d => d.Sentences).Select(s => (IReadOnlyList<string>)s.Tokens);
        }

        var sentences = new List<IReadOnlyList<string>>();
        foreach (var line in File.ReadLines(file.FullName).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            if (!json.RootElement.TryGetProperty("documents", out var documents))
            {
                continue;
            }

            foreach (var text in documents.EnumerateArray().Select(d => d.GetString() ?? string.Empty))
            {
                sentences.AddRange(SentenceSplitter.Split(text)
                    .Select(s => (IReadOnlyList<string>)[.. WordTokenizer.Tokenize(text, s.Start, s.End).Select(t => t.Text)]));
            }
        }

        return sentences;
    }

    internal static IReadOnlyList<ConllDocument> ReadConll(FileInfo file)
    {
        using var reader = file.OpenText();
        return ConllReader.Read(reader);
    }
}
