using System.Collections.Frozen;

namespace Crosscheck.Core.Reuse;

/// <summary>
/// Conflates the inflections a rewrite changes most ("deliveries"/"delivery", "supplied"/"supplies"), and knows the
/// function words and reporting verbs ("the", "said", "told") that carry no evidence of copying. Deliberately
/// lighter than Porter: over-stemming would merge different words, and character n-grams cover the rest.
/// </summary>
internal static class LightStemmer
{
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
        "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
        "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
        "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "s", "t",
        "said", "says", "say", "saying", "told", "tells", "tell", "added", "according", "mr", "mrs", "ms", "one", "two",
        "may", "might", "must", "shall", "us", "per", "via", "upon", "within", "without", "however", "yet", "still",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans =
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    public static bool IsStopWord(ReadOnlySpan<char> word) => StopWordSpans.Contains(word);

    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        if ((word.EndsWith("ies", StringComparison.Ordinal) || word.EndsWith("ied", StringComparison.Ordinal)) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            return TrimE(word[..^3]);
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4)
        {
            return TrimE(word[..^2]);
        }

        if (word.EndsWith("es", StringComparison.Ordinal) && word.Length > 4 && word[^3] is 's' or 'x' or 'z' or 'h')
        {
            return word[..^2];
        }

        if (word[^1] == 's' && word[^2] is not 's' and not 'u' and not 'i')
        {
            return TrimE(word[..^1]);
        }

        return TrimE(word);
    }

    // A final "e" is dropped everywhere so that "force", "forces" and "forced" meet at one stem.
    private static string TrimE(string word) => word.Length > 4 && word[^1] == 'e' ? word[..^1] : word;
}
