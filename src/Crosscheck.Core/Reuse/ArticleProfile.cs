using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
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
        var content = new List<string>();
        var joined = new StringBuilder();
        foreach (var sentence in sentences)
        {
            words.Clear();
            narrative.Clear();
            content.Clear();
            var position = sentence.Start;
            var limit = sentence.End;
            while (position < limit)
            {
                var length = NormalizedTokenizer.Next(text, ref position, buffer, out var start, out var end);
                if (length == 0 || start >= limit)
                {
                    break;
                }

                var word = new string(buffer[..length]);
                if (LightStemmer.IsStopWord(word))
                {
                    continue;
                }

                var hash = Hash(LightStemmer.Stem(word));
                words.Add(hash);
                content.Add(word);
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

            joined.Clear().Append(' ').AppendJoin(' ', content).Append(' ');
            var grams = new ulong[Math.Max(0, joined.Length - CharGramSize + 1)];
            var chars = joined.ToString();
            for (var i = 0; i < grams.Length; i++)
            {
                grams[i] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(chars.AsSpan(i, CharGramSize)));
            }

            profiles.Add(new SentenceProfile(sentence.Start, sentence.End, SortedSet(words), SortedSet(bigrams), SortedSet(grams), SortedSet(narrative)));
        }

        return new ArticleProfile(text, profiles.MoveToImmutable());
    }

    private static ulong Hash(string word) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word.AsSpan()));

    private static ulong[] SortedSet(IEnumerable<ulong> values)
    {
        var set = new HashSet<ulong>(values).ToArray();
        Array.Sort(set);
        return set;
    }
}
