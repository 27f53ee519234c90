using System.Collections.Frozen;
using System.Collections.Immutable;
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
    private static readonly FrozenSet<string> NameParticles = new[]
    {
        "of", "the", "and", "de", "del", "da", "di", "du", "des", "la", "le", "van", "von", "der", "den", "al", "el", "bin",
        "ibn", "y", "for", "on", "'s", "\u2019s", "'", "\u2019", "&", "-", "van't", "ter", "dos", "das", "e",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static List<MentionDraft> Collect(IReadOnlyList<CleanArticle> articles, IEntityTagger tagger, Gazetteer gazetteer, TokenCache tokenCache)
    {
        var tokens = new ImmutableArray<TextSpan>[articles.Count];
        var spans = new List<(int Start, int End, EntityType Type)>[articles.Count];
        // Wire copies repeat a text word for word; tokens and tags are functions of the text, so each is read once.
        var tagged = new Dictionary<string, (ImmutableArray<TextSpan> Tokens, ImmutableArray<EntityMention> Mentions)>(StringComparer.Ordinal);
        for (var a = 0; a < articles.Count; a++)
        {
            var text = articles[a].Text;
            spans[a] = [];
            if (!tagged.TryGetValue(text, out var done))
            {
                tagged[text] = done = (tokenCache.Of(text), tagger.Tag(text));
            }

            tokens[a] = done.Tokens;
            var mentions = done.Mentions;

            foreach (var mention in mentions)
            {
                if (mention.Start < 0 || mention.End > text.Length || mention.End <= mention.Start)
                {
                    continue;
                }

                foreach (var (start, end) in Tidy(text, tokens[a], mention.Start, mention.End))
                {
                    spans[a].Add((start, end, mention.Type));
                }
            }
        }

        Propagate(articles, tokens, spans);

        var drafts = new List<MentionDraft>();
        for (var a = 0; a < articles.Count; a++)
        {
            spans[a].Sort((x, y) => x.Start.CompareTo(y.Start));
            Classify(a, articles[a].Text, tokens[a], spans[a], gazetteer, drafts);
        }

        return drafts;
    }

    /// <summary>Trims a tagged span to its name and splits it where a lower-case word shows two names run together.</summary>
    private static List<(int Start, int End)> Tidy(string text, ImmutableArray<TextSpan> tokens, int start, int end)
    {
        var first = FirstTokenAtOrAfter(tokens, start);
        var stop = FirstTokenAtOrAfter(tokens, end);
        var pieceStart = -1;
        var pieceEnd = -1;
        var pieces = new List<(int Start, int End)>();
        for (var k = first; k < stop; k++)
        {
            var word = tokens[k].Text;
            if (pieceStart >= 0 && NameParticles.Contains(word))
            {
                continue;
            }

            var isName = WordChars.Any(word, char.IsLetterOrDigit) && !char.IsLower(word[0]) && !IsAdjectiveCompound(word);
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
        return pieces;

        void Flush()
        {
            if (pieceStart < 0)
            {
                return;
            }

            // Particles do not begin or end a name.
            while (pieceStart < pieceEnd && NameParticles.Contains(tokens[pieceStart].Text.ToLowerInvariant()))
            {
                pieceStart++;
            }

            while (pieceEnd > pieceStart && NameParticles.Contains(tokens[pieceEnd - 1].Text))
            {
                pieceEnd--;
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
                    pieces.Add((tokens[s].Start, tokens[pieceEnd - 1].End));
                }
            }

            pieceStart = -1;
        }
    }

    // "Russian-speaking", "Russian-installed": a compound whose last part is lower case is a description, not a name.
    private static bool IsAdjectiveCompound(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    /// <summary>Adds the untagged occurrences of names tagged elsewhere in the story, word for word and case for case.</summary>
    private static void Propagate(IReadOnlyList<CleanArticle> articles, ImmutableArray<TextSpan>[] tokens, List<(int Start, int End, EntityType Type)>[] spans)
    {
        var types = new Dictionary<string, Dictionary<EntityType, int>>(StringComparer.Ordinal);
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var (start, end, type) in spans[a])
            {
                var surface = articles[a].Text[start..end];
                if (surface.Length < 3 || !char.IsUpper(surface[0]) || NameForms.IsTitle(NameForms.Key(surface)))
                {
                    continue;
                }

                if (!types.TryGetValue(surface, out var counts))
                {
                    types[surface] = counts = [];
                }

                counts[type] = counts.GetValueOrDefault(type) + 1;
            }
        }

        var byFirstWord = new Dictionary<string, List<(string[] Words, EntityType Type)>>(StringComparer.Ordinal);
        foreach (var (surface, counts) in types)
        {
            var words = WordTokenizer.Tokenize(surface).Select(t => t.Text).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            if (!byFirstWord.TryGetValue(words[0], out var list))
            {
                byFirstWord[words[0]] = list = [];
            }

            list.Add((words, counts.MaxBy(pair => pair.Value).Key));
        }

        var surnameSpellings = types
            .Where(pair => pair.Value.GetValueOrDefault(EntityType.Person) > 0)
            .Select(pair => NameForms.Words(NameForms.Key(pair.Key)))
            .Where(words => words.Length > 0 && words[^1].Length >= 6)
            .Select(words => NameForms.SpellingKey(words[^1]))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var list in byFirstWord.Values)
        {
            list.Sort((x, y) => y.Words.Length.CompareTo(x.Words.Length));
        }

        for (var a = 0; a < articles.Count; a++)
        {
            var covered = new bool[tokens[a].Length];
            foreach (var (start, end, _) in spans[a])
            {
                for (var k = FirstTokenAtOrAfter(tokens[a], start); k < tokens[a].Length && tokens[a][k].Start < end; k++)
                {
                    covered[k] = true;
                }
            }

            var added = new List<(int, int, EntityType)>();
            for (var k = 0; k < tokens[a].Length; k++)
            {
                // Names propagated and surnames respelled all start with a capital.
                if (covered[k] || !char.IsUpper(tokens[a][k].Text[0]))
                {
                    continue;
                }

                if (!byFirstWord.TryGetValue(tokens[a][k].Text, out var candidates))
                {
                    // A transliteration variant of a tagged surname ("Navalniy" where "Navalnyy" was tagged).
                    var word = tokens[a][k].Text;
                    if (word.Length >= 6 && surnameSpellings.Contains(NameForms.SpellingKey(NameForms.Key(word))))
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
        List<MentionDraft> drafts)
    {
        var items = new List<MentionDraft>(spans.Count);
        var ranges = new List<(int First, int End)>(spans.Count);
        var lastEnd = -1;
        foreach (var (start, end, type) in spans)
        {
            if (start < lastEnd)
            {
                continue;
            }

            lastEnd = end;
            var surface = text[start..end];
            var key = NameForms.Key(surface);
            if (key.Length == 0 || NameForms.IsTitle(key))
            {
                continue;
            }

            var kind = MentionKind.Name;
            var country = type == EntityType.Person && key.Contains(' ', StringComparison.Ordinal) ? null : gazetteer.FindCountry(surface, key);
            if (country is not null)
            {
                kind = MentionKind.Country;
            }
            else if ((country = gazetteer.FindDemonym(key)) is not null)
            {
                kind = MentionKind.Demonym;
            }
            else if ((country = gazetteer.FindCapital(key)) is not null)
            {
                kind = MentionKind.Capital;
            }
            else if ((country = gazetteer.FindSeat(key)) is not null)
            {
                kind = MentionKind.Seat;
            }

            items.Add(new MentionDraft(article, start, end, surface, type, key, country, kind));
            ranges.Add((FirstTokenAtOrAfter(tokens, start), FirstTokenAtOrAfter(tokens, end)));
        }

        // Capitals first on their own evidence, then through the lists they stand in.
        var acting = new bool[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            acting[i] = items[i].Kind == MentionKind.Capital && MetonymyClassifier.ActsOrIsActedUpon(tokens, ranges[i].First, ranges[i].End);
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var (first, end) = ranges[i];
            var stateUse = item.Kind switch
            {
                MentionKind.Capital => acting[i] || MetonymyClassifier.CapitalStandsForState(tokens, first, end, IsStateAt),
                MentionKind.Seat => MetonymyClassifier.SeatStandsForState(tokens, first),
                _ => true,
            };

            drafts.Add(stateUse ? item : item with { Country = null, Kind = MentionKind.Name, Type = item.Kind == MentionKind.Capital ? EntityType.Location : item.Type });
        }

        bool IsStateAt(int token)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (ranges[i].First <= token && token < ranges[i].End)
                {
                    return items[i].Kind == MentionKind.Country || (items[i].Kind == MentionKind.Capital && acting[i]);
                }
            }

            return false;
        }
    }
}
