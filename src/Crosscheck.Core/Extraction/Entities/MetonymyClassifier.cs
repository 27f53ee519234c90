using System.Collections.Frozen;
using System.Collections.Immutable;
using Crosscheck.Core.Extraction.Events;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Entities;

/// <summary>
/// Decides whether a capital ("Tehran") or seat of government ("Downing Street") names the state rather than the place,
/// from the words around it. A capital stands for its state when it acts (it is the subject of a reporting or event verb:
/// "Beijing said", "Tehran was covertly supplying"), is the agent after "by", the object of such a verb ("accused
/// Tehran"), owns forces or policy ("Beijing's troops"), modifies a word of government ("the Kabul government"), or is
/// listed with a country or a capital used so ("Tehran and Beijing"). A seat of government stands for its state unless a
/// preposition of place puts it on the map ("at the White House").
/// </summary>
internal static class MetonymyClassifier
{
    private static readonly FrozenSet<string> Locatives = new[]
    {
        "in", "at", "to", "from", "near", "outside", "inside", "into", "across", "around", "via", "through", "toward", "towards",
        "within", "beyond", "throughout", "visited", "visit", "visiting", "reached", "left", "fled", "streets", "outskirts",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> StateNouns = new[]
    {
        "forces", "troops", "army", "military", "government", "regime", "administration", "leadership", "authorities", "war",
        "invasion", "behalf", "officials", "diplomats", "position", "policy", "support", "ally", "allies", "decision", "response",
        "sanctions", "actions", "claims", "annexation", "aggression", "offensive", "campaign", "envoy", "ambassador", "embassy",
        "mission", "stance", "demands", "nuclear", "missiles", "weapons", "interests", "leader", "leaders", "foreign",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // What a city, not a state, has: a capital acting on these is the city.
    private static readonly FrozenSet<string> CityNouns = new[]
    {
        "air", "pollution", "smog", "traffic", "congestion", "housing", "rents", "residents", "commuters", "subway", "metro",
        "streets", "neighborhoods", "neighbourhoods", "potholes", "homelessness", "transit", "buses", "parking", "weather",
        "snow", "rain", "heat", "flooding", "floods", "garbage", "rubbish", "sewage", "pubs", "restaurants", "bars",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> GovernmentHeads = new[]
    {
        "government", "regime", "administration", "leadership", "authorities",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "has", "have", "had", "is", "was", "are", "were", "be", "been", "being", "will", "would", "could", "can", "may",
        "might", "should", "must", "shall", "did", "does", "do", "not", "never", "also", "still", "already", "reportedly",
        "allegedly", "repeatedly", "now", "again", "then", "just", "long", "since",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BeForms = new[]
    {
        "is", "was", "are", "were", "be", "been", "being",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Possessives = new[] { "'s", "\u2019s", "'", "\u2019" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the mention at tokens [first, end) is a capital used for its state.</summary>
    /// <param name="isStateNeighbour">Whether the token at an index lies in a mention of a country, or of a capital that acts as one.</param>
    public static bool CapitalStandsForState(ImmutableArray<TextSpan> tokens, int first, int end, Func<int, bool> isStateNeighbour)
    {
        var before = PreviousWord(tokens, first);
        if (before >= 0 && Locatives.Contains(tokens[before].Text))
        {
            return false;
        }

        if (ActsOrIsActedUpon(tokens, first, end))
        {
            return true;
        }

        // Listed with a country or a state-used capital: "Tehran and Beijing", "China and Beijing's allies".
        if (end + 1 < tokens.Length && tokens[end].Text is "and" or "," or "or" && isStateNeighbour(end + 1))
        {
            return !ListIsLocative(tokens, first);
        }

        return before >= 1 && tokens[before].Text is "and" or "," or "or" && isStateNeighbour(before - 1) && !ListIsLocative(tokens, first);
    }

    /// <summary>Whether a capital acts or is acted upon as a state, without looking at a list it is in.</summary>
    public static bool ActsOrIsActedUpon(ImmutableArray<TextSpan> tokens, int first, int end)
    {
        var before = PreviousWord(tokens, first);
        if (before >= 0 && (tokens[before].Text == "by" || EventLexicon.IsInflectedVerb(tokens[before].Text)))
        {
            return true;
        }

        if (end < tokens.Length && Possessives.Contains(tokens[end].Text))
        {
            for (var k = end + 1; k < Math.Min(tokens.Length, end + 3); k++)
            {
                if (StateNouns.Contains(tokens[k].Text))
                {
                    return true;
                }
            }

            return false;
        }

        if (end < tokens.Length && GovernmentHeads.Contains(tokens[end].Text))
        {
            return true;
        }

        var j = end;
        var passive = false;
        while (j < tokens.Length && (Auxiliaries.Contains(tokens[j].Text) || IsAdverb(tokens[j].Text)))
        {
            passive |= BeForms.Contains(tokens[j].Text);
            j++;
        }

        if (j >= tokens.Length)
        {
            return false;
        }

        var form = EventLexicon.Verb(tokens[j].Text) ?? EventLexicon.Speech(tokens[j].Text);
        if (form is null || !(form.IsPast || form.IsThirdPerson || form.IsGerund || (j > end && form.IsParticiple)))
        {
            return false;
        }

        // "London has been fighting dirty air": a city acts on its own streets, air and residents.
        for (var k = j + 1; k < Math.Min(tokens.Length, j + 5); k++)
        {
            if (CityNouns.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return !(passive && form.IsParticiple && !form.IsGerund);
    }

    /// <summary>A seat of government names its state unless a preposition of place stands before it.</summary>
    public static bool SeatStandsForState(ImmutableArray<TextSpan> tokens, int first)
    {
        var before = PreviousWord(tokens, first);
        return before < 0 || !Locatives.Contains(tokens[before].Text);
    }

    private static bool ListIsLocative(ImmutableArray<TextSpan> tokens, int first)
    {
        // Walk back over the list ("in Paris, Berlin and Rome") to the word before its first item.
        var k = first - 1;
        var steps = 0;
        while (k >= 0 && steps < 12 && (tokens[k].Text is "and" or "," or "or" or "the" || char.IsUpper(tokens[k].Text[0])))
        {
            k--;
            steps++;
        }

        return k >= 0 && Locatives.Contains(tokens[k].Text);
    }

    private static int PreviousWord(ImmutableArray<TextSpan> tokens, int first)
    {
        var k = first - 1;
        if (k >= 0 && tokens[k].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        return k;
    }

    private static bool IsAdverb(string word) =>
        word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]);
}
