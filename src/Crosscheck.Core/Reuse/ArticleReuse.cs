using System.Collections.Immutable;

namespace Crosscheck.Core.Reuse;

/// <summary>
/// Reuse facts of one article: its origin group ("o-..."), the share of its characters not reused from other
/// articles (0..1), and its links to the articles it shares text with.
/// </summary>
public sealed record ArticleReuse(ArticleId ArticleId, string OriginId, double Originality, ImmutableArray<ReuseLink> Links);
