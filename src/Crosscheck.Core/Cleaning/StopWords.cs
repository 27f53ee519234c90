using System.Collections.Frozen;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// English function words (the jusText English stop list, trimmed): prose has many of them, navigation, credits
/// and captions few. Stop-word density is the strongest single signal jusText found for telling the two apart.
/// </summary>
public static class StopWords
{
    public static FrozenSet<string> English { get; } = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
        "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "last", "like", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no",
        "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out",
        "over", "own", "said", "same", "says", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their",
        "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
        "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
        "with", "would", "you", "your", "yours", "yourself", "yourselves", "told", "would", "still", "who", "year", "years",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
