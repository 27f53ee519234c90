using System.Collections.Immutable;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Ingest;

namespace Crosscheck.Core;

/// <summary>
/// Where articles live between runs. Raw articles are kept as they arrived beside their cleaned form; storing is
/// idempotent (the same article again changes nothing) and a batch is all-or-nothing.
/// </summary>
public interface IArticleStore
{
    /// <summary>Stores a batch in one transaction; returns how many articles were new.</summary>
    int Store(IReadOnlyList<StoredArticle> batch);

    bool Contains(ArticleId id);

    /// <summary>How many distinct stored articles contain each of the given line keys (see <see cref="LineKey"/>).</summary>
    IReadOnlyDictionary<ulong, int> LineCounts(IReadOnlyCollection<ulong> keys);

    ImmutableArray<CleanArticle> LoadArticles();

    int Count();
}

/// <summary>An article as stored: raw form, cleaned form and the line keys of its repetition signal.</summary>
public sealed record StoredArticle(RawArticle Raw, CleanArticle Clean, ImmutableArray<ulong> LineKeys);
