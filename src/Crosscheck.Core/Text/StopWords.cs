using System.Collections.Frozen;

namespace Crosscheck.Core.Text;

/// <summary>
/// English function words (the SMART-derived list most IR toolkits ship, with the clitic fragments a tokenizer leaves):
/// they carry no topic, and prose has many of them where navigation, credits and captions have few, which makes
/// their density the strongest single signal jusText found for telling the two apart.
/// </summary>
public static class StopWords
{
    public static FrozenSet<string> English { get; } = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from", "further", "get", "got", "had",
        "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i",
        "if", "in", "into", "is", "it", "its", "itself", "just", "last", "like", "many", "may", "me", "might", "more",
        "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
        "other", "our", "ours", "ourselves", "out", "over", "own", "per", "same", "say", "said", "says", "she", "should",
        "since", "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
        "there", "these", "they", "this", "those", "though", "through", "to", "told", "too", "under", "until", "up",
        "upon", "us", "very", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom",
        "whose", "why", "will", "with", "within", "without", "would", "year", "years", "yet", "you", "your", "yours",
        "yourself", "yourselves", "s", "t", "mr", "mrs", "ms", "re", "ve", "ll", "d", "m",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a lower-case word is a function word.</summary>
    public static bool Contains(string lowerCaseWord) => English.Contains(lowerCaseWord);
}
