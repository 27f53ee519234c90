using System.Collections.Immutable;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Embeddings;
using Crosscheck.Core.Extraction;

namespace Crosscheck.Core.Stories;

/// <summary>
/// Groups articles into stories in one streaming pass. Articles are taken in date order (undated ones last, in input
/// order); each is scored against the active stories that share its distinctive terms on four signals (TF-IDF
/// cosine with IDF that grows with the stream, proper-noun overlap, closeness in time, and sentence-embedding cosine
/// when an embedder is given) and joins the best story above the threshold, or starts one. Each story is then dated
/// and split into developments.
/// </summary>
public sealed class StoryClusterer(StoryOptions? options = null, ISentenceEmbedder? embedder = null, IEntityTagger? tagger = null)
{
    private const int EmbeddedParagraphs = 4;

    private readonly StoryOptions options = options ?? StoryOptions.Default;

    public ImmutableArray<Story> Cluster(IEnumerable<CleanArticle> articles)
    {
        var input = articles.Select(a => (Article: a, Clues: ArticleDateReader.Read(a))).ToList();
        var ordered = input
            .Select((a, position) => (a.Article, a.Clues, Position: position))
            .OrderBy(a => a.Clues.StandaloneDate is null)
            .ThenBy(a => a.Clues.StandaloneDate)
            .ThenBy(a => a.Position)
            .ToList();

        var index = new StoryIndex(options);
        var members = new StoryMember[ordered.Count];
        var batch = Math.Max(1, options.EmbeddingBatch);
        for (var start = 0; start < ordered.Count; start += batch)
        {
            var chunk = ordered.Skip(start).Take(batch).ToList();
            var embeddings = embedder?.Embed(chunk.Select(a => EmbeddingText(a.Article)).ToList());
            for (var j = 0; j < chunk.Count; j++)
            {
                var (article, clues, _) = chunk[j];
                var text = FullText(article);
                var (_, vector) = index.Add(
                    start + j,
                    TermExtractor.Terms(text),
                    Entities(text),
                    embeddings?[j],
                    clues.StandaloneDate);
                members[start + j] = new StoryMember(article, clues, vector);
            }
        }

        return Enumerable.Range(0, index.Count)
            .Select(s => StoryTimeline.Build(index.Members(s).Select(i => members[i]).ToList(), options))
            .ToImmutableArray();
    }

    private IEnumerable<string> Entities(string text) =>
        tagger is null
            ? TermExtractor.ProperNouns(text)
            : tagger.Tag(text).Select(m => m.Text.ToLowerInvariant());

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
