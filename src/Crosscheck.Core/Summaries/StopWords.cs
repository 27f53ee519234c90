using System.Collections.Frozen;

namespace Crosscheck.Core.Summaries;

/// <summary>English function words (the SMART-derived list most IR toolkits ship), which carry no topic.</summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from", "further", "get", "got", "had",
        "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i",
        "if", "in", "into", "is", "it", "its", "itself", "just", "like", "may", "me", "might", "more", "most", "much",
        "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our",
        "ours", "ourselves", "out", "over", "own", "per", "same", "say", "said", "says", "she", "should", "since", "so",
        "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
        "these", "they", "this", "those", "though", "through", "to", "too", "under", "until", "up", "upon", "us", "very",
        "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will",
        "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves", "s", "t", "mr",
        "mrs", "ms", "re", "ve", "ll", "d", "m",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string lowerCaseWord) => Words.Contains(lowerCaseWord);
}
