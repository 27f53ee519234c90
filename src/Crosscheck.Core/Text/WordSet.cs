using System.Collections.Frozen;

namespace Crosscheck.Core.Text;

/// <summary>
/// A fixed set of words, ordinal or ordinal case-insensitive, asked of most tokens of every article. A word that opens and
/// ends with ASCII characters is first checked against the (first letter, last letter, length) shapes of the members,
/// either case alike: most words have no member's shape and are ruled out without being hashed.
/// </summary>
internal sealed class WordSet
{
    // Each ASCII character's place in the shape table: a letter in either case has one place.
    private static readonly byte[] Codes = [.. Enumerable.Range(0, 128).Select(c => (byte)(char.IsAsciiLetter((char)c) ? char.ToLowerInvariant((char)c) - 'a' : 26 + (c % 38)))];

    private readonly FrozenSet<string> words;

    // Per (first, last) character pair, a bit for each length of a member of that shape; bit 63 stands for every length
    // from 63 on.
    private readonly ulong[] shapes = new ulong[64 * 64];

    public WordSet(IEnumerable<string> words, StringComparer comparer)
    {
        this.words = words.ToFrozenSet(comparer);
        foreach (var word in this.words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            // A case-insensitive match compares upper-case forms, and outside ASCII some letters have one inside it ("ı"
            // is "I"): every form of a member's first and last letters is marked.
            foreach (var first in AsciiForms(word[0]))
            {
                foreach (var last in AsciiForms(word[^1]))
                {
                    shapes[Slot(first, last)] |= Bit(word.Length);
                }
            }
        }
    }

    public bool Contains(string word)
    {
        var length = word.Length;
        if (length > 0)
        {
            var (first, last) = (word[0], word[length - 1]);
            if (first < 128 && last < 128 && (shapes[Slot(first, last)] & Bit(length)) == 0)
            {
                return false;
            }
        }

        return words.Contains(word);
    }

    private static IEnumerable<char> AsciiForms(char c) =>
        new[] { c, char.ToUpperInvariant(c), char.ToLowerInvariant(c) }.Where(form => form < 128);

    private static int Slot(char first, char last) => (Codes[first] << 6) | Codes[last];

    private static ulong Bit(int length) => 1UL << Math.Min(length, 63);
}
