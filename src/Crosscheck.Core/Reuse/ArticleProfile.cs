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

    private WordPostings? postings;

    private ArticleProfile(string text, ImmutableArray<SentenceProfile> sentences)
    {
        Text = text;
        Sentences = sentences;
    }

    public string Text { get; }

    public ImmutableArray<SentenceProfile> Sentences { get; }

    public string SentenceText(int sentence) => Text[Sentences[sentence].Start..Sentences[sentence].End];

    /// <summary>
    /// Each content word of the article with a sentence it occurs in, sorted by word: the sentences of this
    /// article that share a word with a sentence of another are found by lookup instead of trying them all.
    /// Built on first use; thread-safe.
    /// </summary>
    public WordPostings Postings => LazyInitializer.EnsureInitialized(ref postings, BuildPostings);

    public static ArticleProfile Build(string text)
    {
        var quotes = QuotationFinder.Find(text);
        var sentences = new List<(int Start, int End)>();
        SentenceSplitter.Ranges(text, 0, text.Length, sentences);
        var profiles = ImmutableArray.CreateBuilder<SentenceProfile>(sentences.Count);
        Span<char> buffer = stackalloc char[NormalizedTokenizer.MaxTokenLength];
        var words = new List<ulong>();
        var narrative = new List<ulong>();
        foreach (var (sentenceStart, sentenceEnd) in sentences)
        {
            words.Clear();
            narrative.Clear();
            var position = sentenceStart;
            while (position < sentenceEnd)
            {
                var length = NormalizedTokenizer.Next(text, ref position, buffer, out var start, out _);
                if (length == 0 || start >= sentenceEnd)
                {
                    break;
                }

                var word = buffer[..length];
                if (LightStemmer.IsStopWord(word))
                {
                    continue;
                }

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

            profiles.Add(new SentenceProfile(text, sentenceStart, sentenceEnd, SortedSet(words.ToArray()), SortedSet(bigrams), SortedSet(narrative.ToArray())));
        }

        return new ArticleProfile(text, profiles.MoveToImmutable());
    }

    /// <summary>
    /// Character 4-grams of a sentence's content words (unstemmed), joined by single spaces with a space before
    /// and after, so that a word's start and end are part of its grams.
    /// </summary>
    public static ulong[] CharGrams(string text, int start, int end)
    {
        Span<char> buffer = stackalloc char[NormalizedTokenizer.MaxTokenLength];

        // The joined words are never longer than the sentence plus the two outer spaces.
        var joined = ArrayPool<char>.Shared.Rent(end - start + 2 + NormalizedTokenizer.MaxTokenLength);
        try
        {
            var joinedLength = 0;
            joined[joinedLength++] = ' ';
            var position = start;
            while (position < end)
            {
                var length = NormalizedTokenizer.Next(text, ref position, buffer, out var wordStart, out _);
                if (length == 0 || wordStart >= end)
                {
                    break;
                }

                var word = buffer[..length];
                if (!LightStemmer.IsStopWord(word))
                {
                    word.CopyTo(joined.AsSpan(joinedLength));
                    joinedLength += length;
                    joined[joinedLength++] = ' ';
                }
            }

            // Four UTF-16 characters fill one 64-bit word exactly: the gram is its own key, with no hash to compute.
            var grams = new ulong[Math.Max(0, joinedLength - CharGramSize + 1)];
            var bytes = MemoryMarshal.AsBytes(joined.AsSpan(0, joinedLength));
            for (var i = 0; i < grams.Length; i++)
            {
                grams[i] = MemoryMarshal.Read<ulong>(bytes[(i * sizeof(char))..]);
            }

            return SortedSet(grams);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(joined);
        }
    }

    private WordPostings BuildPostings()
    {
        var count = 0;
        foreach (var sentence in Sentences)
        {
            count += sentence.Words.Length;
        }

        var words = new ulong[count];
        var sentences = new int[count];
        var n = 0;
        for (var i = 0; i < Sentences.Length; i++)
        {
            foreach (var word in Sentences[i].Words)
            {
                words[n] = word;
                sentences[n++] = i;
            }
        }

        Array.Sort(words, sentences);
        return new WordPostings(words, sentences);
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

    /// <summary>Content-word hashes, sorted, each with the index of a sentence holding it.</summary>
    internal sealed record WordPostings(ulong[] Words, int[] Sentences)
    {
        /// <summary>The range of <see cref="Words"/> equal to <paramref name="word"/> (empty when absent).</summary>
        public Range Find(ulong word)
        {
            var at = Array.BinarySearch(Words, word);
            if (at < 0)
            {
                return default;
            }

            var first = at;
            while (first > 0 && Words[first - 1] == word)
            {
                first--;
            }

            var last = at + 1;
            while (last < Words.Length && Words[last] == word)
            {
                last++;
            }

            return first..last;
        }
    }
}
