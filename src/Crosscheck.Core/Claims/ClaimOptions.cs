namespace Crosscheck.Core.Claims;

/// <summary>Thresholds of the claims stage.</summary>
public sealed record ClaimOptions
{
    /// <summary>Sentences with fewer words are fragments (headings, captions, credits), not claims.</summary>
    public int MinWords { get; init; } = 6;

    /// <summary>Sentences with fewer content words (not function words) say too little to check.</summary>
    public int MinContentWords { get; init; } = 3;

    /// <summary>Sentences with more words are failed splits (lists, run-on captions), not claims.</summary>
    public int MaxWords { get; init; } = 90;

    /// <summary>Similarity (TF-IDF cosine of stemmed content words, names and figures) at which two sentences make one claim.</summary>
    public double AlignThreshold { get; init; } = 0.5;

    /// <summary>
    /// Share of the embedding cosine in the similarity when an embedder is given; the rest is the lexical cosine.
    /// </summary>
    public double EmbeddingWeight { get; init; } = 0.5;

    /// <summary>
    /// Similarity (the higher of the TF-IDF cosine and the Dice overlap of content words) at which two sentences of one
    /// origin make one claim. Articles of one origin copy one text, so a sentence with a few changed words is still the
    /// same sentence, and a changed content word between two such copies is a distortion rather than rewording.
    /// </summary>
    public double CopyAlignThreshold { get; init; } = 0.45;

    /// <summary>
    /// Similarity at which two sentences of different claims still report one event closely enough that different days
    /// or dates for it are a discrepancy (when they also share two names).
    /// </summary>
    public double RelatedThreshold { get; init; } = 0.2;

    /// <summary>Relative difference two figures may have when either is given as an approximation ("about", "more than").</summary>
    public double ApproximateTolerance { get; init; } = 0.1;

    public static ClaimOptions Default { get; } = new();
}
