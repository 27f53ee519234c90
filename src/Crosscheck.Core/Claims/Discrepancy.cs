using System.Collections.Immutable;

namespace Crosscheck.Core.Claims;

/// <summary>
/// A difference between reports of one claim. <paramref name="ExplainedBy"/> is null when nothing accounts for it,
/// otherwise the reason it is not a conflict (such as the reports belonging to different developments).
/// <paramref name="Claims"/> are the ids of the claims it touches.
/// </summary>
public sealed record Discrepancy(
    DiscrepancyKind Kind,
    string Summary,
    ImmutableArray<DiscrepancyVariant> Variants,
    string? ExplainedBy,
    ImmutableArray<string> Claims);
