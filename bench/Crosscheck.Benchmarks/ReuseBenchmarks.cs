using System.Text;
using BenchmarkDotNet.Attributes;
using Crosscheck.Core;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Reuse;

namespace Crosscheck.Benchmarks;

/// <summary>
/// Per-article cost of reuse detection: the fingerprint every article pays, the candidate query against a large
/// index, and the sentence alignment only candidate pairs pay. Synthetic articles (Zipf-distributed words, news
/// length) stand in for non-duplicates; the sample wire story and its rewrite stand in for a candidate pair.
/// </summary>
[MemoryDiagnoser]
public class ReuseBenchmarks
{
    private const int IndexedArticles = 50_000;
    private readonly ReuseOptions _options = ReuseOptions.Default;
    private ReuseFingerprinter _fingerprinter = null!;
    private LshIndex _index = null!;
    private PassageAligner _aligner = null!;
    private string[] _fresh = null!;
    private ReuseFingerprint[] _freshFingerprints = null!;
    private CleanArticle[] _samples = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _fingerprinter = new ReuseFingerprinter(_options);
        _aligner = new PassageAligner(_options);
        _index = new LshIndex(_options);
        var generator = new SyntheticNews(seed: 7);
        for (var i = 0; i < IndexedArticles; i++)
        {
            _index.Add(new ArticleId("a-" + i), _fingerprinter.Compute(generator.Article()));
        }

        _fresh = [.. Enumerable.Range(0, 1000).Select(_ => generator.Article())];
        _freshFingerprints = [.. _fresh.Select(_fingerprinter.Compute)];
        _samples = [.. LoadSamples()];
    }

    [Benchmark(Description = "fingerprint one article (signature + passage hashes)")]
    public ReuseFingerprint Fingerprint() => _fingerprinter.Compute(_fresh[_next++ % _fresh.Length]);

    [Benchmark(Description = "query a 50k-article index")]
    public IReadOnlyList<ReuseCandidate> Query() => _index.Query(_freshFingerprints[_next++ % _freshFingerprints.Length]);

    [Benchmark(Description = "align the sample rewrite with the wire copy")]
    public int AlignPair() => _aligner.Align(_samples[2].Text, _samples[1].Text).Length;

    [Benchmark(Description = "analyze the five sample reports")]
    public ReuseGraph AnalyzeSamples() => ReuseAnalyzer.Analyze(_samples, _options);

    private static IEnumerable<CleanArticle> LoadSamples()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Crosscheck.slnx")))
        {
            directory = directory.Parent;
        }

        var folder = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Repository root not found."), "tests", "fixtures", "dprk-wagner");
        return Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            var text = File.ReadAllText(path);
            return new CleanArticle(ArticleId.From(null, text), path, null, null, null, null, null, null, [], "en", text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..].Trim(), []);
        });
    }

    private sealed class SyntheticNews(int seed)
    {
        private readonly Random _random = new(seed);
        private readonly string[] _vocabulary = BuildVocabulary(seed);

        public string Article()
        {
            var text = new StringBuilder();
            var words = 0;
            var target = _random.Next(300, 900);
            while (words < target)
            {
                for (var s = _random.Next(2, 5); s > 0; s--)
                {
                    var length = _random.Next(8, 30);
                    var quoted = _random.Next(6) == 0;
                    if (quoted)
                    {
                        text.Append('\u201C');
                    }

                    for (var w = 0; w < length; w++)
                    {
                        var word = _vocabulary[Zipf()];
                        text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(w + 1 < length ? " " : string.Empty);
                    }

                    text.Append(quoted ? ",\u201D she said. " : ". ");
                    words += length;
                }

                text.Append("\n\n");
            }

            return text.ToString().Trim();
        }

        private int Zipf() => (int)Math.Min(_vocabulary.Length - 1, Math.Exp(_random.NextDouble() * Math.Log(_vocabulary.Length)) - 1);

        private static string[] BuildVocabulary(int seed)
        {
            var random = new Random(seed);
            const string Letters = "etaoinshrdlucmfwypvbgkjqxz";
            return [.. Enumerable.Range(0, 20_000).Select(_ =>
            {
                var length = random.Next(2, 11);
                return new string([.. Enumerable.Range(0, length).Select(_ => Letters[(int)Math.Min(25, random.NextDouble() * random.NextDouble() * 26)])]);
            })];
        }
    }
}
