namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>Settings of <see cref="QuoteMatcher"/>.</summary>
public sealed record QuoteMatcherOptions
{
    /// <summary>Share of the shorter quote's words that the longer one must contain (as a multiset).</summary>
    public double MinWordContainment { get; init; } = 0.6;

    /// <summary>Share of the shorter quote's word pairs (bigrams) that the longer one must contain: word order matters.</summary>
    public double MinBigramContainment { get; init; } = 0.5;

    /// <summary>Fewest words the shorter quote needs; shorter fragments ("quite old") match too easily to be evidence.</summary>
    public int MinWords { get; init; } = 4;

    public static QuoteMatcherOptions Default { get; } = new();
}
