namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// A word read as the first of a known name (see <see cref="NerLexicon.StartOf"/>): the phrase hashes so far, exact and
/// lowered, and the lexicon's entries for them (name types, and whether longer names go on from here).
/// </summary>
internal readonly record struct NameStart(ulong ExactHash, ulong LowerHash, int ExactEntry, int LowerEntry)
{
    /// <summary>Whether any known name, exact or ignoring case, starts with this word: else <see cref="NerLexicon.NamesAt"/> finds nothing.</summary>
    public bool Opens => ((ExactEntry | (LowerEntry >> NerLexicon.LowerShift)) & (NerLexicon.TypeMask | NerLexicon.PrefixBit)) != 0;
}
