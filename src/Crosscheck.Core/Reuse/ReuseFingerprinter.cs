using System.Buffers;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Reuse;

/// <summary>
/// Computes an article's <see cref="ReuseFingerprint"/>: word shingles of the normalised text, a MinHash signature
/// over all of them, and winnowing fingerprints (Schleimer et al., 2003) over the shingles outside quotation marks,
/// since a quotation repeated by every outlet that covered a briefing is not evidence of copying. A rewrite keeps
/// few five-word runs, so each sentence also contributes sentence keys: for a few hash functions, the two smallest
/// hashes of its stemmed content words outside quotations (a bottom-2 sketch), which two sentences with mostly
/// the same content words share whatever their order and wording around them.
/// </summary>
public sealed class ReuseFingerprinter(ReuseOptions options)
{
    private const ulong SentenceKeySalt = 0xD6E8FEB86659FD93;

    public ReuseFingerprint Compute(string text)
    {
        var k = options.ShingleSize;
        var capacity = (text.Length / 2) + 16;
        var tokenHashes = ArrayPool<ulong>.Shared.Rent(capacity);
        var tokens = ArrayPool<Token>.Shared.Rent(capacity);
        var shingles = ArrayPool<ulong>.Shared.Rent(capacity);
        var narrative = ArrayPool<ulong>.Shared.Rent(capacity);
        try
        {
            var quotes = QuotationFinder.Find(text);
            var tokenCount = Tokenize(text, quotes, tokenHashes.AsSpan(0, capacity), tokens);
            var shingleCount = Math.Max(0, tokenCount - k + 1);
            var narrativeCount = 0;
            var quotedInWindow = 0;
            for (var i = 0; i < tokenCount; i++)
            {
                quotedInWindow += tokens[i].Quoted ? 1 : 0;
                if (i >= k)
                {
                    quotedInWindow -= tokens[i - k].Quoted ? 1 : 0;
                }

                if (i < k - 1)
                {
                    continue;
                }

                var start = i - k + 1;
                var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(tokenHashes.AsSpan(start, k)));
                shingles[start] = hash;
                if (quotedInWindow == 0)
                {
                    narrative[narrativeCount++] = hash;
                }
            }

            var signature = MinHashSignature.Compute(shingles.AsSpan(0, shingleCount), options.HashCount);

            // Winnowed shingles and sentence keys are collected with repeats, then sorted and deduplicated once.
            var keys = new List<ulong>(narrativeCount / 4 + 64);
            Winnow(narrative.AsSpan(0, narrativeCount), options.WinnowWindow, keys);
            AddSentenceKeys(text, tokens.AsSpan(0, tokenCount), keys);
            keys.Sort();
            var distinct = 0;
            var span = CollectionsMarshal.AsSpan(keys);
            for (var i = 0; i < span.Length; i++)
            {
                if (i == 0 || span[i] != span[distinct - 1])
                {
                    span[distinct++] = span[i];
                }
            }

            var passageHashes = span[..distinct].ToArray();
            return new ReuseFingerprint(signature, signature.BandKeys(options.Bands), ImmutableCollectionsMarshal.AsImmutableArray(passageHashes));
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(tokenHashes);
            ArrayPool<Token>.Shared.Return(tokens);
            ArrayPool<ulong>.Shared.Return(shingles);
            ArrayPool<ulong>.Shared.Return(narrative);
        }
    }

    // One pass over the words serves the shingles (every word's normalised hash) and the sentence keys (the stem
    // hash of every content word): a word never spans two sentences, since a sentence starts after white space.
    private static int Tokenize(string text, ImmutableArray<(int Start, int End)> quotes, Span<ulong> hashes, Token[] tokens)
    {
        var quote = 0;
        Span<char> buffer = stackalloc char[NormalizedTokenizer.MaxTokenLength];
        var position = 0;
        var count = 0;
        while (count < hashes.Length)
        {
            var length = NormalizedTokenizer.Next(text, ref position, buffer, out var start, out _);
            if (length == 0)
            {
                break;
            }

            while (quote < quotes.Length && quotes[quote].End <= start)
            {
                quote++;
            }

            var quoted = quote < quotes.Length && quotes[quote].Start <= start;
            var word = buffer[..length];
            hashes[count] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word));
            var content = !LightStemmer.IsStopWord(word);
            var stem = content ? XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word[..LightStemmer.Stem(word)])) : 0;
            tokens[count++] = new Token(start, stem, quoted, content);
        }

        return count;
    }

    // Keeps the minimum of every window of w consecutive hashes (the rightmost on ties), each selected position
    // once; a text shorter than one window keeps its minimum.
    private static void Winnow(ReadOnlySpan<ulong> hashes, int window, List<ulong> selected)
    {
        if (hashes.IsEmpty)
        {
            return;
        }

        var w = Math.Min(window, hashes.Length);
        var minIndex = -1;
        for (var end = w - 1; end < hashes.Length; end++)
        {
            var start = end - w + 1;
            if (minIndex < start)
            {
                minIndex = start;
                for (var i = start + 1; i <= end; i++)
                {
                    if (hashes[i] <= hashes[minIndex])
                    {
                        minIndex = i;
                    }
                }

                selected.Add(hashes[minIndex]);
            }
            else if (hashes[end] <= hashes[minIndex])
            {
                minIndex = end;
                selected.Add(hashes[minIndex]);
            }
        }
    }

    private void AddSentenceKeys(string text, ReadOnlySpan<Token> tokens, List<ulong> keys)
    {
        var sentences = new List<(int Start, int End)>();
        SentenceSplitter.Ranges(text, 0, text.Length, sentences);
        var words = new List<ulong>();
        var next = 0;
        foreach (var (sentenceStart, sentenceEnd) in sentences)
        {
            words.Clear();
            while (next < tokens.Length && tokens[next].Start < sentenceStart)
            {
                next++;
            }

            for (; next < tokens.Length && tokens[next].Start < sentenceEnd; next++)
            {
                if (tokens[next].Content && !tokens[next].Quoted)
                {
                    words.Add(tokens[next].Stem);
                }
            }

            if (words.Count < options.MinSentenceKeyWords)
            {
                continue;
            }

            for (var f = 0; f < options.SentenceKeyCount; f++)
            {
                var salt = SentenceKeySalt * (ulong)(f + 1);
                ulong first = ulong.MaxValue, second = ulong.MaxValue;
                foreach (var word in CollectionsMarshal.AsSpan(words))
                {
                    var h = Mix(word ^ salt);
                    if (h < first)
                    {
                        (first, second) = (h, first);
                    }
                    else if (h < second && h != first)
                    {
                        second = h;
                    }
                }

                keys.Add(Mix(Mix(first ^ salt) + second));
            }
        }
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    /// <summary>A word's offset, the hash of its stem when it is a content word, and whether it stands in a quotation.</summary>
    private readonly record struct Token(int Start, ulong Stem, bool Quoted, bool Content);
}
