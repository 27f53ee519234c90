using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Crosscheck.Core.Analysis;
using Crosscheck.Core.Extraction;
using Crosscheck.Core.Extraction.Dates;
using Crosscheck.Core.Extraction.Entities;
using Crosscheck.Core.Extraction.Events;
using Crosscheck.Core.Extraction.Ner;
using Crosscheck.Core.Extraction.Quotes;
using Crosscheck.Core.Stories;
using Crosscheck.Core.Text;

namespace Crosscheck.Benchmarks;

/// <summary>
/// Where extraction spends its time: the synthetic corpus's stories run one at a time on one thread, each sub-stage
/// (quotes, quote matching, tagging, entity grouping, events, and date resolution over every article) timed in CPU
/// microseconds and allocated kilobytes per article, then <see cref="CorpusAnalyzer.Extract"/> as the pipeline runs it.
/// Prints a digest of everything extraction found, so that a change meant to be faster only can be checked to find the
/// same facts. Usage: extraction-stages --eval ../shared/eval [--articles 5000] [--repeat 2] [--seed 1]
/// </summary>
internal static class ExtractionStages
{
    public static int Run(string[] args)
    {
        var evalDirectory = BenchArguments.EvalDirectory(args);
        var count = BenchArguments.Number(args, "--articles", 5000);
        var repeat = BenchArguments.Number(args, "--repeat", 2);
        var seed = BenchArguments.Number(args, "--seed", 1);
        var articles = SyntheticCorpus.Load(evalDirectory).GenerateCleaned(count, seed);
        var byId = articles.ToDictionary(a => a.Id);
        var stories = new StoryClusterer().Cluster(articles).Select(s => s.Articles.Select(id => byId[id]).ToList()).ToList();
        Console.WriteLine($"{articles.Count:N0} articles in {stories.Count:N0} stories; the first round includes JIT compilation");

        var tagger = new MeteredTagger(NamedEntityTagger.Default);
        var quoteExtractor = new QuoteExtractor();
        var matcher = new QuoteMatcher();
        var analyzer = new CorpusAnalyzer(NamedEntityTagger.Default);
        for (var round = 0; round < repeat; round++)
        {
            var meters = new Dictionary<string, Meter>(StringComparer.Ordinal);
            tagger.Meter = new Meter();
            var events = 0;
            foreach (var members in stories)
            {
                var attributions = Measure(meters, "quotes", () => members.ToImmutableDictionary(a => a.Id, a => quoteExtractor.Extract(a.Text)));
                Measure(meters, "quote matching", () => matcher.Group([.. members.SelectMany(a => attributions[a.Id].Select(q => new QuoteOccurrence(a.Id, q)))]));
                var entities = Measure(meters, "entities (tagging + grouping)", () => EntityResolver.Resolve(members, tagger));
                events += Measure(meters, "events", () => EventExtractor.Extract(members, entities, attributions)).Length;
                Measure(meters, "dates, every article", () => members.Sum(a => TemporalExpressionResolver.Extract(a.Text, a.Published?.Date).Length));
            }

            meters["  of which tagging"] = tagger.Meter;
            var facts = Measure(meters, "CorpusAnalyzer.Extract", () => stories.Select(analyzer.Extract).ToList());
            var digest = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', facts.Select(found => JsonSerializer.Serialize(new
            {
                attributions = found.Attributions.OrderBy(p => p.Key.Value, StringComparer.Ordinal).ToList(),
                found.Quotes,
                found.Entities,
                found.Events,
            })))));
            Console.WriteLine($"round {round + 1}: {events:N0} events; facts digest {Convert.ToHexString(digest)[..16]}");
            foreach (var (stage, meter) in meters)
            {
                Console.WriteLine($"  {stage,-32} {meter.Cpu.TotalMilliseconds * 1000 / count,7:0} CPU us/article  {meter.Bytes / 1024.0 / count,7:0.0} KB/article  {meter.GcPause.TotalMilliseconds * 1000 / count,5:0} us/article GC pause");
            }
        }

        return 0;
    }

    private static T Measure<T>(Dictionary<string, Meter> meters, string stage, Func<T> work)
    {
        if (!meters.TryGetValue(stage, out var meter))
        {
            meters[stage] = meter = new Meter();
        }

        return meter.Measure(work);
    }

    // Process CPU time: the stories run on this one thread, and the garbage collector's work on its own threads is part of
    // what a stage costs.
    private sealed class Meter
    {
        public TimeSpan Cpu { get; private set; }

        public long Bytes { get; private set; }

        public TimeSpan GcPause { get; private set; }

        public T Measure<T>(Func<T> work)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var pause = GC.GetTotalPauseDuration();
            var result = work();
            GcPause += GC.GetTotalPauseDuration() - pause;
            Bytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            Cpu += Process.GetCurrentProcess().TotalProcessorTime - cpu;
            return result;
        }
    }

    private sealed class MeteredTagger(IEntityTagger inner) : IEntityTagger
    {
        public Meter Meter { get; set; } = new();

        public ImmutableArray<EntityMention> Tag(string text) => Meter.Measure(() => inner.Tag(text));

        public ImmutableArray<EntityMention> Tag(string text, ImmutableArray<TextSpan> tokens) => Meter.Measure(() => inner.Tag(text, tokens));
    }
}
