using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Text;
using static Crosscheck.Core.Text.TokenSearch;

namespace Crosscheck.Core.Extraction.Entities;

/// <summary>
/// The name mentions of a story's articles: the tagger's spans tidied (stray quotes and dashes off, a span that runs over
/// a lower-case word split there, "Mr" kept with the name it precedes), then every further occurrence of a name already
/// tagged somewhere in the story (one sense per discourse), each looked up in the gazetteer: a country's name or code, its
/// demonym, or its capital or seat of government when the context shows it stands for the state.
/// </summary>
internal static class MentionCollector
{
    // Lower-case words that occur inside names ("Democratic Republic of the Congo", "Ludwig van Beethoven").
    private static readonly string[] NameParticleWords =
    [
        "of", "the", "and", "de", "del", "da", "di", "du", "des", "la", "le", "van", "von", "der", "den", "al", "el", "bin",
        "ibn", "y", "for", "on", "'s", "\u2019s", "'", "\u2019", "&", "-", "van't", "ter", "dos", "das", "e",
    ];

    // Asked of every word of every tagged name, which most are not: the word set rules those out unhashed.
    private static readonly WordSet NameParticles = new(NameParticleWords, StringComparer.Ordinal);

    private static readonly int MaxParticleLength = NameParticleWords.Max(particle => particle.Length);

    // Clock zones, which the tagger reads as organisations ("8pm ET/PT").
    private static readonly FrozenSet<string> TimeZones = new[]
    {
        "GMT", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "BST", "CET", "CEST",
        "EET", "EEST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "IST",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Question words and conjunctions that open a clause, capitalised at a sentence's start.
    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "What", "When", "Where", "Why", "How", "Which", "Whose", "Whom", "Whether", "While", "Although", "Though", "Because",
        "If", "Unless", "And", "But", "Or",
    }.ToFrozenSet(StringComparer.Ordinal);

