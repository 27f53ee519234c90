namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>One attribution as found in one article.</summary>
public sealed record QuoteOccurrence(ArticleId Article, Attribution Attribution);
