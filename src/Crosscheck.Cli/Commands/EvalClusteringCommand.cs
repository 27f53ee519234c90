using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Core;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Evaluation;
using Crosscheck.Core.Stories;
using Crosscheck.Embeddings.Onnx;

namespace Crosscheck.Cli.Commands;

/// <summary>
/// `crosscheck eval clustering FILE.jsonl`: pools the documents of every labelled cluster ({cluster, documents}
/// lines, as in Multi-News), shuffles them with a fixed seed so that the input order does not give the clusters
/// away, clusters them as one time window, and scores B-cubed and pairwise figures against the labels. Documents
/// the quality gate rejects as non-articles stay singletons.
/// </summary>
internal static class EvalClusteringCommand
{
    private const int ShuffleSeed = 20190601;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON lines: {\"cluster\": ..., \"documents\": [text, ...]}" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var minF1 = new Option<double?>("--min-bcubed-f1") { Description = "Exit 1 when B-cubed F1 is below this floor." };
        var noEmbeddings = new Option<bool>("--no-embeddings") { Description = "Cluster on lexical and name signals only." };
        var command = new Command("clustering", "Score story clustering against labelled clusters of articles.")
        {
            file, json, minF1, noEmbeddings,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), parse.GetValue(minF1), parse.GetValue(noEmbeddings)));
        return command;
    }

    private static int Run(FileInfo file, bool json, double? minF1, bool noEmbeddings)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"No such file: {file.FullName}");
            return ExitCodes.Usage;
        }

        var shuffled = Read(file).ToArray();
        new Random(ShuffleSeed).Shuffle(shuffled);
        var documents = shuffled.ToList();

        MiniLmEmbedder? embedder = null;
        if (!noEmbeddings)
        {
            embedder = MiniLmEmbedder.TryCreate(MiniLmOptions.Default, out var failure);
            if (embedder is null)
            {
                Console.Error.WriteLine($"warning: {failure}");
            }
        }

        var watch = Stopwatch.StartNew();
        var predicted = new Dictionary<ArticleId, string>();
        var articles = new List<CleanArticle>();
        foreach (var (article, _) in documents)
        {
            if (ArticleQualityGate.Reject(article.Text) is null)
            {
                articles.Add(article);
            }
            else
            {
                predicted[article.Id] = "rejected:" + article.Id.Value;
            }
        }

        using (embedder)
        {
            foreach (var story in new StoryClusterer(StoryOptions.Default, embedder).Cluster(articles))
            {
                foreach (var id in story.Articles)
                {
                    predicted[id] = story.Id;
                }
            }
        }

        watch.Stop();
        var scores = ClusteringScorer.Score(documents.Select(d => d.Cluster).ToList(), documents.Select(d => predicted[d.Article.Id]).ToList());
        var result = new ClusteringReport(
            scores.BcubedPrecision, scores.BcubedRecall, scores.BcubedF1, scores.PairwisePrecision, scores.PairwiseRecall, scores.PairwiseF1,
            scores.Documents, scores.Clusters, documents.Count - articles.Count, embedder is not null, Math.Round(watch.Elapsed.TotalSeconds, 2));
        Console.WriteLine(json ? JsonOutput.Serialize(result) : Table(result));

        if (minF1 is { } floor && scores.BcubedF1 < floor)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"B-cubed F1 {scores.BcubedF1:F4} is below the floor {floor:F4}."));
            return ExitCodes.Rejected;
        }

        return ExitCodes.Success;
    }

    private static List<(CleanArticle Article, string Cluster)> Read(FileInfo file)
    {
        var documents = new List<(CleanArticle, string)>();
        foreach (var line in File.ReadLines(file.FullName))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var row = JsonDocument.Parse(line);
            var cluster = row.RootElement.GetProperty("cluster").ToString();
            var position = 0;
            foreach (var document in row.RootElement.GetProperty("documents").EnumerateArray())
            {
                var raw = document.GetString() ?? string.Empty;
                var text = string.Join("\n\n", raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
                var id = ArticleId.From($"{cluster}#{position++}", raw);
                documents.Add((new CleanArticle(id, file.Name, null, null, null, null, null, null, [], "en", text, ImmutableArray<RemovedLine>.Empty), cluster));
            }
        }

        return documents;
    }

    private static string Table(ClusteringReport r) => string.Create(CultureInfo.InvariantCulture, $"""
        documents {r.Documents} ({r.RejectedAsNonArticles} rejected as non-articles), predicted clusters {r.Clusters}, embeddings {(r.Embeddings ? "on" : "off")}, {r.Seconds} s
                    precision  recall  F1
        B-cubed     {r.BcubedPrecision,9:F4}  {r.BcubedRecall,6:F4}  {r.BcubedF1:F4}
        pairwise    {r.PairwisePrecision,9:F4}  {r.PairwiseRecall,6:F4}  {r.PairwiseF1:F4}
        """);

    private sealed record ClusteringReport(
        double BcubedPrecision,
        double BcubedRecall,
        double BcubedF1,
        double PairwisePrecision,
        double PairwiseRecall,
        double PairwiseF1,
        int Documents,
        int Clusters,
        int RejectedAsNonArticles,
        bool Embeddings,
        double Seconds);
}
