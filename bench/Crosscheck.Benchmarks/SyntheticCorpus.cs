using System.Globalization;
using System.Text;
using System.Text.Json;

using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Ingest;
using Crosscheck.Core.Text;

namespace Crosscheck.Benchmarks;

/// <summary>
/// A large corpus with a known reuse structure, built from the real texts in shared/eval: "originals" are real
/// articles made unique by replacing most of their content words and shuffling paragraphs; copies of an original are
/// exact, near-exact (a few words swapped) or partial (some paragraphs inside new text). Every copy records its
/// original, so the reuse stage's output can be scored as well as timed.
/// </summary>
internal sealed class SyntheticCorpus
{
    // Share of content words an original replaces. Two originals made from one real text share its function words
    // and the content words both kept, about (1 - rate)^2 of them: at 0.35 that is 42%, which makes them rewrites of
    // each other, so the candidate pairs per article grew with the corpus (each real text is reused count / 1,285
    // times) and most links were between "unrelated" articles. At 0.7 they share 9%, as independent reports of
    // one event share a few names and topic words.
    private const double OriginalRewriteRate = 0.7;

    private readonly List<string[]> baseTexts;
    private readonly string[] vocabulary;

    private SyntheticCorpus(List<string[]> baseTexts)
    {
        this.baseTexts = baseTexts;
        // Replacement words are drawn by their frequency in the real texts, so common words stay common.
        vocabulary = baseTexts.SelectMany(p => p).SelectMany(p => p.Split(' ')).Where(w => w.Length > 3 && !StopWords.English.Contains(w)).ToArray();
    }

    /// <summary>Loads every text of the Multi-News, PolNeAR and extraction-benchmark sets under the shared eval folder.</summary>
    public static SyntheticCorpus Load(string evalDirectory)
    {
        var texts = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(evalDirectory, "multinews", "dev.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            texts.AddRange(json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetString() ?? string.Empty));
        }

        foreach (var split in new[] { "dev", "train" })
        {
            texts.AddRange(Directory.EnumerateFiles(Path.Combine(evalDirectory, "attribution", split, "text"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        }

        using (var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(evalDirectory, "extraction", "ground-truth.json"))))
        {
            texts.AddRange(truth.RootElement.EnumerateObject().Select(p => p.Value.GetProperty("articleBody").GetString() ?? string.Empty));
        }

        var paragraphs = texts
            .Select(t => t.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p.Length > 40).ToArray())
            .Where(p => p.Length >= 3)
            .ToList();
        return new SyntheticCorpus(paragraphs);
    }

    public int BaseTexts => baseTexts.Count;

    /// <summary>How every benchmark cleans the corpus: as of the day the figures were first taken.</summary>
    public static CleanerOptions CleanerOptions { get; } = new(new DateOnly(2026, 11, 27));

    /// <summary>The articles of <see cref="Generate"/>, read from their JSON lines and cleaned (in parallel, in order).</summary>
    public List<CleanArticle> GenerateCleaned(int count, int seed) =>
        Generate(count, seed)
            .AsParallel().AsOrdered()
            .SelectMany(a => DocumentReader.Read(SyntheticArticle.FileName(a.Name), a.JsonLine()).Articles)
            .Select(raw => ArticleCleaner.Clean(raw, CleanerOptions))
            .ToList();

    /// <summary>Generates <paramref name="count"/> articles; about one in five is a copy of an earlier original.</summary>
    public IEnumerable<SyntheticArticle> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var originals = new List<SyntheticArticle>();
        for (var i = 0; i < count; i++)
        {
            var name = "synthetic/" + i.ToString("D7", CultureInfo.InvariantCulture) + ".txt";
            var roll = random.NextDouble();
            if (originals.Count > 10 && roll < 0.2)
            {
                var source = originals[random.Next(originals.Count)];
                var kind = roll < 0.07 ? CopyKind.Exact : roll < 0.14 ? CopyKind.NearExact : CopyKind.Partial;
                yield return new SyntheticArticle(name, Copy(source.Text, kind, random), source.Name, kind);
                continue;
            }

            var original = new SyntheticArticle(name, Original(random), null, CopyKind.None);
            if (originals.Count < 20_000)
            {
                originals.Add(original);
            }
            else
            {
                originals[random.Next(originals.Count)] = original;
            }

            yield return original;
        }
    }

    private string Original(Random random)
    {
        var paragraphs = baseTexts[random.Next(baseTexts.Count)].ToArray();
        random.Shuffle(paragraphs);
        var builder = new StringBuilder();
        builder.Append(Mutate(paragraphs[0][..Math.Min(paragraphs[0].Length, 70)], random, OriginalRewriteRate)).Append("\n\n");
        foreach (var paragraph in paragraphs.Take(12))
        {
            builder.Append(Mutate(paragraph, random, OriginalRewriteRate)).Append("\n\n");
        }

        return builder.ToString();
    }

    private string Copy(string source, CopyKind kind, Random random)
    {
        switch (kind)
        {
            case CopyKind.Exact:
                return source;
            case CopyKind.NearExact:
                return string.Join("\n\n", source.Split("\n\n").Select(p => Mutate(p, random, 0.03)));
            default:
                var taken = source.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Where(_ => random.NextDouble() < 0.5);
                return Original(random) + string.Join("\n\n", taken);
        }
    }

    private string Mutate(string paragraph, Random random, double rate)
    {
        var words = paragraph.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            // Function words stay, as in real rewrites: the text still reads as English prose.
            if (random.NextDouble() < rate && !StopWords.English.Contains(words[i]))
            {
                words[i] = vocabulary[random.Next(vocabulary.Length)];
            }
        }

        return string.Join(' ', words);
    }
}

/// <summary>How a synthetic article was made from its original.</summary>
internal enum CopyKind
{
    None,
    Exact,
    NearExact,
    Partial,
}

/// <summary>A generated article and, for copies, the original it was made from.</summary>
internal sealed record SyntheticArticle(string Name, string Text, string? CopyOf, CopyKind Kind)
{
    /// <summary>The file an article's JSON line is read as.</summary>
    public static string FileName(string name) => name + ".jsonl";

    /// <summary>
    /// The article as one JSON line with a URL, as a crawler's export would give it: exact copies on other sites are
    /// distinct articles.
    /// </summary>
    public byte[] JsonLine() => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { url = "https://example.org/" + Name, text = Text }));
}
