using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Extraction;
using Crosscheck.Core.Extraction.Ner;
using Crosscheck.Core.Ingest;
using Crosscheck.Core.Text;

namespace Crosscheck.Benchmarks;

/// <summary>
/// The named-entity tagger on the five sample reports, each tagged as its own document. One operation tags every
/// sentence of the reports once, so sentences per second = <see cref="Sentences"/> / the mean time.
/// </summary>
[MemoryDiagnoser]
public class NamedEntityTaggerBenchmarks
{
    private string[] texts = [];

    /// <summary>How many sentences one operation tags (printed at setup).</summary>
    public int Sentences { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "samples", "dprk-wagner")))
        {
            directory = directory.Parent;
        }

        texts = [.. Directory.GetFiles(Path.Combine(directory!.FullName, "samples", "dprk-wagner"), "*.txt").Order(StringComparer.Ordinal)
            .Select(path => ArticleCleaner.Clean(DocumentReader.Read(path, File.ReadAllBytes(path)).Articles.Single(), new CleanerOptions(new DateOnly(2026, 1, 1))).Text)];
        Sentences = texts.Sum(text => SentenceSplitter.Split(text).Length);
        Console.WriteLine($"// {Sentences} sentences an operation");
        _ = NamedEntityTagger.Default;
    }

    [Benchmark]
    public int TagSampleReports()
    {
        var mentions = 0;
        foreach (var text in texts)
        {
            ImmutableArray<EntityMention> found = NamedEntityTagger.Default.Tag(text);
            mentions += found.Length;
        }

        return mentions;
    }
}
