using System.Collections.Immutable;
using Crosscheck.Core.Summaries;

namespace Crosscheck.Core.Claims;

/// <summary>The claims of one story with their corroboration, and the discrepancies between its reports.</summary>
public sealed record ClaimAnalysis(ImmutableArray<Claim> Claims, ImmutableArray<Discrepancy> Discrepancies)
{
    public static ClaimAnalysis Empty { get; } = new([], []);

    /// <summary>Every claim occurrence with its claim's origin count: the summarizer's corroboration signal.</summary>
    public ImmutableArray<SupportedSpan> SupportedSpans() =>
        [.. Claims.SelectMany(c => c.Occurrences.Select(o => new SupportedSpan(o.Span, c.Origins)))];
}
