using System.Collections.Frozen;

namespace Crosscheck.Core.Text;

/// <summary>
/// "I’m", "We’ve", "They’ll", "DON'T": a pronoun or a verb run together with its ending is one token, capitalised at the
/// start of a sentence, and it is no name, though a capital and an apostrophe make it look like one ("O’Rourke" is one).
/// </summary>
internal static class Contractions
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Endings =
        new[] { "m", "ve", "d", "ll", "re", "s" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns =
        new[] { "i", "we", "you", "they", "he", "she", "it", "that", "there", "here", "what", "who", "let" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Is(string word)
    {
        var apostrophe = word.AsSpan().LastIndexOfAny('\'', '\u2019');
        if (apostrophe <= 0 || word.Length - apostrophe > 3)
        {
            return false;
        }

        var ending = word.AsSpan(apostrophe + 1);
        if (ending.Equals("t", StringComparison.OrdinalIgnoreCase))
        {
            return word[apostrophe - 1] is 'n' or 'N';
        }

        return ending.Length > 0 && Endings.Contains(ending) && Pronouns.Contains(word.AsSpan(0, apostrophe));
    }
}
