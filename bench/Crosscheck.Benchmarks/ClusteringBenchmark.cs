using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Ingest;
using Crosscheck.Core.Stories;

namespace Crosscheck.Benchmarks;

/// <summary>
/// Story clustering alone, run several times over one cleaned synthetic corpus, for comparing the stage's cost between
/// changes: on a shared machine the cheapest run is the one least disturbed by other work. Prints CPU microseconds per
/// article of each run and the story count (which should not move with a change meant only to be faster).
/// Usage: clustering --eval ../shared/eval [--articles 20000] [--runs 3] [--seed 1]
/// </summary>
internal static class ClusteringBenchmark
{
    public static int Run(string[] args)
    {
        var evalDirectory = Option(args, "--eval") ?? "../shared/eval";
        var count = int.Parse(Option(args, "--articles") ?? "20000", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed") ?? "1", CultureInfo.InvariantCulture);

        var corpus = SyntheticCorpus.Load(evalDirectory);
        var options = new CleanerOptions(new DateOnly(2026, 11, 27));
        var articles = corpus.Generate(count, seed)
            .AsParallel().AsOrdered()
            .SelectMany(a => DocumentReader.Read(a.Name + ".jsonl", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { url = "https://example.org/" + a.Name, text = a.Text }))).Articles)
            .Select(raw => ArticleCleaner.Clean(raw, options))
            .ToList();
        Console.WriteLine($"corpus: {articles.Count:N0} cleaned articles; {Environment.ProcessorCount} cores");

        var best = double.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var (gen0, gen2, pause, allocated) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var stories = new StoryClusterer().Cluster(articles);
            wall.Stop();
            var spent = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1000 / articles.Count;
            best = Math.Min(best, spent);
            Console.WriteLine($"run {run + 1}: {wall.Elapsed.TotalSeconds,6:0.00} s  {spent,6:0} CPU us/article  stories: {stories.Length:N0}  " +
                $"GC: {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(2) - gen2} gen2, {(GC.GetTotalPauseDuration() - pause).TotalSeconds:0.00} s paused, {(GC.GetTotalAllocatedBytes() - allocated) / (double)articles.Count / 1024:0} KB allocated per article");
        }

        Console.WriteLine($"cheapest run: {best:0} CPU us/article");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
