namespace Crosscheck.Core.Reuse;

/// <summary>
/// Lexical features of one sentence, each a sorted set of hashes: stemmed content words, pairs of consecutive
/// content words (word order), character 4-grams of the content words (inflection and spelling variants), and the
/// content words outside quotation marks. The 4-grams, ten times as many as the words, are built on first use:
/// most sentences of a candidate pair share too few words for them to matter.
/// </summary>
internal sealed class SentenceProfile(string text, int start, int end, ulong[] words, ulong[] bigrams, ulong[] narrativeWords)
{
    private ulong[]? charGrams;

    public int Start => start;

    public int End => end;

    public ulong[] Words => words;

    public ulong[] Bigrams => bigrams;

    public ulong[] NarrativeWords => narrativeWords;

    /// <summary>Thread-safe: two threads may both build the set, and one result is kept.</summary>
    public ulong[] CharGrams => Volatile.Read(ref charGrams) ?? Interlocked.CompareExchange(ref charGrams, ArticleProfile.CharGrams(text, start, end), null) ?? charGrams;
}
