using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Crosscheck.Core.Evaluation;
using Crosscheck.Core.Extraction.Ner;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck eval ner TEST.txt [--json] [--min-f1 F] [--model FILE]`: exact-span entity F1 (conlleval).</summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var testFile = new Argument<FileInfo>("test") { Description = "Labelled data in CoNLL-2003 format." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var minF1 = new Option<double?>("--min-f1") { Description = "Exit 1 when overall F1 is below this floor." };
        var modelFile = new Option<FileInfo?>("--model") { Description = "A model file to score instead of the embedded one." };
        var command = new Command("ner", "Score the named-entity tagger: exact-span precision, recall and F1, overall and per type.")
        {
            testFile, json, minF1, modelFile,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(testFile), parse.GetValue(json), parse.GetValue(minF1), parse.GetValue(modelFile)));
        return command;
    }

    private static int Run(FileInfo testFile, bool json, double? minF1, FileInfo? modelFile)
    {
        if (!testFile.Exists || modelFile is { Exists: false })
        {
            Console.Error.WriteLine($"No such file: {(testFile.Exists ? modelFile!.FullName : testFile.FullName)}");
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        NerModel model;
        if (modelFile is null)
        {
            model = NamedEntityTagger.LoadEmbeddedModel();
        }
        else
        {
            using var stream = modelFile.OpenRead();
            model = NerModel.Load(stream);
        }

        var documents = TrainNerCommand.ReadConll(testFile);
        var pairs = new List<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)>();
        foreach (var document in documents)
        {
            var predicted = model.TagDocument([.. document.Sentences.Select(s => (IReadOnlyList<string>)s.Tokens)]);
            pairs.AddRange(document.Sentences.Select((s, i) => ((IReadOnlyList<string>)s.Tags, (IReadOnlyList<string>)predicted[i])));
        }

        var score = ConllEvaluator.Score(pairs);
        var report = new NerEvalReport(
            score.Overall.Precision,
            score.Overall.Recall,
            score.Overall.F1,
            score.PerType.ToDictionary(p => p.Key, p => TypeReport.From(p.Value), StringComparer.Ordinal),
            documents.Count,
            pairs.Count,
            score.Tokens,
            Math.Round(clock.Elapsed.TotalSeconds, 2));
        Console.WriteLine(json ? JsonOutput.Serialize(report) : Table(report));
        if (minF1 is { } floor && score.Overall.F1 < floor)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"NER F1 {score.Overall.F1:0.0000} is below the floor {floor:0.0000}."));
            return ExitCodes.Rejected;
        }

        return ExitCodes.Success;
    }

    private static string Table(NerEvalReport report)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{report.Documents} documents, {report.Sentences} sentences, {report.Tokens} tokens, {report.Seconds} s"),
            "type      precision  recall     f1     gold  predicted  correct",
        };
        lines.AddRange(report.PerType.Select(p => string.Create(
            CultureInfo.InvariantCulture,
            $"{p.Key,-8}  {p.Value.Precision,9:0.0000}  {p.Value.Recall,6:0.0000}  {p.Value.F1,6:0.0000}  {p.Value.Gold,5}  {p.Value.Predicted,9}  {p.Value.Correct,7}")));
        lines.Add(string.Create(
            CultureInfo.InvariantCulture, $"{"overall",-8}  {report.Precision,9:0.0000}  {report.Recall,6:0.0000}  {report.F1,6:0.0000}"));
        return string.Join(Environment.NewLine, lines);
    }

    private sealed record NerEvalReport(
        double Precision,
        double Recall,
        double F1,
        Dictionary<string, TypeReport> PerType,
        int Documents,
        int Sentences,
        int Tokens,
        double Seconds);

    private sealed record TypeReport(double Precision, double Recall, double F1, int Gold, int Predicted, int Correct)
    {
        public static TypeReport From(EntityScore score) =>
            new(score.Precision, score.Recall, score.F1, score.Gold, score.Predicted, score.Correct);
    }
}
