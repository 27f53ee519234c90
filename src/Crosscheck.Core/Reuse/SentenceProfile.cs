namespace Crosscheck.Core.Reuse;

/// <summary>
/// Lexical features of one sentence, each a sorted set of hashes: stemmed content words, pairs of consecutive
/// content words (word order), character 4-grams of the content words (inflection and spelling variants), and the
/// content words outside quotation marks.
/// </summary>
internal sealed record SentenceProfile(
    int Start,
    int End,
    ulong[] Words,
    ulong[] Bigrams,
    ulong[] CharGrams,
    ulong[] NarrativeWords);
