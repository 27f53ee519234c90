using System.Collections.Immutable;
using Crosscheck.Core.Claims;
using Crosscheck.Core.Extraction.Entities;
using Crosscheck.Core.Extraction.Events;
using Crosscheck.Core.Extraction.Quotes;
using Crosscheck.Core.Stories;
using Crosscheck.Core.Summaries;

namespace Crosscheck.Core.Reports;

/// <summary>Everything the per-story stages derived for one story.</summary>
public sealed record StoryAnalysis(
    Story Story,
    ImmutableArray<Entity> Entities,
    ImmutableArray<QuoteGroup> Quotes,
    ImmutableArray<Event> Events,
    ClaimAnalysis Claims,
    ImmutableArray<SummarySentence> Summary);
