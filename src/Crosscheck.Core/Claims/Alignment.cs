using System.Collections.Immutable;

namespace Crosscheck.Core.Claims;

/// <summary>
/// Claim sentences grouped into claims, the direct links inside each group, and related pairs: sentences of different
/// groups that are less similar but still about one event.
/// </summary>
internal sealed record Alignment(
    ImmutableArray<ImmutableArray<int>> Groups,
    ImmutableArray<int> GroupOf,
    ImmutableArray<AlignedPair> Links,
    ImmutableArray<AlignedPair> Related);
