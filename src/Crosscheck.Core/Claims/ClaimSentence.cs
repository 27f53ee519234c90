using System.Collections.Immutable;

namespace Crosscheck.Core.Claims;

/// <summary>A sentence of one article, read for the features claims are aligned and compared on.</summary>
internal sealed class ClaimSentence
{
    public required int ArticleIndex { get; init; }

    public required ArticleId Article { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Text { get; init; }

    public required ImmutableArray<ClaimToken> Tokens { get; init; }

    public required ImmutableArray<NumberMention> Numbers { get; init; }

    public required ImmutableArray<DateMention> Dates { get; init; }

    /// <summary>Indexes of the tokens that negate or deny.</summary>
    public required ImmutableArray<int> Negations { get; init; }

    /// <summary>The source named with an attribution verb in this sentence ("Kirby said"), honorifics removed.</summary>
    public required string? Speaker { get; init; }

    /// <summary><see cref="Speaker"/>, or for "he said" the last source this article named.</summary>
    public required string? ResolvedSpeaker { get; init; }

    public required bool HasAttribution { get; init; }

    public Span Span => new(Article, Start, End);

    /// <summary>The sentence text of tokens <paramref name="first"/> to <paramref name="last"/> (inclusive), as written.</summary>
    public string Slice(int first, int last) => Text[(Tokens[first].Start - Start)..(Tokens[last].End - Start)];

    public Span SpanOf(int first, int last) => new(Article, Tokens[first].Start, Tokens[last].End);
}
