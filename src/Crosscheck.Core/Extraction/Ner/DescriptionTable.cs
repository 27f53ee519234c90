using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// The word descriptions tagging keeps across documents (see <see cref="NerFeatureExtractor.TypeFeatures"/>): up to a
/// fixed number of words, first come first kept, read by every tagging thread without a lock and added to under one.
/// A document looks up each of its distinct words here, and those reads mostly miss the processor's cache: a lookup
/// probes one array whose slots hold the word's hash, the word and its description side by side, where a concurrent
/// dictionary reads a bucket, then a node, then the word. A word's slot is filled before its hash is published, and a
/// slot never changes after, so a reader that sees the hash sees the rest.
/// </summary>
internal sealed class DescriptionTable
{
    private readonly Slot[] slots;
    private readonly int capacity;
    private readonly Lock gate = new();
    private int count;

    /// <param name="capacity">How many words the table keeps at most; it has twice as many slots, so probes stay short.</param>
    public DescriptionTable(int capacity)
    {
        this.capacity = capacity;
        slots = new Slot[BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2))];
    }

    /// <summary>Whether the table keeps no more words: a word it lacks now, it will always lack.</summary>
    public bool IsFull => Volatile.Read(ref count) >= capacity;

    /// <summary>Finds a word's description, and the kept text of the word, so that a caller holding only its characters need not make a string.</summary>
    public bool TryGetValue(
        ReadOnlySpan<char> word, [NotNullWhen(true)] out string? text, [NotNullWhen(true)] out NerFeatureExtractor.WordFeatures? description)
    {
        var hash = HashOf(word);
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            var found = Volatile.Read(ref slot.Hash);
            if (found == 0)
            {
                text = null;
                description = null;
                return false;
            }

            if (found == hash && word.SequenceEqual(slot.Word))
            {
                text = slot.Word!;
                description = slot.Description!;
                return true;
            }
        }
    }

    /// <summary>Keeps a word's description unless the word is kept already or the table is full.</summary>
    public void TryAdd(string word, NerFeatureExtractor.WordFeatures description)
    {
        // Once the table is full, a document's new words would otherwise all queue for the lock.
        if (IsFull)
        {
            return;
        }

        var hash = HashOf(word);
        var mask = slots.Length - 1;
        lock (gate)
        {
            if (count >= capacity)
            {
                return;
            }

            var i = hash & mask;
            for (; slots[i].Hash != 0; i = (i + 1) & mask)
            {
                if (slots[i].Hash == hash && string.Equals(slots[i].Word, word, StringComparison.Ordinal))
                {
                    return;
                }
            }

            slots[i].Word = word;
            slots[i].Description = description;
            Volatile.Write(ref slots[i].Hash, hash);
            Volatile.Write(ref count, count + 1);
        }
    }

    // Zero marks an empty slot.
    private static int HashOf(ReadOnlySpan<char> word) => string.GetHashCode(word, StringComparison.Ordinal) | 1;

    private struct Slot
    {
        public int Hash;
        public string? Word;
        public NerFeatureExtractor.WordFeatures? Description;
    }
}
