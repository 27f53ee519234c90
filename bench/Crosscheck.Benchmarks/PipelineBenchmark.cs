using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Crosscheck.Core;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Embeddings;
using Crosscheck.Core.Analysis;
using Crosscheck.Core.Extraction.Ner;
using Crosscheck.Core.Ingest;
using Crosscheck.Core.Reuse;
using Crosscheck.Core.Stories;
using Crosscheck.Embeddings.Onnx;
using Crosscheck.Storage.Sqlite;

namespace Crosscheck.Benchmarks;

/// <summary>
/// End-to-end throughput: ingest (read + clean + store in SQLite) then reuse and story clustering over a synthetic
/// corpus with known reuse structure. Prints articles per second per stage, peak memory, memory per article and
/// the reuse stage's recall and precision against the corpus's ground truth.
/// Usage: pipeline --eval ../shared/eval [--articles 100000] [--embeddings] [--extraction] [--no-clustering] [--seed 1]
/// </summary>
internal static class PipelineBenchmark
{
    public static int Run(string[] args)
    {
        var evalDirectory = BenchArguments.EvalDirectory(args);
        var count = BenchArguments.Number(args, "--articles", 100000);
        var seed = BenchArguments.Number(args, "--seed", 1);
        var useEmbeddings = args.Contains("--embeddings");

        var corpus = SyntheticCorpus.Load(evalDirectory);
        var generated = corpus.Generate(count, seed).ToList();
        // One JSON line per article, with a URL, as a crawler's export would give them: exact copies on other
        // sites are distinct articles.
        var inputs = generated.Select(a => (a.Name, Bytes: a.JsonLine())).ToList();
        Console.WriteLine($"corpus: {count:N0} articles from {corpus.BaseTexts:N0} real texts, {inputs.Sum(i => (long)i.Bytes.Length) / 1_000_000.0:0.0} MB; {Environment.ProcessorCount} cores; {RuntimeInformationText()}");

        using var model = useEmbeddings ? MiniLmEmbedder.TryCreate(null, out _) : null;
        var embedder = model is null ? null : new MeteredEmbedder(model);
        var databasePath = Path.Combine(Path.GetTempPath(), $"crosscheck-bench-{Guid.NewGuid():N}.db");
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var total = Stopwatch.StartNew();
        try
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var ingest = Stopwatch.StartNew();
            var articles = Ingest(inputs, databasePath);
            ingest.Stop();
            var ingestCpu = CpuSince(ref cpu);

            var reuseTime = Stopwatch.StartNew();
            var reuse = ReuseAnalyzer.Analyze(articles, ReuseOptions.Default, embedder);
            reuseTime.Stop();
            var reuseCpu = CpuSince(ref cpu);
            var reuseEmbedding = embedder?.Describe();

            var clusterTime = Stopwatch.StartNew();
            // Without clustering, a change to the stages before it is measured in a third of the time.
            var stories = args.Contains("--no-clustering") ? [] : new StoryClusterer(embedder: embedder).Cluster(articles);
            clusterTime.Stop();
            var clusterCpu = CpuSince(ref cpu);
            total.Stop();

            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            var managed = GC.GetTotalMemory(forceFullCollection: false) - baseline;
            Print("ingest (read + clean + store)", count, ingest.Elapsed, ingestCpu);
            Print("reuse (MinHash/LSH + alignment)", count, reuseTime.Elapsed, reuseCpu);
            Print(useEmbeddings ? "story clustering (with embeddings)" : "story clustering", count, clusterTime.Elapsed, clusterCpu);
            if (embedder is not null)
            {
                Console.WriteLine($"embedder after reuse: {reuseEmbedding}; after clustering: {embedder.Describe()}");
            }

            Print("total", count, total.Elapsed, ingestCpu + reuseCpu + clusterCpu);
            Console.WriteLine($"compiling methods took {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:0.00} s so far");
            Console.WriteLine($"stories: {stories.Length:N0}");
            Console.WriteLine($"peak working set: {peak / 1_048_576.0:N0} MB ({peak / (double)count / 1024:0.0} KB per article); managed heap growth {managed / (double)count / 1024:0.0} KB per article");
            ReuseTruth.Print(generated, articles, reuse);
            if (args.Contains("--extraction"))
            {
                var extractionTime = Stopwatch.StartNew();
                var pause = GC.GetTotalPauseDuration();
                var jit = System.Runtime.JitInfo.GetCompilationTime();
                var extracted = Extract(articles, stories);
                extractionTime.Stop();
                var extractionCpu = CpuSince(ref cpu);
                Print("extraction (entities, quotes, events)", count, extractionTime.Elapsed, extractionCpu);
                Console.WriteLine($"extraction: garbage collection paused the threads {(GC.GetTotalPauseDuration() - pause).TotalSeconds:0.00} s of the {extractionTime.Elapsed.TotalSeconds:0.00} s; compiling methods took {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalSeconds:0.00} s");
                Console.WriteLine($"extraction costs {extractionCpu / (ingestCpu + reuseCpu + clusterCpu):0.00}x the CPU time of the stages before it ({extracted:N0} events)");
            }

            return 0;
        }
        finally
        {
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(databasePath + suffix);
            }
        }
    }

    private static List<CleanArticle> Ingest(List<(string Name, byte[] Bytes)> inputs, string databasePath)
    {
        var options = SyntheticCorpus.CleanerOptions;
        var articles = new List<CleanArticle>(inputs.Count);
        using var store = SqliteArticleStore.Open(databasePath);
        foreach (var batch in inputs.Chunk(1000))
        {
            var stored = batch.AsParallel().AsOrdered().SelectMany(input => DocumentReader.Read(SyntheticArticle.FileName(input.Name), input.Bytes).Articles)
                .Select(raw => new StoredArticle(raw, ArticleCleaner.Clean(raw, options), []))
                .ToList();
            store.Store(stored);
            articles.AddRange(stored.Select(s => s.Clean));
        }

        return articles;
    }

    // CPU time beside wall time: on a machine shared with other work, wall time moves with the load, while the
    // CPU seconds a stage uses (on all cores together) show whether a change made it cheaper.
    // The per-story extraction stages as the analysis runs them, stories in parallel.
    private static int Extract(List<CleanArticle> articles, System.Collections.Immutable.ImmutableArray<Story> stories)
    {
        var byId = articles.ToDictionary(a => a.Id);
        var analyzer = new CorpusAnalyzer(NamedEntityTagger.Default);
        return Partitioner.Create(stories, loadBalance: true).AsParallel().Sum(story => analyzer.Extract([.. story.Articles.Select(id => byId[id])]).Events.Length);
    }

    private static void Print(string stage, int count, TimeSpan elapsed, TimeSpan cpu) =>
        Console.WriteLine($"{stage,-40} {elapsed.TotalSeconds,8:0.00} s  {count / elapsed.TotalSeconds,10:N0} articles/s  {cpu.TotalSeconds,8:0.00} CPU s  {cpu.TotalMilliseconds * 1000 / count,6:0} CPU us/article");

    private static TimeSpan CpuSince(ref TimeSpan mark)
    {
        var now = Process.GetCurrentProcess().TotalProcessorTime;
        var spent = now - mark;
        mark = now;
        return spent;
    }

    private static string RuntimeInformationText() =>
        $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
}
