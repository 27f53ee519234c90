namespace Crosscheck.Core.Reuse;

/// <summary>Settings of text-reuse detection: fingerprinting, candidate search, sentence alignment and grouping.</summary>
public sealed record ReuseOptions
{
    public static ReuseOptions Default { get; } = new();

    /// <summary>Words per shingle; five keeps common short phrases ("the White House said") from matching.</summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>MinHash functions per signature; the Jaccard estimate's standard error is about 1/sqrt(HashCount).</summary>
    public int HashCount { get; init; } = 128;

    /// <summary>
    /// LSH bands (HashCount / Bands rows each). 32 bands of 4 rows make two texts with a shingle Jaccard of 0.4
    /// candidates with probability 0.56 and of 0.6 with 0.99, while unrelated texts almost never collide.
    /// </summary>
    public int Bands { get; init; } = 32;

    /// <summary>
    /// Winnowing window over the shingle hashes outside quotations: any shared run of at least
    /// WinnowWindow + ShingleSize - 1 words is guaranteed to share a passage hash, so a paragraph pasted into a
    /// longer page, which whole-document MinHash cannot see, still makes the pair a candidate.
    /// </summary>
    public int WinnowWindow { get; init; } = 12;

    /// <summary>Sentence keys (bottom-2 sketches of content words under independent hash functions) per sentence.</summary>
    public int SentenceKeyCount { get; init; } = 4;

    /// <summary>Content words outside quotations a sentence needs to contribute sentence keys.</summary>
    public int MinSentenceKeyWords { get; init; } = 5;

    /// <summary>
    /// Shared passage hashes that make two articles candidates when no LSH band matches. Two sentences that merely
    /// both name the same two frequent words ("Trump", "Clinton") often share two of their sentence keys; with two
    /// as the bar, such chance pairs grew with the square of the corpus (94,000 candidates for 20,000 synthetic
    /// articles, 3 of 4 of the alignment time). A copied sentence gives all four of its keys, and a copied
    /// paragraph its winnowed shingles as well.
    /// </summary>
    public int MinSharedPassageHashes { get; init; } = 3;

    /// <summary>
    /// Articles a key may point to before it counts as a stock phrase and is no longer used to find candidates
    /// (for band keys, candidates beyond this number are not returned). Reading a key's postings is most of a query's
    /// cost, and keys near the cap are mostly chance matches: on 20,000 synthetic articles, 64 instead of 200 leaves
    /// 8,723 candidate pairs instead of 10,176 with the same 10,738 links.
    /// </summary>
    public int MaxPostingsPerKey { get; init; } = 64;

    /// <summary>Lexical similarity from which two sentences are aligned.</summary>
    public double MinSentenceScore { get; init; } = 0.5;

    /// <summary>Cosine similarity from which an embedder may align a sentence pair with a weaker lexical score.</summary>
    public double MinSemanticScore { get; init; } = 0.88;

    /// <summary>Lexical floor under which even a semantically close pair is independent reporting, not a copy.</summary>
    public double MinLexicalScoreForSemantic { get; init; } = 0.3;

    /// <summary>
    /// Similarity the words outside quotation marks must reach for an aligned pair to count as copied prose
    /// rather than two reports of one speaker.
    /// </summary>
    public double MinNarrativeScore { get; init; } = 0.5;

    /// <summary>Content words outside quotation marks both sentences must share for a narrative match.</summary>
    public int MinNarrativeSharedWords { get; init; } = 3;

    /// <summary>Unaligned sentences a run of aligned sentences may skip on either side and still be one run.</summary>
    public int MaxGapSentences { get; init; } = 1;

    /// <summary>
    /// Evidence a run needs to count as reuse: the sum of its narrative matches' scores. One near-verbatim
    /// sentence reaches it; one loosely reworded sentence, which two independent reports of a fact produce, does not.
    /// </summary>
    public double MinRunEvidence { get; init; } = 0.85;

    /// <summary>Share of the smaller side a link must cover for the two articles to join one origin group.</summary>
    public double MinOriginShare { get; init; } = 0.3;
}
