using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Embeddings;
using Crosscheck.Core.Extraction;

namespace Crosscheck.Core.Stories;

/// <summary>
/// Groups articles into stories in one streaming pass. Articles are taken in date order (undated ones last, in input
/// order); each is scored against the active stories that share its distinctive terms on four signals (TF-IDF
/// cosine with IDF that grows with the stream, proper-noun overlap, closeness in time, and sentence-embedding cosine
/// when an embedder is given) and joins the best story above the threshold, or starts one. Once the batch is in,
/// <see cref="StoryRefiner"/> weighs every article again on the final IDF, moves misplaced articles and merges stories
/// the stream split. Each story is then dated and split into developments.
/// </summary>
public sealed class StoryClusterer(StoryOptions? options = null, ISentenceEmbedder? embedder = null, IEntityTagger? tagger = null)
{
    private const int EmbeddedParagraphs = 4;

    private readonly StoryOptions options = options ?? StoryOptions.Default;

    public ImmutableArray<Story> Cluster(IEnumerable<CleanArticle> articles)
    {
        // Everything read off one article alone (date clues, term and name counts) is independent of the stream order,
        // so it is done in parallel up front; only the vocabulary and the story index need the stream's order. A
        // tagger is not known to be thread-safe, so with one the articles are read one at a time.
        var termTable = new TermTable();
        var nameTable = new TermTable();
        var input = articles
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(tagger is null ? Environment.ProcessorCount : 1)
            .Select(a =>
            {
                var text = FullText(a);
                return (Article: a, Clues: ArticleDateReader.Read(a), Terms: TermExtractor.CountTerms(text, termTable), Entities: CountEntities(text, nameTable));
            })
            .ToList();
        var ordered = input
            .Select((a, position) => (a.Article, a.Clues, a.Terms, a.Entities, Position: position))
            .OrderBy(a => a.Clues.StandaloneDate is null)
            .ThenBy(a => a.Clues.StandaloneDate)
            .ThenBy(a => a.Position)
            .ToList();

        var terms = new WeightedVocabulary();
        var entities = new WeightedVocabulary();
        var index = new StoryIndex(options);
        var counts = new ((int Id, int Count)[] Terms, (int Id, int Count)[] Entities)[ordered.Count];
        // Embeddings do not depend on the stream's order, so every article goes to the model in one call, which
        // groups texts of like length into its batches and so pads least.
        var embeddings = embedder?.Embed(ordered.Select(a => EmbeddingText(a.Article)).ToList()) ?? new float[]?[ordered.Count];
        var batch = Math.Max(1, options.ArrivalBatch);
        for (var start = 0; start < ordered.Count; start += batch)
        {
            var size = Math.Min(batch, ordered.Count - start);
            var arrivals = new StoryIndex.Arrival[size];
            var seen = new (WeightedVocabulary.Frequencies Terms, WeightedVocabulary.Frequencies Entities)[size];
            for (var j = 0; j < size; j++)
            {
                var i = start + j;
                counts[i] = (terms.AddDocument(ordered[i].Terms, out seen[j].Terms), entities.AddDocument(ordered[i].Entities, out seen[j].Entities));
            }

            // Only the counting needs the stream's order: each article is weighed as of its own arrival, in parallel.
            Parallel.For(0, size, j =>
            {
                var i = start + j;
                arrivals[j] = new StoryIndex.Arrival(i, WeightedVocabulary.Weigh(counts[i].Terms, seen[j].Terms), WeightedVocabulary.Weigh(counts[i].Entities, seen[j].Entities), embeddings[i], ordered[i].Clues.StandaloneDate);
            });

            index.AddBatch(arrivals);
        }

        var signals = Enumerable.Range(0, ordered.Count)
            .AsParallel().AsOrdered()
            .Select(i => new ArticleSignals(terms.Weigh(counts[i].Terms), entities.Weigh(counts[i].Entities), embeddings[i], ordered[i].Clues.StandaloneDate))
            .ToList();
        var stories = StoryRefiner.Refine(signals, Enumerable.Range(0, index.Count).Select(index.Members).ToList(), options);
        return stories
            .AsParallel().AsOrdered()
            .Select(s => StoryTimeline.Build(s.Select(i => new StoryMember(ordered[i].Article, ordered[i].Clues, signals[i].Terms)).ToList(), options))
            .ToImmutableArray();
    }

    // A name counts whole and by its words, so "President Nicolas Maduro" and "Maduro" are the same man; the IDF of
    // the vocabulary keeps common words and first names from counting for much. Counts are in order of first
    // occurrence, so that the vocabulary numbers names as it would reading the text itself.
    private (int Term, int Count)[] CountEntities(string text, TermTable table)
    {
        var names = tagger is null ? TermExtractor.ProperNouns(text) : tagger.Tag(text).Select(m => m.Text.ToLowerInvariant());
        var counts = new Dictionary<int, int>();
        foreach (var name in names)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, table.Id(name), out _)++;
            if (name.Contains(' ', StringComparison.Ordinal))
            {
                foreach (var range in name.AsSpan().Split(' '))
                {
                    var word = name.AsSpan(range);
                    if (word.Length > 2 && !TermExtractor.StopWordSpans.Contains(word))
                    {
                        CollectionsMarshal.GetValueRefOrAddDefault(counts, table.Id(word), out _)++;
                    }
                }
            }
        }

        return TermExtractor.ToArray(counts);
    }

    private static string FullText(CleanArticle article) =>
        string.IsNullOrWhiteSpace(article.Title) ? article.Text ?? string.Empty : article.Title + "\n\n" + article.Text;

    private string EmbeddingText(CleanArticle article)
    {
        var paragraphs = (article.Text ?? string.Empty).Split("\n\n", EmbeddedParagraphs + 1, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var lead = string.Join(' ', paragraphs.Take(EmbeddedParagraphs));
        var text = string.IsNullOrWhiteSpace(article.Title) ? lead : article.Title + ". " + lead;
        return text.Length > options.EmbeddedChars ? text[..options.EmbeddedChars] : text;
    }
}
