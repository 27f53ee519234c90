using System.Collections.Immutable;
using Crosscheck.Core.Text;

namespace Crosscheck.Storage.Sqlite;

/// <summary>
/// A full-text match in an article, a claim or a quote. <paramref name="Rank"/> is SQLite's bm25 (lower is better);
/// <paramref name="Marks"/> are the matched terms' ranges in <paramref name="Snippet"/>.
/// </summary>
/// <param name="Kind">"article", "claim" or "quote".</param>
public sealed record SearchHit(
    string Kind,
    string? StoryId,
    string? ArticleId,
    string? ClaimId,
    string? Title,
    double Rank,
    string Snippet,
    ImmutableArray<TextSpan> Marks);
