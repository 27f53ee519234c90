namespace Crosscheck.Core.Summaries;

/// <summary>
/// How long a summary is and how sentences are chosen. Length is either a sentence count (between
/// <see cref="MinSentences"/> and <see cref="MaxSentences"/>, the dossier default) or, when
/// <see cref="WordBudget"/> is set, as many sentences as fit in that many words (benchmarks cut at a word count).
/// </summary>
public sealed record SummaryOptions
{
    public int MinSentences { get; init; } = 5;

    public int MaxSentences { get; init; } = 8;

    /// <summary>Maximum number of whitespace-separated words; when set, it replaces the sentence count.</summary>
    public int? WordBudget { get; init; }

    /// <summary>MMR trade-off: 1 ranks by salience only, 0 by novelty only.</summary>
    public double Lambda { get; init; } = 0.7;

    /// <summary>A candidate at least this similar (TF-IDF cosine) to a chosen sentence repeats it and is never chosen.</summary>
    public double RedundancyThreshold { get; init; } = 0.5;

    /// <summary>Lexical (TF-IDF cosine) similarity above which another article's sentence counts as saying the same thing.</summary>
    public double SupportThreshold { get; init; } = 0.45;

    /// <summary>Embedding cosine above which another article's sentence counts as saying the same thing.</summary>
    public double EmbeddingSupportThreshold { get; init; } = 0.8;

    /// <summary>Sentences with fewer words are fragments (headlines, captions, credits) and are never chosen.</summary>
    public int MinWords { get; init; } = 6;

    /// <summary>Sentences with more words are usually failed splits (lists, run-on captions) and are never chosen.</summary>
    public int MaxWords { get; init; } = 80;

    /// <summary>
    /// Most sentences weighed for a story. The summarizer compares every pair of candidates, so its time and memory
    /// grow with the square of their number; past this many, only the earliest sentences of each article are kept
    /// (every article's first, then every article's second, and so on), where news puts its gist.
    /// </summary>
    public int MaxCandidates { get; init; } = 2000;

    public double CentralityWeight { get; init; } = 1.0;

    public double PositionWeight { get; init; } = 1.0;

    public double CrossDocumentWeight { get; init; } = 0.5;

    public double SupportWeight { get; init; } = 0.5;

    public static SummaryOptions Default { get; } = new();
}
