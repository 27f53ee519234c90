using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// What the labelled training text says about words and names: for each word, the set of labels it carried
/// (so "Clinton" is known as the last token of a person and "The" as outside any entity), and every entity
/// name seen with the types it had, matched later as a gazetteer. Learned from the training data, so the tagger
/// is trained on lexicons built from the other folds (jackknifing) and does not learn to trust them blindly. It also
/// keeps the words with a capital or a digit that training saw often and never inside a name ("He", "Tuesday",
/// "1995"), which tagging takes as outside any name without scoring them (see <see cref="NerFeatureExtractor.IsClosed"/>).
/// </summary>
internal sealed class NerLexicon
{
    public const int MaxPhraseTokens = 8;

    /// <summary>
    /// How often training must have seen a word with a capital or digit, never inside a name, to keep it as common
    /// outside names. Chosen on CoNLL-2003 dev among 3, 5, 10, 20 and 50 (dev F1 0.9300, 0.9302, 0.9304, 0.9303, 0.9303;
    /// 3 lost 0.001 of test F1, the others kept it).
    /// </summary>
    public const int CommonOutsideCount = 10;

    private readonly Dictionary<string, int> labelsByWord;
    private readonly Dictionary<string, int> typesByPhrase;
    private readonly HashSet<string> commonOutside;
    internal const int LowerShift = 16;
    internal const int PrefixBit = 0x100;
    internal const int TypeMask = 0xFF;

    // One table for the exact and the lowered names and their prefixes, keyed by phrase hash: the low half of a value
    // holds the exact phrase's types and whether a longer exact name starts with it, the high half the same for the
    // lowered phrase. One lookup a step where a word is already lower case, and half the cache misses otherwise.
    private readonly Dictionary<ulong, int> phrases;

    // A bit a slot, set for every key of phrases (about 22,000 from CoNLL-2003 train, so 1 slot in 24 is set): most
    // phrases a search tries are no known name nor the start of one ("the" and the word after it), and the filter, 64 KB
    // that stay in cache, rules out about 23 in 24 of them without the dictionary's cache misses.
    private const int PhraseFilterBits = 19;
    private readonly ulong[] phraseFilter = new ulong[(1 << PhraseFilterBits) / 64];

    private NerLexicon(Dictionary<string, int> labelsByWord, Dictionary<string, int> typesByPhrase, HashSet<string> commonOutside)
    {
        this.labelsByWord = labelsByWord;
        this.typesByPhrase = typesByPhrase;
        this.commonOutside = commonOutside;
        phrases = new Dictionary<ulong, int>(typesByPhrase.Count * 3);
        foreach (var (phrase, types) in typesByPhrase)
        {
            var words = phrase.Split(' ');
            Mark(HashPhrase(words), types);
            var lowerWords = phrase.ToLowerInvariant().Split(' ');
            Mark(HashPhrase(lowerWords), types << LowerShift);
            for (var length = 1; length < words.Length; length++)
            {
                Mark(HashPhrase(words.AsSpan(0, length)), PrefixBit);
                Mark(HashPhrase(lowerWords.AsSpan(0, length)), PrefixBit << LowerShift);
            }
        }
    }

