using System.Collections.Immutable;

namespace Crosscheck.Core.Stories;

/// <summary>
/// Articles about one news story. The id is derived from the story's first article, so it stays the same as later
/// articles join. Developments are in date order, undated last.
/// </summary>
public sealed record Story(
    string Id,
    string Title,
    ImmutableArray<ArticleId> Articles,
    ImmutableArray<Development> Developments,
    ImmutableDictionary<ArticleId, StoryDate> ArticleDates);
