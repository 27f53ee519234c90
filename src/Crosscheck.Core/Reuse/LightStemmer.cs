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
        var buffer = word.ToCharArray();
        return new string(buffer, 0, Stem(buffer));
    }

    /// <summary>Stems a word in place and returns the stem's length.</summary>
    public static int Stem(Span<char> word)
    {
        var n = word.Length;
        if (n <= 3 || !char.IsLetter(word[n - 1]))
        {
            return n;
        }

        if ((word.EndsWith("ies") || word.EndsWith("ied")) && n > 4)
        {
            word[n - 3] = 'y';
            return n - 2;
        }

        if (word.EndsWith("ing") && n > 5)
        {
            return TrimE(word, n - 3);
        }

        if (word.EndsWith("ed") && n > 4)
        {
            return TrimE(word, n - 2);
        }

        if (word.EndsWith("es") && n > 4 && word[n - 3] is 's' or 'x' or 'z' or 'h')
        {
            return n - 2;
        }

        if (word[n - 1] == 's' && word[n - 2] is not 's' and not 'u' and not 'i')
        {
            return TrimE(word, n - 1);
        }

        return TrimE(word, n);
    }

    // A final "e" is dropped everywhere so that "force", "forces" and "forced" meet at one stem.
    private static int TrimE(Span<char> word, int length) => length > 4 && word[length - 1] == 'e' ? length - 1 : length;
}
