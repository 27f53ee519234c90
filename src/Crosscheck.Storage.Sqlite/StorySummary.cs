namespace Crosscheck.Storage.Sqlite;

/// <summary>A line of the story list: enough to choose a story without loading it.</summary>
/// <param name="FirstDate">Earliest publication date of its articles (ISO 8601), null when none is known.</param>
/// <param name="OriginCount">Independent origin groups among its articles.</param>
public sealed record StorySummary(string Id, string Title, string? FirstDate, string? LastDate, int ArticleCount, int OriginCount);
