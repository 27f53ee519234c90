using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Crosscheck.Core.Evaluation;
using Crosscheck.Core.Extraction.Quotes;

namespace Crosscheck.Cli.Commands;

/// <summary>
/// `crosscheck eval attribution DIR [--json] [--min-direct-f1 F] [--min-all-f1 F] [--min-speaker-accuracy F]`: scores
/// the quote extractor on PolNeAR (DIR/text/&lt;article&gt;.txt, DIR/attributions/&lt;article&gt;_&lt;annotator&gt;.ann).
/// Where several annotators labelled one article, the first annotation file in ordinal name order is the gold
/// (see <see cref="PolnearSplit"/>). `--errors FILE` lists the direct quotes missed and the ones predicted wrongly,
/// for error analysis; with `--all-errors`, every attribution, direct or indirect.
/// </summary>
internal static class EvalAttributionCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "A PolNeAR split: text/ and attributions/ folders." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var minDirect = new Option<double?>("--min-direct-f1") { Description = "Exit 1 when direct-quote F1 is below this floor." };
        var minAll = new Option<double?>("--min-all-f1") { Description = "Exit 1 when all-attribution F1 is below this floor." };
        var minSpeaker = new Option<double?>("--min-speaker-accuracy") { Description = "Exit 1 when source accuracy on matched direct quotes is below this floor." };
        var errors = new Option<FileInfo?>("--errors") { Description = "Write the missed and spurious direct quotes, with their sentences, to this file." };
        var allErrors = new Option<bool>("--all-errors") { Description = "With --errors, list every missed and spurious attribution, direct or indirect." };
        var command = new Command("attribution", "Score quote and attribution extraction: content-span F1 (direct and all) and source accuracy.")
        {
            directory, json, minDirect, minAll, minSpeaker, errors, allErrors,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(directory), parse.GetValue(json), parse.GetValue(minDirect), parse.GetValue(minAll), parse.GetValue(minSpeaker),
            parse.GetValue(errors), parse.GetValue(allErrors)));
        return command;
    }

    private static int Run(DirectoryInfo directory, bool json, double? minDirect, double? minAll, double? minSpeaker, FileInfo? errors, bool allErrors)
    {
        var split = PolnearSplit.ReadOrReport(directory);
        if (split is null)
        {
            return ExitCodes.Usage;
        }

        var extractor = new QuoteExtractor();
        var articles = split.Select(a => (a.Gold, extractor.Extract(a.Text).Select(AnnotatedAttribution.From).ToImmutableArray())).ToList();
        if (errors is not null)
        {
            File.WriteAllText(errors.FullName, AttributionErrors.Format(split.Select((a, i) => (a.Name, a.Text, a.Gold, articles[i].Item2)), directOnly: !allErrors));
        }

        var scores = AttributionScorer.Score(articles);
        var report = new AttributionEvalReport(
            scores.DirectF1, scores.DirectPrecision, scores.DirectRecall, scores.AllF1, scores.AllPrecision, scores.AllRecall,
            scores.SpeakerAccuracy, scores.Articles, scores.GoldDirect, scores.PredictedDirect, scores.GoldAll, scores.PredictedAll);
        Console.WriteLine(json ? JsonOutput.Serialize(report) : Table(report));
        var failed = false;
        failed |= BelowFloor("direct-quote F1", scores.DirectF1, minDirect);
        failed |= BelowFloor("all-attribution F1", scores.AllF1, minAll);
        failed |= BelowFloor("speaker accuracy", scores.SpeakerAccuracy, minSpeaker);
        return failed ? ExitCodes.Rejected : ExitCodes.Success;
    }

    private static bool BelowFloor(string name, double value, double? floor)
    {
        if (floor is not { } f || value >= f)
        {
            return false;
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Attribution {name} {value:0.0000} is below the floor {f:0.0000}."));
        return true;
    }

    private static string Table(AttributionEvalReport r) => string.Join(
        Environment.NewLine,
        string.Create(CultureInfo.InvariantCulture, $"{r.Articles} articles"),
        "                 precision  recall     f1   gold  predicted",
        string.Create(CultureInfo.InvariantCulture, $"direct quotes    {r.DirectPrecision,9:0.0000}  {r.DirectRecall,6:0.0000}  {r.DirectF1,6:0.0000}  {r.GoldDirect,5}  {r.PredictedDirect,9}"),
        string.Create(CultureInfo.InvariantCulture, $"all attributions {r.AllPrecision,9:0.0000}  {r.AllRecall,6:0.0000}  {r.AllF1,6:0.0000}  {r.GoldAll,5}  {r.PredictedAll,9}"),
        string.Create(CultureInfo.InvariantCulture, $"speaker accuracy on matched direct quotes: {r.SpeakerAccuracy:0.0000}"));

    private sealed record AttributionEvalReport(
        double DirectF1,
        double DirectPrecision,
        double DirectRecall,
        double AllF1,
        double AllPrecision,
        double AllRecall,
        double SpeakerAccuracy,
        int Articles,
        int GoldDirect,
        int PredictedDirect,
        int GoldAll,
        int PredictedAll);
}
