using System.Diagnostics;
using Crosscheck.Core;
using Crosscheck.Core.Analysis;
using Crosscheck.Core.Claims;
using Crosscheck.Core.Extraction.Ner;
using Crosscheck.Core.Reuse;
using Crosscheck.Core.Summaries;

namespace Crosscheck.Benchmarks;

/// <summary>
/// What one large story costs: N articles of the synthetic corpus (originals and their copies) analysed as a single
/// story, as a month of coverage of one big event would be, with each per-story stage (extraction, claims, summary)
/// timed in CPU seconds, and the process's peak working set. Stages that compare every pair of sentences or quotes
/// show here as cost growing with the square of N. Usage: story-scale --eval ../shared/eval [--articles 250,1000]
/// [--seed 1]
/// </summary>
internal static class StoryScale
{
    public static int Run(string[] args)
    {
        var evalDirectory = BenchArguments.EvalDirectory(args);
        var sizes = (BenchArguments.Option(args, "--articles") ?? "250,1000").Split(',').Select(int.Parse).ToList();
        var seed = BenchArguments.Number(args, "--seed", 1);
        var corpus = SyntheticCorpus.Load(evalDirectory);
        var analyzer = new CorpusAnalyzer(NamedEntityTagger.Default);
        var claims = new ClaimAnalyzer();
        var summarizer = new MultiDocumentSummarizer();
        foreach (var size in sizes)
        {
            var articles = corpus.GenerateCleaned(size, seed);
            var originOf = ReuseAnalyzer.Analyze(articles, ReuseOptions.Default).Articles.ToDictionary(r => r.ArticleId, r => r.OriginId);
            var developmentOf = articles.ToDictionary(a => a.Id, _ => (string?)null);
            var words = articles.Sum(a => a.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

            var (facts, extractionCpu) = Timed(() => analyzer.Extract(articles));
            var (analysis, claimsCpu) = Timed(() => claims.Analyze(articles, originOf, developmentOf));
            var (summary, summaryCpu) = Timed(() => summarizer.Summarize(articles, analysis.SupportedSpans()));
            Console.WriteLine(
                $"{size:N0} articles ({words:N0} words) as one story: extraction {extractionCpu:0.00} s ({facts.Quotes.Length:N0} quote groups), " +
                $"claims {claimsCpu:0.00} s ({analysis.Claims.Length:N0} claims), summary {summaryCpu:0.00} s ({summary.Length} sentences); " +
                $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000.0:N0} MB");
        }

        return 0;
    }

    private static (T Result, double CpuSeconds) Timed<T>(Func<T> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = work();
        return (result, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }
}
