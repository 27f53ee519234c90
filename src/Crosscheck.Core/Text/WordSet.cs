using System.Collections.Frozen;

namespace Crosscheck.Core.Text;

/// <summary>
/// A fixed set of words, ordinal or ordinal case-insensitive, asked of most tokens of every article. A word whose first,
/// second and last characters are ASCII is first checked against a bit table of the members' (first, second, last
/// character, length) signatures, either case alike: most words have no member's signature and are ruled out without
/// being hashed. The second character counts because the larger sets (every form of a few hundred verbs) share most
/// (first, last, length) shapes with common words.
/// </summary>
internal sealed class WordSet
{
    // Each ASCII character's place in the shape table: a letter in either case has one place.
    private static readonly byte[] Codes = [.. Enumerable.Range(0, 128).Select(c => (byte)(char.IsAsciiLetter((char)c) ? char.ToLowerInvariant((char)c) - 'a' : 26 + (c % 38)))];

    private readonly FrozenSet<string> words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> spans;

    // A bit per signature, hashed into the table: two signatures may share a bit, which only lets a word through to the
    // set.
    private readonly ulong[] signatures = new ulong[SignatureBits / 64];

    private const int SignatureBits = 1 << 16;

    public WordSet(IEnumerable<string> words, StringComparer comparer)
    {
        this.words = words.ToFrozenSet(comparer);
        spans = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in this.words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            // A case-insensitive match compares upper-case forms, and outside ASCII some letters have one inside it ("ı"
            // is "I"): every form of a member's first, second and last letters is marked.
            foreach (var first in AsciiForms(word[0]))
            {
                foreach (var second in AsciiForms(Second(word)))
                {
                    foreach (var last in AsciiForms(word[^1]))
                    {
                        var bit = Signature(first, second, last, word.Length);
                        signatures[bit >> 6] |= 1UL << bit;
                    }
                }
            }
        }
    }

    public bool Contains(string word) => MayContain(word) && words.Contains(word);

    /// <summary>The same test of a word's characters, wherever they are.</summary>
    public bool Contains(ReadOnlySpan<char> word) => MayContain(word) && spans.Contains(word);

    /// <summary>
    /// False when the word is surely no member, without hashing it; true for every member, and for the few other words
    /// that share a member's signature: the test to ask before a lookup in a table keyed by the same words.
    /// </summary>
    public bool MayContain(string word) => MayContain(word.AsSpan());

    /// <summary>The same test of a word's characters, wherever they are.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        var length = word.Length;
        if (length > 0)
        {
            var (first, second, last) = (word[0], word[length > 1 ? 1 : 0], word[length - 1]);
            if ((first | second | last) < 128)
            {
                var bit = Signature(first, second, last, length);
                if ((signatures[bit >> 6] & (1UL << bit)) == 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static IEnumerable<char> AsciiForms(char c) =>
        new[] { c, char.ToUpperInvariant(c), char.ToLowerInvariant(c) }.Where(form => form < 128);

    // A one-letter word's second character is its first.
    private static char Second(string word) => word[word.Length > 1 ? 1 : 0];

    private static int Signature(char first, char second, char last, int length) =>
        (int)((uint)((((((Codes[first] << 6) | Codes[second]) << 6) | Codes[last]) << 6) | Math.Min(length, 63)) * 2654435761u >> 16);
}
