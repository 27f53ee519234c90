namespace Crosscheck.Core.Stories;

/// <summary>
/// Settings of the streaming story clusterer. An article joins the best active story when its combined similarity
/// reaches <see cref="JoinThreshold"/>; a story whose last dated article is more than <see cref="QuietAfterDays"/>
/// older than the newest article seen goes quiet and takes no new articles. A follow-up weeks later (a second
/// briefing, a verdict) is still the same story, so the default gap is a month; the time signal makes late
/// joiners need stronger content agreement.
/// </summary>
public sealed record StoryOptions
{
    public static StoryOptions Default { get; } = new();

    public double JoinThreshold { get; init; } = 0.2;

    /// <summary>The join threshold when an embedder is given, whose agreement lifts the scores of related articles.</summary>
    public double JoinThresholdWithEmbeddings { get; init; } = 0.24;

    /// <summary>
    /// Combined mean similarity of two stories' article pairs at which the refiner merges them. A mean over pairs is
    /// lower than an article's agreement with a story's centroid, so this sits below the join threshold.
    /// </summary>
    public double MergeThreshold { get; init; } = 0.08;

    public double MergeThresholdWithEmbeddings { get; init; } = 0.12;

    public int QuietAfterDays { get; init; } = 30;

    /// <summary>Articles dated within this many days of a development's first day belong to it.</summary>
    public int DevelopmentWindowDays { get; init; } = 2;

    public double LexicalWeight { get; init; } = 0.55;

    public double EntityWeight { get; init; } = 0.35;

    /// <summary>
    /// Share of the lexical signal taken from the most similar recent member rather than the centroid: a centroid
    /// alone lets a broad story swallow every article on its general topic.
    /// </summary>
    public double NearestMemberShare { get; init; } = 0.5;

    /// <summary>Weight of the sentence-embedding agreement; ignored when no embedder is given.</summary>
    public double EmbeddingWeight { get; init; } = 0.5;

    /// <summary>
    /// Embedding cosine that counts as no agreement: MiniLM puts unrelated news leads at 0.1-0.3, so cosines are
    /// rescaled to run from this floor (0) to 1, and only agreement beyond what any two news texts share counts.
    /// </summary>
    public double EmbeddingFloor { get; init; } = 0.3;

    /// <summary>Share of the score kept when the two sides name no one and nothing in common (1 = names are ignored).</summary>
    public double NamelessShare { get; init; } = 0.5;

    /// <summary>How much of the score a full gap in time can take away (0 = time is ignored).</summary>
    public double TimePenalty { get; init; } = 0.25;

    /// <summary>The most distinctive terms of an article that are looked up in the story index.</summary>
    public int QueryTerms { get; init; } = 24;

    /// <summary>The most distinctive terms of a story's centroid that are kept in the index.</summary>
    public int IndexedTermsPerStory { get; init; } = 48;

    /// <summary>Stories scored in full per article, the ones sharing most query-term weight.</summary>
    public int MaxCandidates { get; init; } = 16;

    /// <summary>Characters of title and leading paragraphs given to the sentence embedder.</summary>
    public int EmbeddedChars { get; init; } = 1200;

    /// <summary>
    /// Articles the stream scores together, in parallel, against the stories as they stood before them; each is then
    /// checked against the stories the earlier articles of its batch joined or started.
    /// </summary>
    public int ArrivalBatch { get; init; } = 64;
}
