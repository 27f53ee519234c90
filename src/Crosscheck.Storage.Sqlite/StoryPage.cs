using System.Collections.Immutable;

namespace Crosscheck.Storage.Sqlite;

/// <summary>One page of stories, newest first, and how many stories there are in all.</summary>
public sealed record StoryPage(int Page, int PageSize, int Total, ImmutableArray<StorySummary> Stories);
