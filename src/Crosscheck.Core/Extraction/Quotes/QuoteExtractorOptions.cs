namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>Settings of <see cref="QuoteExtractor"/>.</summary>
public sealed record QuoteExtractorOptions
{
    /// <summary>
    /// Fewest words a quoted passage at the start of a clause needs to be a direct quote; shorter ones ("rigged",
    /// "quite old") are scare or partial quotes that belong to the surrounding sentence.
    /// </summary>
    public int MinDirectWords { get; init; } = 3;

    /// <summary>Whether to report indirect speech ("Kirby said Wagner was seeking ...") as well as direct quotes.</summary>
    public bool IncludeIndirect { get; init; } = true;

    /// <summary>
    /// Whether a quote with no cue of its own (a following paragraph of the same speech) is reported, with the source of
    /// the quote just before it.
    /// </summary>
    public bool IncludeContinuations { get; init; } = true;

    /// <summary>The words that can introduce reported speech.</summary>
    public CueLexicon Cues { get; init; } = CueLexicon.Default;

    public static QuoteExtractorOptions Default { get; } = new();
}
