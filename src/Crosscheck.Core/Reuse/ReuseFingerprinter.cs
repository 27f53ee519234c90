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
        var tokenHashes = ArrayPool<ulong>.Shared.Rent((text.Length / 2) + 16);
        var tokenQuoted = ArrayPool<bool>.Shared.Rent(tokenHashes.Length);
        var shingles = ArrayPool<ulong>.Shared.Rent(tokenHashes.Length);
        var narrative = ArrayPool<ulong>.Shared.Rent(tokenHashes.Length);
        try
        {
            var quotes = QuotationFinder.Find(text);
            var tokenCount = Tokenize(text, quotes, tokenHashes, tokenQuoted);
            var shingleCount = Math.Max(0, tokenCount - k + 1);
            var narrativeCount = 0;
            var quotedInWindow = 0;
            for (var i = 0; i < tokenCount; i++)
            {
                quotedInWindow += tokenQuoted[i] ? 1 : 0;
                if (i >= k)
                {
                    quotedInWindow -= tokenQuoted[i - k] ? 1 : 0;
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
            AddSentenceKeys(text, quotes, keys);
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
            ArrayPool<bool>.Shared.Return(tokenQuoted);
            ArrayPool<ulong>.Shared.Return(shingles);
            ArrayPool<ulong>.Shared.Return(narrative);
        }
    }

    private static int Tokenize(string text, ImmutableArray<(int Start, int End)> quotes, ulong[] hashes, bool[] quoted)
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

            quoted[count] = quote < quotes.Length && quotes[quote].Start <= start;
            hashes[count++] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(buffer[..length]));
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

    private void AddSentenceKeys(string text, ImmutableArray<(int Start, int End)> quotes, List<ulong> keys)
    {
        var words = new List<ulong>();
        Span<char> buffer = stackalloc char[NormalizedTokenizer.MaxTokenLength];
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            words.Clear();
            var position = sentence.Start;
            while (position < sentence.End)
            {
                var length = NormalizedTokenizer.Next(text, ref position, buffer, out var start, out _);
                if (length == 0 || start >= sentence.End)
                {
                    break;
                }

                if (!LightStemmer.IsStopWord(buffer[..length]) && !QuotationFinder.Contains(quotes, start))
                {
                    var stemLength = LightStemmer.Stem(buffer[..length]);
                    words.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(buffer[..stemLength])));
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
}
