using System.Collections.Immutable;
using Crosscheck.Core.Claims;
using Crosscheck.Core.Extraction.Quotes;
using Crosscheck.Core.Stories;
using Crosscheck.Core.Summaries;

namespace Crosscheck.Core.Reports;

/// <summary>Everything the per-story stages derived for one story.</summary>
public sealed record StoryAnalysis(Story Story, ImmutableArray<QuoteGroup> Quotes, ClaimAnalysis Claims, ImmutableArray<SummarySentence> Summary);
