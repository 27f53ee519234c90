using BenchmarkDotNet.Running;
using Crosscheck.Benchmarks;

if (args.Length > 0 && args[0] == "pipeline")
{
    return PipelineBenchmark.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "clustering")
{
    return ClusteringBenchmark.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "story-scale")
{
    return StoryScale.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "extraction-stages")
{
    return ExtractionStages.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmark).Assembly).Run(args);
return 0;
