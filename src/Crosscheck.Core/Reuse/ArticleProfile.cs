using System.Buffers;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Reuse;

/// <summary>An article's sentences with their lexical features, built once and aligned against every candidate.</summary>
internal sealed class ArticleProfile
{
    private const int CharGramSize = 4;

    private ArticleProfile(string text, ImmutableArray<SentenceProfile> sentences)
    {
        Text = text;
        Sentences = sentences;
    }

    public string Text { get; }

    public ImmutableArray<SentenceProfile> Sentences { get; }

    public float[][]? Embeddings { get; set; }

    public static ArticleProfile Build(string text)
    {
        var quotes = QuotationFinder.Find(text);
        var sentences = SentenceSplitter.Split(text);
        var profiles = ImmutableArray.CreateBuilder<SentenceProfile>(sentences.Length);
        Span<char> buffer = stackalloc char[NormalizedTokenizer.MaxTokenLength];
        var words = new List<ulong>();
        var narrative = new List<ulong>();

        // The content words of a sentence joined by single spaces, with a space before and after, as the
        // character 4-grams read them; a sentence is never longer than the text, plus the two spaces.
        var joined = ArrayPool<char>.Shared.Rent(text.Length + 2);
        try
        {
            foreach (var sentence in sentences)
            {
                words.Clear();
                narrative.Clear();
                var joinedLength = 0;
                joined[joinedLength++] = ' ';
                var position = sentence.Start;
                var limit = sentence.End;
                while (position < limit)
                {
                    var length = NormalizedTokenizer.Next(text, ref position, buffer, out var start, out _);
                    if (length == 0 || start >= limit)
                    {
                        break;
                    }

                    var word = buffer[..length];
                    if (LightStemmer.IsStopWord(word))
                    {
                        continue;
                    }

                    word.CopyTo(joined.AsSpan(joinedLength));
                    joinedLength += length;
                    joined[joinedLength++] = ' ';
                    var hash = Hash(word[..LightStemmer.Stem(word)]);
                    words.Add(hash);
                    if (!QuotationFinder.Contains(quotes, start))
                    {
                        narrative.Add(hash);
                    }
                }

                var bigrams = new ulong[Math.Max(0, words.Count - 1)];
                for (var i = 1; i < words.Count; i++)
                {
                    bigrams[i - 1] = (words[i - 1] * 0x9E3779B97F4A7C15) ^ words[i];
                }

                var grams = new ulong[Math.Max(0, joinedLength - CharGramSize + 1)];
                for (var i = 0; i < grams.Length; i++)
                {
                    grams[i] = Hash(joined.AsSpan(i, CharGramSize));
                }

                profiles.Add(new SentenceProfile(
                    sentence.Start,
                    sentence.End,
                    SortedSet(words.ToArray()),
                    SortedSet(bigrams),
                    SortedSet(grams),
                    SortedSet(narrative.ToArray())));
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(joined);
        }

        return new ArticleProfile(text, profiles.MoveToImmutable());
    }

    private static ulong Hash(ReadOnlySpan<char> word) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word));

    // Sorts in place and drops repeats: the hash sets are compared by merging.
    private static ulong[] SortedSet(ulong[] values)
    {
        if (values.Length < 2)
        {
            return values;
        }

        Array.Sort(values);
        var distinct = 1;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] != values[distinct - 1])
            {
                values[distinct++] = values[i];
            }
        }

        return distinct == values.Length ? values : values[..distinct];
    }
}
