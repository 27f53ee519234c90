using System.Collections.Frozen;

namespace Crosscheck.Core.Text;

/// <summary>
/// Words that open a sentence with a comma after them to link it to the one before or to comment on it ("Furthermore,",
/// "Regardless,", "Honestly,"): capitalised there, they name nothing and are nobody's words.
/// </summary>
internal static class SentenceAdverbs
{
    private static readonly FrozenSet<string> Connectives = new[]
    {
        "furthermore", "moreover", "however", "therefore", "hence", "thus", "meanwhile", "nevertheless", "nonetheless",
        "regardless", "instead", "otherwise", "consequently", "besides", "indeed", "likewise", "overall", "still", "yet",
        "anyway", "again", "also", "plus", "then", "now", "well", "yes", "no", "ok", "okay", "sure", "alas",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a lower-cased word is a connective or an adverb in "-ly" long enough not to be a name ("Ely").</summary>
    public static bool Contains(string lower) =>
        IsConnective(lower) || (lower.Length >= 6 && lower.EndsWith("ly", StringComparison.Ordinal));

    /// <summary>Whether a lower-cased word is a connective ("furthermore", "also", "now"), which no surname is.</summary>
    public static bool IsConnective(string lower) => Connectives.Contains(lower);
}
