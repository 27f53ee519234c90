using System.Collections.Immutable;
using Crosscheck.Core.Extraction.Entities;
using Crosscheck.Core.Extraction.Events;
using Crosscheck.Core.Extraction.Quotes;

namespace Crosscheck.Core.Analysis;

/// <summary>What extraction finds in one story: attributions per article, quotes matched across articles, entities, events.</summary>
public sealed record StoryFacts(
    ImmutableDictionary<ArticleId, ImmutableArray<Attribution>> Attributions,
    ImmutableArray<QuoteGroup> Quotes,
    ImmutableArray<Entity> Entities,
    ImmutableArray<Event> Events);
