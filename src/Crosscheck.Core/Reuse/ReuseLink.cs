using System.Collections.Immutable;

namespace Crosscheck.Core.Reuse;

/// <summary>
/// Text an article shares with another: the characters of this article covered by shared passages, the likely
/// direction of the copy, and the passages themselves.
/// </summary>
public sealed record ReuseLink(ArticleId Other, int SharedChars, ReuseDirection Direction, ImmutableArray<AlignedPassage> Passages);