    // What follows a name in an adjective compound that is about the name's place or owner.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundSuffixes = new[]
    {
        "based", "born", "bred", "led", "backed", "owned", "run", "made", "funded", "financed", "linked", "controlled",
        "headquartered", "bound", "built", "area", "era", "style", "registered", "flagged", "listed",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Optimised at its first call: its loops run over whole articles from the first calls, and tiering recompiled it
    // from inside them again and again (see README, Performance).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<MentionDraft> Collect(IReadOnlyList<CleanArticle> articles, IEntityTagger tagger, Gazetteer gazetteer, TokenCache tokenCache)
    {
        var scratch = Scratch.ForThisThread();
        var tokens = new ImmutableArray<TextSpan>[articles.Count];
        var spans = scratch.SpanLists(articles.Count);
        // Wire copies repeat a text word for word, and tags are a function of the text, so each text is tagged once. The
        // token cache gives equal texts one token list: found by that list, a text is not hashed again here.
        var tagged = scratch.Tagged;
        var tidied = 0;
        for (var a = 0; a < articles.Count; a++)
        {
            var text = articles[a].Text;
            tokens[a] = tokenCache.Of(text);
            var tokenList = ImmutableCollectionsMarshal.AsArray(tokens[a])!;
            // Texts without tokens all share the one empty list, so each of those is tagged on its own.
            if (tokenList.Length == 0 || !tagged.TryGetValue(tokenList, out var mentions))
            {
                mentions = tagger.Tag(text, tokens[a]);
                if (tokenList.Length > 0)
                {
                    tagged[tokenList] = mentions;
                }
            }

            spans[a].EnsureCapacity(mentions.Length);

            // The tagger's mentions come in text order: each one's tokens are found on from the one before.
            var near = 0;
            foreach (var mention in mentions)
            {
                // "top Senate Democrat" tagged as a person describes one, and "R-Utah" is a senator's party and state; they
                // name no one.
                if (mention.Start < 0 || mention.End > text.Length || mention.End <= mention.Start
                    || (mention.Type == EntityType.Person && PartyMembers.EndsName(text.AsSpan(mention.Start, mention.End - mention.Start)))
                    || PartyMembers.IsAffiliation(text.AsSpan(mention.Start, mention.End - mention.Start)))
                {
                    continue;
                }

                near = Tidy(tokens[a], mention.Start, mention.End, mention.Type, spans[a], near);
            }

            tidied += spans[a].Count;
        }

        var keys = SurfaceKeys.ForThisThread(tidied);
        Propagate(articles, tokens, spans, keys, scratch);

        var total = 0;
        foreach (var list in spans)
        {
            total += list.Count;
        }

        var drafts = new List<MentionDraft>(total);
        for (var a = 0; a < articles.Count; a++)
        {
            spans[a].Sort((x, y) => x.Start.CompareTo(y.Start));
            Classify(a, articles[a].Text, tokens[a], spans[a], gazetteer, keys, drafts);
        }

        return drafts;
    }

    /// <summary>
    /// Trims a tagged span to its name and splits it where a lower-case word shows two names run together; returns the
    /// span's first token, which is found on from the token near.
    /// </summary>
    private static int Tidy(ImmutableArray<TextSpan> tokens, int start, int end, EntityType type, List<(int Start, int End, EntityType Type)> pieces, int near)
    {
        var first = FirstTokenAtOrAfter(tokens, start, near);
        var stop = FirstTokenAtOrAfter(tokens, end, first);
        var pieceStart = -1;
        var pieceEnd = -1;
        var stemEnd = -1;
        for (var k = first; k < stop; k++)
        {
            var word = tokens[k].Text;
            if (pieceStart >= 0 && NameParticles.Contains(word))
            {
                continue;
            }

            var stem = AdjectiveCompoundStem(word);
            if (stem > 0 && char.IsUpper(word[0]))
            {
                // "New York-based", "Chicago-born": the name is the compound's stem, and it ends there.
                if (CompoundSuffixes.Contains(word.AsSpan(stem + 1)))
                {
                    pieceStart = pieceStart < 0 ? k : pieceStart;
                    pieceEnd = k + 1;
                    stemEnd = tokens[k].Start + stem;
                    Flush();
                    continue;
                }

                // "Kim Jong-un", "Ban Ki-moon", "Tsai Ing-wen": a romanised given name joins its syllables with a hyphen.
                if (type == EntityType.Person && pieceStart >= 0 && word.Length - stem <= 6 && word.IndexOf('-', StringComparison.Ordinal) == stem)
                {
                    pieceEnd = k + 1;
                    continue;
                }
            }

            var isName = WordChars.Any(word, char.IsLetterOrDigit) && !char.IsLower(word[0]) && stem < 0
                && !Contractions.Is(word);
            if (!isName)
            {
                Flush();
                continue;
            }

            if (pieceStart < 0)
            {
                pieceStart = k;
            }

            pieceEnd = k + 1;
        }

        Flush();
        return first;

        void Flush()
        {
            if (pieceStart < 0)
            {
                return;
            }

            if (pieceEnd - pieceStart == 1 && IsZoneOfATime(tokens, pieceStart))
            {
                pieceStart = pieceEnd;
            }

            // "“What North Korea has is …”", "When Trump spoke": a question word or a conjunction capitalised at a sentence's
            // start is no part of the name after it.
            while (pieceStart < pieceEnd && ClauseOpeners.Contains(tokens[pieceStart].Text))
            {
                pieceStart++;
            }

            // Particles do not begin or end a name, but a surname's own particle opens it ("De Angelis", "Van Gogh").
            while (pieceStart < pieceEnd && ParticleInAnyCase(tokens[pieceStart].Text) is (true, false))
            {
                pieceStart++;
            }

            while (pieceEnd > pieceStart && NameParticles.Contains(tokens[pieceEnd - 1].Text))
            {
                pieceEnd--;
            }

            // "La" or "Van" alone is a particle without its surname.
            if (pieceEnd - pieceStart == 1 && ParticleInAnyCase(tokens[pieceStart].Text).Surname)
            {
                pieceStart = pieceEnd;
            }

            // "San Juan Mayor Carmen Yulin Cruz", "Majority Whip Steve Scalise": a person's name begins after the last title
            // that still leaves it two words.
            if (type == EntityType.Person)
            {
                for (var k = pieceEnd - 3; k >= pieceStart; k--)
                {
                    if (NameForms.IsTitle(tokens[k].Text.TrimEnd('.').ToLowerInvariant()))
                    {
                        pieceStart = k + 1;
                        break;
                    }
                }
            }

            if (pieceStart < pieceEnd)
            {
                var s = pieceStart;
                if (s > 0 && NameForms.IsHonorific(tokens[s - 1].Text) && !NameForms.IsHonorific(tokens[s].Text))
                {
                    s--;
                }

                if (WordChars.Any(tokens[s].Text, char.IsUpper) || char.IsDigit(tokens[s].Text[0]))
                {
                    pieces.Add((tokens[s].Start, stemEnd >= 0 ? stemEnd : tokens[pieceEnd - 1].End, type));
                }
            }

            pieceStart = -1;
            stemEnd = -1;
        }
    }

    // "The", "Of", "De": the first word of a piece is capitalised, so it is lowered (on the stack) before the lookups.
    private static (bool Particle, bool Surname) ParticleInAnyCase(string word)
    {
        if (word.Length > MaxParticleLength)
        {
            return (false, false);
        }

        Span<char> lower = stackalloc char[MaxParticleLength];
        var lowered = lower[..word.AsSpan().ToLowerInvariant(lower)];
        return (NameParticles.Contains(lowered), NameForms.IsSurnameParticle(lowered));
    }

    // "Russian-speaking", "Russian-installed": a compound whose last part is lower case is a description, not a name.
    // Returns where its stem ends ("York-based": 4), or -1 for a word that is no such compound ("Al-Bashir").
    private static int AdjectiveCompoundStem(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]) ? hyphen : -1;
    }

    // A zone right after a clock time names no one: "1000 GMT", "16:45 (04:45 GMT)", "8pm ET/PT", "8:32 p.m. PT".
    private static bool IsZoneOfATime(ImmutableArray<TextSpan> tokens, int k)
    {
        if (!TimeZones.Contains(tokens[k].Text))
        {
            return false;
        }

        var p = k - 1;
        while (p >= 1 && tokens[p].Text == "/" && TimeZones.Contains(tokens[p - 1].Text))
        {
            p -= 2;
        }

        if (p < 0)
        {
            return false;
        }

        // "p.m." may come as several tokens: the word before is the run of tokens with no space between them.
        var first = p;
        while (first > 0 && tokens[first - 1].End == tokens[first].Start)
        {
            first--;
        }

        var word = string.Concat(tokens.Skip(first).Take(p + 1 - first).Select(t => t.Text)).TrimEnd('.');
        return (word.Length > 0 && char.IsDigit(word[^1])) || word.Equals("a.m", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m", StringComparison.OrdinalIgnoreCase)
            || (word.Length >= 2 && (word.EndsWith("am", StringComparison.OrdinalIgnoreCase) || word.EndsWith("pm", StringComparison.OrdinalIgnoreCase))
                && (word.Length == 2 || char.IsDigit(word[^3])));
    }

    /// <summary>Adds the untagged occurrences of names tagged elsewhere in the story, word for word and case for case.</summary>
    // Optimised at its first call: its loops run over whole articles from the first calls, and tiering recompiled it
    // from inside them again and again (see README, Performance).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Propagate(
        IReadOnlyList<CleanArticle> articles,
        ImmutableArray<TextSpan>[] tokens,
        List<(int Start, int End, EntityType Type)>[] spans,
        SurfaceKeys keys,
        Scratch scratch)
    {
        var spanCount = 0;
        foreach (var list in spans)
        {
            spanCount += list.Count;
        }

        // How often each surface was tagged with each type, in the order first seen.
        var types = scratch.Types;
        types.EnsureCapacity(spanCount);
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var (start, end, type) in spans[a])
            {
                var text = articles[a].Text;
                if (end - start < 3 || !char.IsUpper(text[start]))
                {
                    continue;
                }

                var (surface, key, _) = keys.Of(text, start, end);
                if (!NameForms.IsTitle(key))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(types, surface, out _).Add(type);
                }
            }
        }

        var byFirstWord = scratch.ByFirstWord;
        byFirstWord.EnsureCapacity(types.Count);
        var surnameSpellings = scratch.SurnameSpellings;
        foreach (var (surface, tally) in types)
        {
            var type = tally.Most;
            var words = Words(surface, scratch.WordRanges);
            if (words.Length > 0)
            {
                if (!byFirstWord.TryGetValue(words[0], out var list))
                {
                    // Most first words begin one name: a list of one until a second comes.
                    byFirstWord[words[0]] = list = new(1);
                }

                list.Add((words, type));
            }

            var key = keys.Of(surface);
            var lastWord = key.AsSpan(key.LastIndexOf(' ') + 1);
            if (tally.Has(EntityType.Person) && lastWord.Length >= 6)
            {
                surnameSpellings.Add(NameForms.SpellingKey(lastWord.ToString()));
            }
        }

        foreach (var list in byFirstWord.Values)
        {
            list.Sort((x, y) => y.Words.Length.CompareTo(x.Words.Length));
        }

        var capitals = new CapitalSignatures(byFirstWord.Keys, surnameSpellings);

        var longest = 0;
        foreach (var list in tokens)
        {
            longest = Math.Max(longest, list.Length);
        }

        var covered = scratch.Covered(longest);
        var added = scratch.Added;
        for (var a = 0; a < articles.Count; a++)
        {
            // Only the article's own tokens are read.
            Array.Clear(covered, 0, tokens[a].Length);
            var near = 0;
            foreach (var (start, end, _) in spans[a])
            {
                var k = near = FirstTokenAtOrAfter(tokens[a], start, near);
                for (; k < tokens[a].Length && tokens[a][k].Start < end; k++)
                {
                    covered[k] = true;
                }
            }

            added.Clear();
            for (var k = 0; k < tokens[a].Length; k++)
            {
                // Names propagated and surnames respelled all start with a capital.
                if (covered[k] || !char.IsUpper(tokens[a][k].Text[0]))
                {
                    continue;
                }

                var word = tokens[a][k].Text;
                if (!capitals.MayBeFirstWord(word) || !byFirstWord.TryGetValue(word, out var candidates))
                {
                    // A transliteration variant of a tagged surname ("Navalniy" where "Navalnyy" was tagged).
                    if (word.Length >= 6 && capitals.MayRespellSurname(word) && NameForms.HasSpellingIn(word, surnameSpellings))
                    {
                        added.Add((tokens[a][k].Start, tokens[a][k].End, EntityType.Person));
                    }

                    continue;
                }

                foreach (var (words, type) in candidates)
                {
                    if (Matches(tokens[a], covered, k, words))
                    {
                        added.Add((tokens[a][k].Start, tokens[a][k + words.Length - 1].End, type));
                        k += words.Length - 1;
                        break;
                    }
                }
            }

            spans[a].AddRange(added);
        }
    }

    // The words of a surface as the tokenizer cuts them, read once into the ranges list.
    private static string[] Words(string surface, List<(int Start, int End)> ranges)
    {
        ranges.Clear();
        foreach (var range in WordTokenizer.Ranges(surface, 0, surface.Length))
        {
            ranges.Add(range);
        }

        var words = new string[ranges.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = surface[ranges[i].Start..ranges[i].End];
        }

        return words;
    }

    private static bool Matches(ImmutableArray<TextSpan> tokens, bool[] covered, int k, string[] words)
    {
        if (k + words.Length > tokens.Length)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (covered[k + i] || !string.Equals(tokens[k + i].Text, words[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        // A name inside a longer capitalised name ("Acme" in "Acme Foundation") is not this name.
        var next = k + words.Length;
        return next >= tokens.Length || !(char.IsUpper(tokens[next].Text[0]) && tokens[next].Start - tokens[next - 1].End == 1);
    }

    private static void Classify(
        int article,
        string text,
        ImmutableArray<TextSpan> tokens,
        List<(int Start, int End, EntityType Type)> spans,
        Gazetteer gazetteer,
        SurfaceKeys keys,
        List<MentionDraft> drafts)
    {
        var firstItem = drafts.Count;
        var placeNames = false;
        var lastEnd = -1;
        foreach (var (start, end, type) in spans)
        {
            if (start < lastEnd)
            {
                continue;
            }

            lastEnd = end;
            var (surface, key, slot) = keys.Of(text, start, end);
            if (key.Length == 0 || NameForms.IsTitle(key))
            {
                continue;
            }

            var asCountry = !(type == EntityType.Person && key.Contains(' ', StringComparison.Ordinal));
            var (country, kind) = keys.PlaceOf(slot, surface, key, asCountry, gazetteer);

            placeNames |= kind is MentionKind.Capital or MentionKind.Seat;
            drafts.Add(new MentionDraft(article, start, end, surface, NameForms.IsPlatform(key) ? EntityType.Organization : type, key, country, kind));
        }

        // Most articles name no capital or seat of government: only those need the words around their mentions.
        if (!placeNames)
        {
            return;
        }

        var items = CollectionsMarshal.AsSpan(drafts)[firstItem..].ToArray();
        var ranges = new (int First, int End)[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            ranges[i] = (FirstTokenAtOrAfter(tokens, items[i].Start), FirstTokenAtOrAfter(tokens, items[i].End));
        }

        // "Hamilton urged people" after "Ian Hamilton, an expert in drug use": a capital that acts, and is the surname of a
        // person the article names, is that person rather than Bermuda; "flew to Washington" after "George Washington"
        // stays the place.
        var surnames = PersonSurnames(items);

        // Capitals first on their own evidence, then through the lists they stand in.
        var acting = new bool[items.Length];
        var person = new bool[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            acting[i] = items[i].Kind == MentionKind.Capital && MetonymyClassifier.ActsOrIsActedUpon(tokens, ranges[i].First, ranges[i].End);
            person[i] = acting[i] && surnames.Contains(items[i].Key);
            acting[i] &= !person[i];
        }

        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var (first, end) = ranges[i];
            var stateUse = !person[i] && item.Kind switch
            {
                MentionKind.Capital => acting[i] || MetonymyClassifier.CapitalStandsForState(tokens, first, end, IsStateAt),
                MentionKind.Seat => MetonymyClassifier.SeatStandsForState(tokens, first),
                _ => true,
            };

            if (!stateUse)
            {
                var type = person[i] ? EntityType.Person : item.Kind == MentionKind.Capital ? EntityType.Location : item.Type;
                drafts[firstItem + i] = item with { Country = null, Kind = MentionKind.Name, Type = type };
            }
        }

        bool IsStateAt(int token)
        {
            for (var i = 0; i < items.Length; i++)
            {
                if (ranges[i].First <= token && token < ranges[i].End)
                {
                    return items[i].Kind == MentionKind.Country || (items[i].Kind == MentionKind.Capital && acting[i]);
                }
            }

            return false;
        }
    }

    // The last words of the names of two words or more that the tagger read as people.
    private static HashSet<string> PersonSurnames(MentionDraft[] items)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var space = item.Key.LastIndexOf(' ');
            if (item.Type == EntityType.Person && space > 0)
            {
                surnames.Add(item.Key[(space + 1)..]);
            }
        }

        return surnames;
    }

    /// <summary>
    /// A story's test of a capitalised word before any hashing: most capitalised words of a story begin no name tagged in
    /// it and respell none of its surnames, and most begin with an ASCII capital. A bit per (first letter, length) of the
    /// names' first words rules out a first word; a bit per first letter of the surname spellings rules out a respelling,
    /// as a spelling key begins with its word's first letter in lower case when that is an ASCII letter (a token has no
    /// space, so no leading "the" is dropped, and only a word's end is respelled). Other words always go on to the lookup.
    /// </summary>
    private readonly struct CapitalSignatures
    {
        // Lengths from this on share one bit.
        private const int LengthSlots = 32;

        private readonly ulong[] firstWords = new ulong[26 * LengthSlots / 64];
        private readonly uint surnameInitials;

        public CapitalSignatures(IEnumerable<string> firstWords, HashSet<string> surnameSpellings)
        {
            foreach (var word in firstWords)
            {
                if (char.IsAsciiLetterUpper(word[0]))
                {
                    var bit = Slot(word);
                    this.firstWords[bit >> 6] |= 1UL << bit;
                }
            }

            foreach (var spelling in surnameSpellings)
            {
                if (char.IsAsciiLetterLower(spelling[0]))
                {
                    surnameInitials |= 1U << (spelling[0] - 'a');
                }
                else
                {
                    // A spelling that begins outside ASCII is looked for with every word.
                    surnameInitials = uint.MaxValue;
                }
            }
        }

        /// <summary>False when the capitalised word surely begins no name of the story.</summary>
        public bool MayBeFirstWord(string word)
        {
            if (!char.IsAsciiLetterUpper(word[0]))
            {
                return true;
            }

            var bit = Slot(word);
            return (firstWords[bit >> 6] & (1UL << bit)) != 0;
        }

        /// <summary>False when the capitalised word's spelling key surely is none of the story's surname spellings.</summary>
        public bool MayRespellSurname(string word) =>
            surnameInitials != 0 && (!char.IsAsciiLetterUpper(word[0]) || (surnameInitials & (1U << (word[0] - 'A'))) != 0);

        private static int Slot(string word) => ((word[0] - 'A') * LengthSlots) + Math.Min(word.Length, LengthSlots - 1);
    }

    /// <summary>
    /// The collections a story's mentions are gathered in, which the stories read on one thread take in turn, emptied,
    /// rather than each making its own.
    /// </summary>
    private sealed class Scratch : ThreadScratch<Scratch>
    {
        private readonly List<List<(int Start, int End, EntityType Type)>> spanLists = [];
        private bool[] covered = [];

        public Dictionary<TextSpan[], ImmutableArray<EntityMention>> Tagged { get; } = new(ReferenceEqualityComparer.Instance);

        public Dictionary<string, TypeTally> Types { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<(string[] Words, EntityType Type)>> ByFirstWord { get; } = new(StringComparer.Ordinal);

        public HashSet<string> SurnameSpellings { get; } = new(StringComparer.Ordinal);

        public List<(int, int, EntityType)> Added { get; } = [];

        public List<(int Start, int End)> WordRanges { get; } = [];

        protected override void Empty()
        {
            Tagged.Clear();
            Types.Clear();
            ByFirstWord.Clear();
            SurnameSpellings.Clear();
        }

        /// <summary>An empty span list for each of count articles.</summary>
        public List<(int Start, int End, EntityType Type)>[] SpanLists(int count)
        {
            while (spanLists.Count < count)
            {
                spanLists.Add([]);
            }

            var lists = new List<(int Start, int End, EntityType Type)>[count];
            for (var a = 0; a < count; a++)
            {
                lists[a] = spanLists[a];
                lists[a].Clear();
            }

            return lists;
        }

        /// <summary>A flag per token for at least length tokens, to be cleared by the caller where it reads them.</summary>
        public bool[] Covered(int length)
        {
            if (covered.Length < length)
            {
                covered = new bool[length];
            }

            return covered;
        }
    }

    /// <summary>
    /// How often a surface was tagged with each type: most are tagged with one, so a dictionary is made only for a second.
    /// </summary>
    private struct TypeTally
    {
        private EntityType first;
        private int firstCount;
        private Dictionary<EntityType, int>? others;

        /// <summary>The type tagged most often; on a tie, the one seen first.</summary>
        public readonly EntityType Most
        {
            get
            {
                if (others is null)
                {
                    return first;
                }

                var (most, count) = (first, firstCount);
                foreach (var (type, n) in others)
                {
                    if (n > count)
                    {
                        (most, count) = (type, n);
                    }
                }

                return most;
            }
        }

        public void Add(EntityType type)
        {
            if (firstCount == 0 || type == first)
            {
                (first, firstCount) = (type, firstCount + 1);
                return;
            }

            others ??= [];
            others[type] = others.GetValueOrDefault(type) + 1;
        }

        public readonly bool Has(EntityType type) => (firstCount > 0 && first == type) || (others?.ContainsKey(type) ?? false);
    }

    /// <summary>
    /// The surfaces of a story's mentions with their keys and what they name in the gazetteer: a name recurs through a
    /// story and its wire copies, so each written form is cut from its text, keyed and looked up once. The stories read
    /// on one thread take one in turn, emptied, rather than each making its own.
    /// </summary>
    private sealed class SurfaceKeys
    {
        [ThreadStatic]
        private static SurfaceKeys? current;

        private readonly Dictionary<string, (string Key, int Slot)> keys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Key, int Slot)>.AlternateLookup<ReadOnlySpan<char>> bySpan;

        // Each surface's place, at the slot it was given when first seen.
        private readonly List<Place> places = [];

        private SurfaceKeys() => bySpan = keys.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>This thread's surfaces, emptied, with room for capacity of them (an upper bound, the mentions).</summary>
        public static SurfaceKeys ForThisThread(int capacity)
        {
            var surfaces = current ??= new SurfaceKeys();
            surfaces.keys.Clear();
            surfaces.keys.EnsureCapacity(capacity);
            surfaces.places.Clear();
            surfaces.places.EnsureCapacity(capacity);
            return surfaces;
        }

        public (string Surface, string Key, int Slot) Of(string text, int start, int end)
        {
            if (bySpan.TryGetValue(text.AsSpan(start, end - start), out var surface, out var entry))
            {
                return (surface, entry.Key, entry.Slot);
            }

            surface = text[start..end];
            entry = (NameForms.Key(surface), keys.Count);
            keys.Add(surface, entry);
            places.Add(default);
            return (surface, entry.Key, entry.Slot);
        }

        /// <summary>The key of a surface already seen.</summary>
        public string Of(string surface) => keys[surface].Key;

        /// <summary>The country the surface at slot names, and how; asCountry false leaves out its reading as a country's name.</summary>
        public (Gazetteer.Country? Country, MentionKind Kind) PlaceOf(int slot, string surface, string key, bool asCountry, Gazetteer gazetteer) =>
            CollectionsMarshal.AsSpan(places)[slot].Of(surface, key, asCountry, gazetteer);
    }

    /// <summary>
    /// What one surface names in the gazetteer, each reading looked up at the first mention that asks it: a country's
    /// name or code, else a people, a capital or a seat of government.
    /// </summary>
    private struct Place
    {
        private Gazetteer.Country? country;
        private Gazetteer.Country? other;
        private MentionKind otherKind;
        private bool countryLooked;
        private bool otherLooked;

        public (Gazetteer.Country? Country, MentionKind Kind) Of(string surface, string key, bool asCountry, Gazetteer gazetteer)
        {
            if (asCountry)
            {
                if (!countryLooked)
                {
                    (country, countryLooked) = (gazetteer.FindCountry(surface, key), true);
                }

                if (country is not null)
                {
                    return (country, MentionKind.Country);
                }
            }

            if (!otherLooked)
            {
                (other, otherKind) = gazetteer.FindDemonym(key) is { } people ? (people, MentionKind.Demonym)
                    : gazetteer.FindCapital(key) is { } capital ? (capital, MentionKind.Capital)
                    : gazetteer.FindSeat(key) is { } seat ? (seat, MentionKind.Seat)
                    : (null, MentionKind.Name);
                otherLooked = true;
            }

            return (other, otherKind);
        }
    }
}
