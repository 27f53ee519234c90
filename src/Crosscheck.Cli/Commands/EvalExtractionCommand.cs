using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Evaluation;

namespace Crosscheck.Cli.Commands;

/// <summary>
/// `crosscheck eval extraction DIR`: runs the HTML article extractor over the Zyte article-extraction benchmark
/// (html/&lt;id&gt;.html.gz, ground-truth.json) and scores it, and every anchor system in anchors/, by shingle F1.
/// </summary>
internal static class EvalExtractionCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "The extraction benchmark folder: html/<id>.html.gz, ground-truth.json, anchors/." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var minF1 = new Option<double?>("--min-f1") { Description = "Exit 1 when the extractor's F1 is below this floor." };
        var command = new Command("extraction", "Score main-content extraction from news HTML (shingle F1, Zyte benchmark).")
        {
            directory,
            json,
            minF1,
        };
        command.SetAction(parse => Run(parse.GetValue(directory)!, parse.GetValue(json), parse.GetValue(minF1)));
        return command;
    }

    private static int Run(DirectoryInfo directory, bool json, double? minF1)
    {
        var truthFile = Path.Combine(directory.FullName, "ground-truth.json");
        if (!File.Exists(truthFile))
        {
            Console.Error.WriteLine($"no ground-truth.json in {directory.FullName}");
            return ExitCodes.Usage;
        }

        var hash = new XxHash64();
        var truthBytes = File.ReadAllBytes(truthFile);
        hash.Append(truthBytes);
        var truth = ReadBodies(truthBytes);
        var extractor = new HtmlArticleExtractor();
        var overlaps = new List<ShingleOverlap>(truth.Count);
        foreach (var (id, expected) in truth)
        {
            var page = Path.Combine(directory.FullName, "html", id + ".html.gz");
            if (!File.Exists(page))
            {
                Console.Error.WriteLine($"missing page {page}");
                return ExitCodes.Rejected;
            }

            var html = ReadGzip(page, hash);
            overlaps.Add(ShingleOverlapEvaluator.Compare(expected.Body, extractor.Extract(html, expected.Url).Text));
        }

        var score = ShingleOverlapEvaluator.Score(overlaps);
        var anchors = new SortedDictionary<string, AnchorScore>(StringComparer.Ordinal);
        var anchorDirectory = Path.Combine(directory.FullName, "anchors");
        if (Directory.Exists(anchorDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(anchorDirectory, "*.json").Order(StringComparer.Ordinal))
            {
                var predicted = ReadBodies(File.ReadAllBytes(file));
                var anchor = ShingleOverlapEvaluator.Score(truth
                    .Select(t => ShingleOverlapEvaluator.Compare(t.Value.Body, predicted.GetValueOrDefault(t.Key)?.Body ?? string.Empty))
                    .ToList());
                anchors[Path.GetFileNameWithoutExtension(file)] = new AnchorScore(Round(anchor.Precision), Round(anchor.Recall), Round(anchor.F1));
            }
        }

        var report = new ExtractionReport(Round(score.Precision), Round(score.Recall), Round(score.F1), score.Pages,
            hash.GetCurrentHashAsUInt64().ToString("x16", CultureInfo.InvariantCulture), anchors);
        Console.WriteLine(json ? JsonOutput.Serialize(report) : Table(report));
        if (minF1 is { } floor && score.F1 < floor)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"extraction F1 {score.F1:F4} is below the floor {floor:F4}"));
            return ExitCodes.Rejected;
        }

        return ExitCodes.Success;
    }

    // Anchor files either hold the pages at the top level or under "output".
    private static SortedDictionary<string, BenchmarkPage> ReadBodies(byte[] file)
    {
        using var document = JsonDocument.Parse(file);
        var root = document.RootElement.TryGetProperty("output", out var output) ? output : document.RootElement;
        var pages = new SortedDictionary<string, BenchmarkPage>(StringComparer.Ordinal);
        foreach (var page in root.EnumerateObject())
        {
            pages[page.Name] = new BenchmarkPage(Field(page.Value, "url"), Field(page.Value, "articleBody") ?? string.Empty);
        }

        return pages;
    }

    private static string? Field(JsonElement page, string name) =>
        page.ValueKind == JsonValueKind.Object && page.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string ReadGzip(string path, XxHash64 hash)
    {
        var compressed = File.ReadAllBytes(path);
        hash.Append(compressed);
        using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(input, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static double Round(double value) => Math.Round(value, 4);

    private static string Table(ExtractionReport report)
    {
        var lines = new StringBuilder();
        lines.AppendLine(CultureInfo.InvariantCulture, $"{"system",-16} {"precision",9} {"recall",9} {"f1",9}");
        lines.AppendLine(CultureInfo.InvariantCulture, $"{"crosscheck",-16} {report.Precision,9:F4} {report.Recall,9:F4} {report.F1,9:F4}");
        foreach (var (name, anchor) in report.Anchors)
        {
            lines.AppendLine(CultureInfo.InvariantCulture, $"{name,-16} {anchor.Precision,9:F4} {anchor.Recall,9:F4} {anchor.F1,9:F4}");
        }

        lines.Append(CultureInfo.InvariantCulture, $"{report.Pages} pages, corpus hash {report.CorpusHash}");
        return lines.ToString();
    }

    private sealed record BenchmarkPage(string? Url, string Body);

    private sealed record AnchorScore(double Precision, double Recall, double F1);

    private sealed record ExtractionReport(
        double Precision, double Recall, double F1, int Pages, string CorpusHash, SortedDictionary<string, AnchorScore> Anchors);
}
