using System.Collections.Immutable;

namespace Crosscheck.Core.Stories;

/// <summary>One dated entry of a story's timeline: the articles that report the same turn of events.</summary>
public sealed record Development(StoryDate? Date, string Headline, ImmutableArray<ArticleId> Articles);
