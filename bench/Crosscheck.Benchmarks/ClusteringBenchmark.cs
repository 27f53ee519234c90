using System.Diagnostics;
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
        var evalDirectory = BenchArguments.EvalDirectory(args);
        var count = BenchArguments.Number(args, "--articles", 20000);
        var runs = BenchArguments.Number(args, "--runs", 3);
        var seed = BenchArguments.Number(args, "--seed", 1);

        var articles = SyntheticCorpus.Load(evalDirectory).GenerateCleaned(count, seed);
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
}
