namespace Crosscheck.Core.Search;

/// <summary>A passage semantic search can return: what it is, where it belongs, and its text.</summary>
public sealed record SemanticDocument(string Kind, string StoryId, string? ItemId, string? ArticleId, string Text);