    public static NerLexicon Build(IEnumerable<(string[] Tokens, int[] Labels)> sentences)
    {
        var labelsByWord = new Dictionary<string, int>(StringComparer.Ordinal);
        var typesByPhrase = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (tokens, labels) in sentences)
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                labelsByWord[tokens[i]] = labelsByWord.GetValueOrDefault(tokens[i]) | (1 << labels[i]);
                if (IsNameLike(tokens[i]))
                {
                    counts[tokens[i]] = counts.GetValueOrDefault(tokens[i]) + 1;
                }
            }

            foreach (var (start, end, type) in NerLabels.Entities(labels))
            {
                if (end - start > MaxPhraseTokens)
                {
                    continue;
                }

                var phrase = string.Join(' ', tokens[start..end]);
                typesByPhrase[phrase] = typesByPhrase.GetValueOrDefault(phrase) | (1 << type);
            }
        }

        var commonOutside = counts
            .Where(p => p.Value >= CommonOutsideCount && labelsByWord[p.Key] == 1 << NerLabels.Outside)
            .Select(p => p.Key)
            .ToHashSet(StringComparer.Ordinal);
        return new NerLexicon(labelsByWord, typesByPhrase, commonOutside);
    }

    /// <summary>Whether a word has a capital letter or a digit, the words a name can start with.</summary>
    public static bool IsNameLike(string word) => WordChars.Any(word, c => char.IsUpper(c) || char.IsDigit(c));

    /// <summary>Whether the word has a capital or a digit and training saw it at least <see cref="CommonOutsideCount"/> times, never inside a name.</summary>
    public bool IsCommonOutsideNames(string word) => commonOutside.Contains(word);

    /// <summary>The labels a word carried in training as a bit set (bit n = label n), 0 when never seen.</summary>
    public int LabelsOf(string word) => labelsByWord.GetValueOrDefault(word);

    /// <summary>
    /// What the known names say of a word read as the first of a phrase, exact and lowered: <see cref="NamesAt"/> goes on
    /// from it. A function of the word alone, so a word's description keeps it.
    /// </summary>
    public NameStart StartOf(string word, string lower)
    {
        var exactHash = FeatureHash.Append(FeatureHash.Append(FeatureHash.Seed, word.AsSpan()), ' ');
        var lowerHash = FeatureHash.Append(FeatureHash.Append(FeatureHash.Seed, lower.AsSpan()), ' ');
        var exactEntry = EntryOf(exactHash);
        var lowerEntry = lowerHash == exactHash ? exactEntry : EntryOf(lowerHash);
        return new NameStart(exactHash, lowerHash, exactEntry, lowerEntry);
    }

    /// <summary>
    /// Every known name that starts at tokens[start], exact or ignoring case (the lowered tokens), as (end, types,
    /// lowered) with the lowered match only where it adds types; first is <see cref="StartOf"/> that token. Each name
    /// one token longer extends the hash of the shorter, and the search stops once no known name starts with the tokens read.
    /// </summary>
    public void NamesAt(string[] tokens, string[] loweredTokens, int start, NameStart first, List<(int Start, int End, int Types, bool Lowered)> matches)
    {
        var exactHash = first.ExactHash;
        var lowerHash = first.LowerHash;
        var exactEntry = first.ExactEntry;
        var lowerEntry = first.LowerEntry;
        for (var end = start + 1; ; end++)
        {
            var exact = exactEntry & TypeMask;
            var loose = (lowerEntry >> LowerShift) & TypeMask;
            if (exact != 0)
            {
                matches.Add((start, end, exact, false));
            }

            if (loose != 0 && loose != exact)
            {
                matches.Add((start, end, loose, true));
            }

            var exactOpen = (exactEntry & PrefixBit) != 0;
            var lowerOpen = ((lowerEntry >> LowerShift) & PrefixBit) != 0;
            if (end >= tokens.Length || end - start >= MaxPhraseTokens || !(exactOpen || lowerOpen))
            {
                return;
            }

            // A side whose prefix closed finds nothing more; its entry is 0 from here on.
            exactEntry = 0;
            if (exactOpen)
            {
                exactHash = FeatureHash.Append(FeatureHash.Append(exactHash, tokens[end].AsSpan()), ' ');
                exactEntry = EntryOf(exactHash);
            }

            if (lowerOpen)
            {
                lowerHash = FeatureHash.Append(FeatureHash.Append(lowerHash, loweredTokens[end].AsSpan()), ' ');
                lowerEntry = exactOpen && lowerHash == exactHash ? exactEntry : EntryOf(lowerHash);
            }
            else
            {
                lowerEntry = 0;
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(labelsByWord.Count);
        foreach (var (word, labels) in labelsByWord.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(labels);
        }

        writer.Write(typesByPhrase.Count);
        foreach (var (phrase, types) in typesByPhrase.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(phrase);
            writer.Write((byte)types);
        }

        writer.Write(commonOutside.Count);
        foreach (var word in commonOutside.Order(StringComparer.Ordinal))
        {
            writer.Write(word);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; a model file of format 1 has no common words outside names.</summary>
    public static NerLexicon Read(BinaryReader reader, int formatVersion)
    {
        var wordCount = reader.ReadInt32();
        var labelsByWord = new Dictionary<string, int>(wordCount, StringComparer.Ordinal);
        for (var i = 0; i < wordCount; i++)
        {
            labelsByWord[reader.ReadString()] = reader.ReadInt32();
        }

        var phraseCount = reader.ReadInt32();
        var typesByPhrase = new Dictionary<string, int>(phraseCount, StringComparer.Ordinal);
        for (var i = 0; i < phraseCount; i++)
        {
            typesByPhrase[reader.ReadString()] = reader.ReadByte();
        }

        var commonOutside = new HashSet<string>(StringComparer.Ordinal);
        for (var i = formatVersion < 2 ? 0 : reader.ReadInt32(); i > 0; i--)
        {
            commonOutside.Add(reader.ReadString());
        }

        return new NerLexicon(labelsByWord, typesByPhrase, commonOutside);
    }

    private void Mark(ulong hash, int bits)
    {
        phrases[hash] = phrases.GetValueOrDefault(hash) | bits;
        var slot = FilterSlot(hash);
        phraseFilter[slot >> 6] |= 1UL << slot;
    }

    // The phrases entry of a hash: 0 when no known name is or starts with that phrase.
    private int EntryOf(ulong hash)
    {
        var slot = FilterSlot(hash);
        return (phraseFilter[slot >> 6] & (1UL << slot)) == 0 ? 0 : phrases.GetValueOrDefault(hash);
    }

    // The phrase hashes are FNV products, whose high bits are well mixed; a multiplicative step spreads them again.
    private static int FilterSlot(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> (64 - PhraseFilterBits));

    private static ulong HashPhrase(ReadOnlySpan<string> tokens)
    {
        var hash = FeatureHash.Seed;
        foreach (var token in tokens)
        {
            hash = FeatureHash.Append(hash, token.AsSpan());
            hash = FeatureHash.Append(hash, ' ');
        }

        return hash;
    }
}
