using BenchmarkDotNet.Attributes;
using Crosscheck.Core;
using Crosscheck.Core.Claims;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Ingest;

namespace Crosscheck.Benchmarks;

/// <summary>
/// The claims stage on a 50-article story: the five sample reports, each rewritten ten times (paragraphs rotated,
/// so every article differs), half of the rewrites sharing their source's origin.
/// </summary>
[MemoryDiagnoser]
public class ClaimAnalyzerBenchmarks
{
    private CleanArticle[] articles = [];
    private Dictionary<ArticleId, string> origins = [];
    private Dictionary<ArticleId, string?> developments = [];

    [GlobalSetup]
    public void Setup()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "samples", "dprk-wagner")))
        {
            directory = directory.Parent;
        }

        var samples = Directory.GetFiles(Path.Combine(directory!.FullName, "samples", "dprk-wagner"), "*.txt").Order(StringComparer.Ordinal)
            .Select(path => ArticleCleaner.Clean(DocumentReader.Read(path, File.ReadAllBytes(path)).Articles.Single(), new CleanerOptions(new DateOnly(2026, 1, 1))))
            .ToArray();
        articles = [.. Enumerable.Range(0, 50).Select(i =>
        {
            var source = samples[i % samples.Length];
            var paragraphs = source.Text.Split("\n\n");
            var shift = i / samples.Length % paragraphs.Length;
            var text = string.Join("\n\n", paragraphs.Skip(shift).Concat(paragraphs.Take(shift)));
            return source with { Id = ArticleId.From("https://bench.test/" + i, text), Text = text };
        })];
        origins = articles.Select((a, i) => (a.Id, "o-" + (i % 10 < 5 ? i % 5 : i))).ToDictionary(x => x.Id, x => x.Item2);
        developments = articles.ToDictionary(a => a.Id, _ => (string?)"2022-12-22");
    }

    [Benchmark]
    public ClaimAnalysis AnalyzeFiftyArticles() => new ClaimAnalyzer().Analyze(articles, origins, developments);
}
