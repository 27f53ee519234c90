using System.Collections.Immutable;
using Crosscheck.Core.Embeddings;
using Crosscheck.Core.Reports;

namespace Crosscheck.Core.Search;

/// <summary>
/// Meaning-based search over a report's claims, quotes and summary sentences: each is embedded once, a query is
/// embedded and compared by cosine. Finds "weapons shipment" for "arms delivery", which full-text search cannot.
/// An exact scan: a story's claims number in the hundreds, so an approximate index would not pay for itself.
/// </summary>
public sealed class SemanticIndex
{
    private readonly ISentenceEmbedder embedder;
    private readonly ImmutableArray<SemanticDocument> documents;
    private readonly float[][] vectors;

    private SemanticIndex(ISentenceEmbedder embedder, ImmutableArray<SemanticDocument> documents, float[][] vectors)
    {
        this.embedder = embedder;
        this.documents = documents;
        this.vectors = vectors;
    }

    public int Count => documents.Length;

    public static SemanticIndex Build(IEnumerable<StoryEntry> stories, ISentenceEmbedder embedder)
    {
        var documents = stories.SelectMany(Documents).ToImmutableArray();
        var vectors = documents.IsEmpty ? [] : embedder.Embed([.. documents.Select(d => d.Text)]);
        return new SemanticIndex(embedder, documents, vectors);
    }

    public ImmutableArray<SemanticHit> Search(string query, int limit)
    {
        if (documents.IsEmpty || string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var target = embedder.Embed([query])[0];
        return [.. Enumerable.Range(0, documents.Length)
            .Select(i => new SemanticHit(documents[i], Cosine(target, vectors[i])))
            .OrderByDescending(h => h.Score)
            .Take(limit)];
    }

    private static IEnumerable<SemanticDocument> Documents(StoryEntry story)
    {
        foreach (var claim in story.Claims)
        {
            yield return new SemanticDocument("claim", story.Id, claim.Id, claim.Occurrences.FirstOrDefault()?.Article, claim.Text);
        }

        foreach (var quote in story.Quotes)
        {
            yield return new SemanticDocument("quote", story.Id, quote.Speaker, quote.Occurrences.FirstOrDefault()?.Article, quote.Text);
        }

        foreach (var sentence in story.Summary)
        {
            yield return new SemanticDocument("summary", story.Id, null, sentence.Source.Article, sentence.Text);
        }
    }

    // The embedder's vectors are unit length, so the dot product is the cosine.
    private static double Cosine(float[] a, float[] b)
    {
        var dot = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }
}
