using System.Collections.Frozen;

namespace Crosscheck.Core.Extraction.Quantities;

/// <summary>
/// Finds the noun a number counts or measures, without a parser: English puts a count's plural head within a few
/// words after the number ("1000 Wagner fighters"), and an amount's subject in an "in"/"of" phrase after it ("$1.85
/// billion in military aid", "60% of Donetsk"), where the head is the phrase's last word.
/// </summary>
internal static class FrameFinder
{
    private const int MaxPhraseWords = 5;
    private const int MaxModifierWords = 6;

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ModifierPrepositions = new[]
    {
        "from", "in", "at", "on", "with", "for", "of", "across", "inside", "near", "aboard", "into", "to", "against",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that end a noun phrase: function words, auxiliaries, reporting verbs and frequent adverbs.
    private static readonly FrozenSet<string> Stops = new[]
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "of",
        "in", "on", "at", "from", "to", "for", "with", "by", "into", "per", "over", "under", "since", "during", "after",
        "before", "across", "against", "among", "between", "through", "toward", "towards", "about", "around", "and",
        "or", "but", "nor", "while", "as", "than", "because", "if", "when", "where", "who", "which", "whom", "whose",
        "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "will", "would",
        "can", "could", "may", "might", "must", "shall", "should", "said", "say", "says", "told", "it", "they", "them",
        "he", "she", "we", "you", "i", "us", "him", "me", "already", "also", "not", "now", "still", "each", "every",
        "so", "then", "there", "here", "only", "just", "even", "too", "very", "more", "most", "less", "least", "again",
        "ago", "earlier", "later", "last", "next", "died", "fled", "remain", "remains", "remained", "lost", "went",
        "came", "took", "left", "fought", "live", "lives", "lived", "face", "faces", "faced", "including", "like",
        "such", "other", "another", "all", "both", "some", "any", "no", "what", "how", "why", "up", "down", "out",
        "off", "away", "back", "plus", "minus", "versus", "vs", "via", "amid", "within", "without", "upon",
        "whether", "although", "though", "unless", "until", "till", "yet", "however", "reportedly", "according",
        "worth", "one",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Plural nouns that do not end in "s", and collectives that are counted as they are.
    private static readonly FrozenSet<string> PluralWithoutS = new[]
    {
        "people", "personnel", "police", "staff", "children", "men", "women", "cattle", "sheep", "fish", "aircraft",
        "spacecraft", "equipment", "ammunition", "infantry", "livestock", "militia", "crew", "deer", "offspring",
        "artillery", "youth", "clergy", "poultry", "swine", "geese", "mice", "teeth", "data", "media", "folk",
        "kin",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words ending in "s" that are not plurals, and "-ed"/"-ing"/"-ly" words that are nouns.
    private static readonly FrozenSet<string> NotPlural = new[]
    {
        "news", "series", "species", "means", "physics", "politics", "economics", "status", "bus", "gas", "lens",
        "chaos", "crisis", "basis", "analysis", "thesis", "bonus", "census", "virus", "campus", "process", "business",
        "press", "class", "glass", "loss", "mass", "access", "success", "congress", "address", "its", "this", "has",
        "was", "is", "us", "as", "yes", "always", "perhaps", "sometimes", "across", "towards", "afterwards",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NounsLikeVerbForms = new[]
    {
        "building", "buildings", "housing", "funding", "shipping", "ceiling", "clothing", "bombing", "bombings",
        "shooting", "shootings", "meeting", "meetings", "killing", "killings", "hearing", "hearings", "earnings",
        "savings", "family", "families", "ally", "supply", "assembly", "rally", "anomaly", "monopoly", "belly",
        "seed", "seeds", "speed", "bed", "beds", "shed", "sheds", "reed", "creed", "hundred", "hundreds", "feed",
        "needs", "deeds", "weed", "steed", "sled", "king", "kings", "ring", "rings", "wing", "wings", "thing",
        "things", "string", "strings", "sibling", "siblings", "duckling", "offspring", "evening", "evenings",
        "morning", "mornings", "warning", "warnings", "opening", "ruling", "rulings", "filing", "filings", "landing",
        "landings", "wedding", "weddings", "painting", "paintings", "reading", "readings", "setting", "settings",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Participles = new[]
    {
        "held", "taken", "sent", "left", "built", "hit", "shot", "made", "seen", "driven", "given", "brought", "caught",
        "found", "kept", "lost", "sold", "told", "born", "hurt", "put", "set", "spent", "stolen", "slain", "flown",
        "drawn", "known", "thrown", "withdrawn", "struck", "stuck", "paid", "laid", "bought", "fought",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ModifierEnds = new[]
    {
        "and", "or", "but", "while", "which", "who", "whom", "that", "as", "than", "because", "when", "where", "since",
        "after", "before", "until", "including", "although", "though", "if", "is", "are", "was", "were", "have", "has",
        "had", "will", "would", "could", "can", "said", "says", "say", "told",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The counted noun of a count: the first plural within a few words (the one noun for a count of one).</summary>
    public static (string? Frame, string? Modifier) ForCount(string text, List<QuantityToken> tokens, int start, bool single, bool vague)
    {
        var i = start;
        if (IsWord(tokens, i, "of"))
        {
            var partitive = i + 1 < tokens.Count && Determiners.Contains(tokens[i + 1].Lower);
            if (!vague && !partitive)
            {
                return (null, null);
            }

            i += partitive ? 2 : 1;
        }
        else if (vague)
        {
            return (null, null);
        }

        var words = NounPhrase(tokens, i, allowAnd: false);
        foreach (var (first, last) in words)
        {
            var lower = Lower(text, tokens, first, last);
            if (single ? IsLowerCase(text, tokens[first]) : IsPlural(lower))
            {
                return (Slice(text, tokens, first, last), Modifier(text, tokens, last + 1));
            }
        }

        return (null, null);
    }

    /// <summary>
    /// The subject of an amount, a percentage or a measure: the last word of its "of" phrase, or for money also of its
    /// "in" phrase ("$1.85 billion in military aid"; "12 percent in October" is a time, not a subject).
    /// </summary>
    public static (string? Frame, string? Modifier) ForAmount(string text, List<QuantityToken> tokens, int start, bool adjectival, bool money)
    {
        var i = start;
        if (IsWord(tokens, i, "worth") && IsWord(tokens, i + 1, "of"))
        {
            i += 2;
        }
        else if ((money && IsWord(tokens, i, "in")) || IsWord(tokens, i, "of"))
        {
            i++;
        }
        else if (!adjectival)
        {
            return (null, null);
        }

        if (i < tokens.Count && Determiners.Contains(tokens[i].Lower) && !adjectival)
        {
            i++;
        }

        var words = NounPhrase(tokens, i, allowAnd: !adjectival);
        if (words.Count == 0)
        {
            return (null, null);
        }

        var (first, last) = words[^1];
        return (Slice(text, tokens, first, last), Modifier(text, tokens, last + 1));
    }

    /// <summary>Consecutive content words (hyphenated compounds as one) from <paramref name="i"/>, as token ranges.</summary>
    private static List<(int First, int Last)> NounPhrase(List<QuantityToken> tokens, int i, bool allowAnd)
    {
        var words = new List<(int, int)>(MaxPhraseWords);
        while (words.Count < MaxPhraseWords && i < tokens.Count && tokens[i].IsWord)
        {
            var lower = tokens[i].Lower;
            if (allowAnd && lower == "and" && words.Count > 0 && i + 1 < tokens.Count && tokens[i + 1].IsWord
                && !Stops.Contains(tokens[i + 1].Lower))
            {
                i++;
                continue;
            }

            if (Stops.Contains(lower) || IsVerbForm(lower))
            {
                break;
            }

            var last = i;
            while (last + 2 < tokens.Count && tokens[last + 1].Lower == "-" && tokens[last + 1].Glued && tokens[last + 2].Glued
                   && tokens[last + 2].IsWord)
            {
                last += 2;
            }

            words.Add((i, last));
            i = last + 1;
        }

        return words;
    }

    private static string? Modifier(string text, List<QuantityToken> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsWord)
        {
            return null;
        }

        // A participle leads a modifier only with its preposition ("recruited from", "killed in"); a past-tense verb
        // with an object ("crossed 20 km") is the clause's predicate.
        var lead = tokens[i].Lower;
        var participle = IsParticiple(lead) && i + 1 < tokens.Count && (ModifierPrepositions.Contains(tokens[i + 1].Lower) || tokens[i + 1].Lower == "by");
        if (!ModifierPrepositions.Contains(lead) && !participle)
        {
            return null;
        }

        var first = i;
        var last = i;
        var sawContent = false;
        for (var words = 0; i < tokens.Count && words < MaxModifierWords; i++)
        {
            var token = tokens[i];
            if (token.IsSymbol && !(token.Lower == "-" && token.Glued))
            {
                break;
            }

            if (token.IsWord)
            {
                if (i > first && (ModifierEnds.Contains(token.Lower) || (sawContent && ModifierPrepositions.Contains(token.Lower))))
                {
                    break;
                }

                sawContent |= i > first && !Determiners.Contains(token.Lower) && !ModifierPrepositions.Contains(token.Lower);
                words++;
            }

            last = i;
        }

        while (last > first && tokens[last].IsWord && (Determiners.Contains(tokens[last].Lower) || ModifierPrepositions.Contains(tokens[last].Lower)))
        {
            last--;
        }

        return Slice(text, tokens, first, last);
    }

    private static bool IsPlural(string lower)
    {
        if (PluralWithoutS.Contains(lower))
        {
            return true;
        }

        var head = lower.AsSpan(lower.LastIndexOf('-') + 1);
        return head.Length > 3 && head[^1] == 's' && !head.EndsWith("ss", StringComparison.Ordinal)
            && !head.EndsWith("us", StringComparison.Ordinal) && !head.EndsWith("is", StringComparison.Ordinal)
            && !NotPlural.Contains(lower);
    }

    private static bool IsVerbForm(string lower) =>
        lower.Length > 4
        && (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal)
            || lower.EndsWith("ly", StringComparison.Ordinal))
        && !NounsLikeVerbForms.Contains(lower);

    private static bool IsParticiple(string lower) =>
        Participles.Contains(lower) || (lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) && !NounsLikeVerbForms.Contains(lower));

    private static bool IsLowerCase(string text, QuantityToken token) => char.IsLower(text[token.Start]);

    private static bool IsWord(List<QuantityToken> tokens, int i, string lower) => i < tokens.Count && tokens[i].Lower == lower;

    private static string Lower(string text, List<QuantityToken> tokens, int first, int last) =>
        first == last ? tokens[first].Lower : Slice(text, tokens, first, last).ToLowerInvariant();

    private static string Slice(string text, List<QuantityToken> tokens, int first, int last) => text[tokens[first].Start..tokens[last].End];
}
