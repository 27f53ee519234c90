namespace Crosscheck.Core.Summaries;

/// <summary>A sentence a summary may quote: where it is, its word count, and its rank among its article's candidates.</summary>
internal sealed record SummaryCandidate(int ArticleIndex, Span Span, string Text, int Words, int Position);
