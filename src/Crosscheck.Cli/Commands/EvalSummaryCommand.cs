using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crosscheck.Core;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Evaluation;
using Crosscheck.Core.Summaries;

namespace Crosscheck.Cli.Commands;

/// <summary>
/// `crosscheck eval summary FILE.jsonl`: summarises each Multi-News cluster ({cluster, documents, summary} per line),
/// cuts the summary at a word count (300, as in the Multi-News paper) and prints the mean ROUGE-1/2/L F against
/// the human summary, in percent. `--baseline first3` scores the First-3 baseline instead, to check the scorer
/// against published figures.
/// </summary>
internal static class EvalSummaryCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON lines: {cluster, documents: [text...], summary}." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var minRouge1 = new Option<double?>("--min-rouge1") { Description = "Exit 1 when ROUGE-1 F (percent) is below this." };
        var minRouge2 = new Option<double?>("--min-rouge2") { Description = "Exit 1 when ROUGE-2 F (percent) is below this." };
        var words = new Option<int>("--words") { Description = "Word budget of each summary.", DefaultValueFactory = _ => 300 };
        var baseline = new Option<string?>("--baseline") { Description = "Score a baseline instead of the summariser: first3." };
        baseline.AcceptOnlyFromAmong("first3");

        var command = new Command("summary", "ROUGE of the multi-document summariser against human summaries (Multi-News).")
        {
            file, json, minRouge1, minRouge2, words, baseline,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"no such file: {path.FullName}");
                return ExitCodes.Usage;
            }

            var budget = parse.GetValue(words);
            var system = parse.GetValue(baseline) ?? "summarizer";
            var summarizer = new MultiDocumentSummarizer(SummaryOptions.Default with { WordBudget = budget });
            Func<IReadOnlyList<CleanArticle>, ImmutableArray<SummarySentence>> summarize = system == "first3"
                ? articles => LeadBaseline.Summarize(articles, 3)
                : articles => summarizer.Summarize(articles);

            var result = Evaluate(path, summarize, budget, system);
            Console.WriteLine(parse.GetValue(json) ? JsonOutput.Serialize(result) : Table(result));
            return Floors(result, parse.GetValue(minRouge1), parse.GetValue(minRouge2));
        });
        return command;
    }

    private static SummaryEvaluation Evaluate(
        FileInfo path, Func<IReadOnlyList<CleanArticle>, ImmutableArray<SummarySentence>> summarize, int budget, string system)
    {
        var scorer = new RougeScorer();
        var scores = new List<RougeScores>();
        foreach (var line in File.ReadLines(path.FullName))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cluster = JsonSerializer.Deserialize<MultiNewsCluster>(line)
                ?? throw new InvalidDataException($"{path.Name}: a line is not a cluster object");
            var articles = cluster.Documents.Select(ToArticle).ToArray();
            var summary = Truncate(summarize(articles).Select(s => s.Text), budget);
            scores.Add(scorer.Score(summary, [.. Sentences(cluster.Summary)]));
        }

        return new SummaryEvaluation(
            system,
            Percent(scores.Select(s => s.Rouge1.F)),
            Percent(scores.Select(s => s.Rouge2.F)),
            Percent(scores.Select(s => s.RougeL.F)),
            scores.Count,
            budget,
            Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path.FullName))));
    }

    // Multi-News bodies separate paragraphs with " \n \n "; the cleaned-text contract is one blank line between
    // trimmed paragraphs.
    private static CleanArticle ToArticle(string document)
    {
        var paragraphs = document.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0);
        var text = string.Join("\n\n", paragraphs);
        return new CleanArticle(ArticleId.From(null, document), "multinews", null, null, null, null, null, null, [], "en", text, []);
    }

    private static IEnumerable<string> Sentences(string text) =>
        Core.Text.SentenceSplitter.Split(text.TrimStart('\u2013', '-', ' ')).Select(s => s.Text);

    /// <summary>Keeps the first <paramref name="budget"/> whitespace-separated words, sentence by sentence.</summary>
    private static List<string> Truncate(IEnumerable<string> sentences, int budget)
    {
        var kept = new List<string>();
        var left = budget;
        foreach (var sentence in sentences)
        {
            if (left <= 0)
            {
                break;
            }

            var words = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            kept.Add(string.Join(' ', words.Take(left)));
            left -= words.Length;
        }

        return kept;
    }

    private static double Percent(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : Math.Round(100 * list.Average(), 2);
    }

    private static string Table(SummaryEvaluation result) => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        system     {result.System} ({result.Words} words)
        clusters   {result.Clusters}
        ROUGE-1 F  {result.Rouge1:F2}
        ROUGE-2 F  {result.Rouge2:F2}
        ROUGE-L F  {result.RougeL:F2}
        """);

    private static int Floors(SummaryEvaluation result, double? minRouge1, double? minRouge2)
    {
        var failed = false;
        if (minRouge1 is { } floor1 && result.Rouge1 < floor1)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ROUGE-1 {result.Rouge1:F2} is below the floor {floor1}"));
            failed = true;
        }

        if (minRouge2 is { } floor2 && result.Rouge2 < floor2)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ROUGE-2 {result.Rouge2:F2} is below the floor {floor2}"));
            failed = true;
        }

        return failed ? ExitCodes.Rejected : ExitCodes.Success;
    }

    private sealed record MultiNewsCluster(
        [property: JsonPropertyName("cluster")] string Cluster,
        [property: JsonPropertyName("documents")] ImmutableArray<string> Documents,
        [property: JsonPropertyName("summary")] string Summary);

    private sealed record SummaryEvaluation(
        string System,
        double Rouge1,
        double Rouge2,
        [property: JsonPropertyName("rougeL")] double RougeL,
        int Clusters,
        int Words,
        string CorpusSha256);
}
