using System.Collections.Immutable;

namespace Crosscheck.Core.Text;

/// <summary>
/// The tokens <see cref="WordTokenizer"/> finds, gathered in a buffer kept per thread and copied once into an array of
/// the right size (growing a builder token by token allocated twice the final list again), and with the strings of
/// recently seen words reused: news repeats a small vocabulary ("the", ",", "said") in every article.
/// </summary>
public static class SharedTokenizer
{
    // A small table indexed by a hash of the word, each slot holding the last word that fell in it: it stays in the
    // processor's cache, where a dictionary of every word seen would not.
    private const int RecentSlots = 4096;

    [ThreadStatic]
    private static TextSpan[]? buffer;

    [ThreadStatic]
    private static string?[]? recent;

    public static ImmutableArray<TextSpan> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = buffer ??= new TextSpan[1024];
        var words = recent ??= new string?[RecentSlots];
        var count = 0;
        foreach (var (start, end) in WordTokenizer.Ranges(text, 0, text.Length))
        {
            if (count == spans.Length)
            {
                Array.Resize(ref spans, spans.Length * 2);
                buffer = spans;
            }

            var surface = text.AsSpan(start, end - start);
            var slot = Slot(surface);
            var word = words[slot];
            if (word is null || !surface.SequenceEqual(word))
            {
                words[slot] = word = surface.ToString();
            }

            spans[count++] = new TextSpan(start, end, word);
        }

        return ImmutableArray.Create(spans, 0, count);
    }

    private static int Slot(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & (RecentSlots - 1));
    }
}
