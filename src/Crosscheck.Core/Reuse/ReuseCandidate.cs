namespace Crosscheck.Core.Reuse;

/// <summary>
/// An indexed article that may share text with a queried one: how many LSH bands of the two signatures agree
/// (near-duplicates) and how many passage hashes they share (partial copies).
/// </summary>
public readonly record struct ReuseCandidate(ArticleId Article, int SharedBands, int SharedPassageHashes);
