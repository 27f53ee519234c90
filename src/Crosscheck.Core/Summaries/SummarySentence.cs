using System.Collections.Immutable;

namespace Crosscheck.Core.Summaries;

/// <summary>
/// One sentence of an extractive summary: its text, where it was taken from, and every article that carries an
/// equivalent sentence (the source article first), so the summary can be cited and checked in place.
/// </summary>
public sealed record SummarySentence(string Text, Span Source, ImmutableArray<ArticleId> Articles);
