namespace Crosscheck.Core.Claims;

/// <summary>
/// A difference found between two aligned sentences, before findings are merged into discrepancies. Findings of one
/// claim sharing a variant key merge, and so do name and date findings across claims, which are about one entity or day,
/// and findings of one <paramref name="Topic"/> (a toll's measure and place) across claims.
/// </summary>
internal sealed record Finding(DiscrepancyKind Kind, string Summary, FindingVariant First, FindingVariant Second, bool ChangesWithDevelopment, string? Topic = null);
