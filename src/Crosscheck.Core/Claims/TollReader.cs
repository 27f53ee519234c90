using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Crosscheck.Core.Claims;

/// <summary>
/// Reads the tolls a sentence reports: how many people were killed, injured, missing or arrested, and where. A toll is a
/// count the measure word governs ("46 people are dead", "68 other deaths", "killed 69 people", "the death toll rose to
/// 40"), with the bounds its qualifier allows ("at least 46" is 46 or more, "about 40" is within the approximation
/// tolerance), in the place its clause names after a preposition of place or before the toll ("in the Caribbean", "the
/// U.S. death toll"). Reports of one event worded differently are not one claim, so tolls are what lets their counts be
/// compared at all.
/// </summary>
internal static class TollReader
{
    private const int MaxWordsBetween = 3;

    private static readonly FrozenDictionary<string, string> MeasureWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["killed"] = "killed", ["kills"] = "killed", ["killing"] = "killed", ["dead"] = "killed", ["death"] = "killed",
        ["deaths"] = "killed", ["died"] = "killed", ["fatalities"] = "killed",
        ["injured"] = "injured", ["injuring"] = "injured", ["injuries"] = "injured", ["wounded"] = "injured",
        ["wounding"] = "injured", ["hurt"] = "injured",
        ["missing"] = "missing",
        ["arrested"] = "arrested", ["arrests"] = "arrested", ["detained"] = "arrested",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Who a toll counts, when it says: "3 soldiers killed" and "5 civilians killed" are two tolls, not two figures for one.
    private static readonly FrozenSet<string> Groups = new[]
    {
        "civilians", "soldiers", "children", "men", "women", "residents", "workers", "officers", "police", "migrants",
        "protesters", "troops", "fighters", "passengers", "students",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that may stand between a count and what befell those it counts: "46 people had been killed", "68 other deaths".
    private static readonly FrozenSet<string> CountedWords = new[]
    {
        "people", "persons", "others", "other", "more", "of", "them", "had", "have", "has", "been", "were", "was", "are",
        "is", "reported", "confirmed", "reportedly", "being", "seriously", "critically", "badly", "fatally",
    }.Concat(Groups).ToFrozenSet(StringComparer.Ordinal);

    // Words between "death toll" and its figure: "the death toll rose to 40", "a death toll of 12", "stood at 7".
    private static readonly FrozenSet<string> TollVerbs = new[]
    {
        "rose", "risen", "climbed", "reached", "hit", "jumped", "stood", "stands", "is", "was", "has", "had", "to", "at", "of",
        "now", "increased", "grew",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlacePrepositions = new[] { "in", "across", "throughout", "near" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LowerBounds = new[] { "least", "than", "over", "upwards", "excess" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> UpperBounds = new[] { "up", "under", "fewer", "less", "most" }.ToFrozenSet(StringComparer.Ordinal);

    public static IEnumerable<Toll> Read(ClaimSentence sentence, double tolerance)
    {
        var tokens = sentence.Tokens;
        foreach (var figure in sentence.Numbers)
        {
            if (figure.Unit.Length > 0 || figure.Value < 1 || figure.Value != Math.Floor(figure.Value))
            {
                continue;
            }

            var end = figure.First + (figure.First + 1 < tokens.Length && Lexicon.Multipliers.ContainsKey(tokens[figure.First + 1].Norm) ? 1 : 0);
            var measured = MeasureAfter(tokens, end) ?? MeasureBefore(tokens, figure.First);
            if (measured is not var (measure, measureAt))
            {
                continue;
            }

            var counted = end + 1 < tokens.Length && Groups.Contains(tokens[end + 1].Norm) ? tokens[end + 1].Norm : string.Empty;
            var countedNoun = counted.Length > 0 || (end + 1 < tokens.Length && tokens[end + 1].Norm is "people" or "persons");
            var (first, last) = (Math.Min(NumberReader.ApproximatorStart(tokens, figure.First), measureAt), Math.Max(countedNoun ? end + 1 : end, measureAt));
            var (low, high) = Bounds(tokens, figure, tolerance);
            var (scope, place) = Scope(tokens, first, last);
            yield return new Toll(measure, counted, scope, place, low, high, first, last);
        }
    }

    private static (string Measure, int At)? MeasureAfter(ImmutableArray<ClaimToken> tokens, int end)
    {
        for (var k = end + 1; k < tokens.Length && k <= end + 1 + MaxWordsBetween && tokens[k].IsWord; k++)
        {
            if (MeasureWords.TryGetValue(tokens[k].Norm, out var measure) && !IsTollNoun(tokens, k))
            {
                return (measure, k);
            }

            if (!CountedWords.Contains(tokens[k].Norm))
            {
                return null;
            }
        }

        return null;
    }

    // "killed 69 people", "killing at least 12", "the death toll rose to 40": the measure word comes first, then only a
    // qualifier, or the toll's verb, before the figure.
    private static (string Measure, int At)? MeasureBefore(ImmutableArray<ClaimToken> tokens, int figure)
    {
        var k = NumberReader.ApproximatorStart(tokens, figure) - 1;
        if (k >= 0 && tokens[k].Norm is "killed" or "killing" or "kills" or "injured" or "injuring" or "wounded" or "wounding" or "arrested")
        {
            return (MeasureWords[tokens[k].Norm], k);
        }

        // Between them, the toll's verb and a place: "the death toll in Hatay rose to 300".
        var between = 0;
        while (k >= 1 && tokens[k].IsWord && between < 2 * MaxWordsBetween
               && (TollVerbs.Contains(tokens[k].Norm) || tokens[k].IsProper || PlacePrepositions.Contains(tokens[k].Norm)))
        {
            k--;
            between++;
        }

        return k >= 1 && tokens[k].Norm == "toll" && tokens[k - 1].Norm == "death" ? ("killed", k - 1) : null;
    }

    private static bool IsTollNoun(ImmutableArray<ClaimToken> tokens, int k) =>
        tokens[k].Norm == "death" && k + 1 < tokens.Length && tokens[k + 1].Norm == "toll";

    private static (double Low, double High) Bounds(ImmutableArray<ClaimToken> tokens, NumberMention figure, double tolerance)
    {
        var value = figure.Value;
        for (var k = NumberReader.ApproximatorStart(tokens, figure.First); k < figure.First; k++)
        {
            if (LowerBounds.Contains(tokens[k].Norm) || (tokens[k].Norm == "more" && k + 1 < figure.First))
            {
                return (value, double.PositiveInfinity);
            }

            if (UpperBounds.Contains(tokens[k].Norm))
            {
                return (0, value);
            }
        }

        if (figure.First >= 2 && tokens[figure.First - 1].Norm == "to" && tokens[figure.First - 2].Norm == "up")
        {
            return (0, value);
        }

        return figure.Approximate ? (value * (1 - tolerance), value * (1 + tolerance)) : (value, value);
    }

    // The places the toll's clause names: a run of proper words after a preposition of place, or just before the measure
    // ("the U.S. death toll"); as a key (normalised, sorted, joined) and as written. A clause ends at a comma, semicolon,
    // colon, dash or bracket.
    private static (string Key, string Text) Scope(ImmutableArray<ClaimToken> tokens, int first, int last)
    {
        var start = first;
        while (start > 0 && !EndsClause(tokens[start - 1]))
        {
            start--;
        }

        var stop = last;
        while (stop + 1 < tokens.Length && !EndsClause(tokens[stop + 1]))
        {
            stop++;
        }

        var places = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var k = start; k <= stop; k++)
        {
            var placeStart = -1;
            if (tokens[k].IsWord && PlacePrepositions.Contains(tokens[k].Norm))
            {
                placeStart = k + 1 < tokens.Length && tokens[k + 1].Norm == "the" ? k + 2 : k + 1;
            }
            else if (k == first && first > 0 && tokens[first - 1].IsProper)
            {
                placeStart = first - 1;
                while (placeStart > start && tokens[placeStart - 1].IsProper)
                {
                    placeStart--;
                }
            }

            var placeEnd = placeStart;
            while (placeStart >= 0 && placeEnd <= stop && placeEnd < tokens.Length && tokens[placeEnd].IsProper)
            {
                placeEnd++;
            }

            if (placeStart >= 0 && placeEnd > placeStart)
            {
                places.TryAdd(string.Join(' ', tokens[placeStart..placeEnd].Select(t => t.Norm)), string.Join(' ', tokens[placeStart..placeEnd].Select(t => t.Text)));
            }
        }

        return (string.Join("; ", places.Keys), string.Join(", ", places.Values));
    }

    private static bool EndsClause(ClaimToken token) =>
        !token.IsWord && token.Text is "," or ";" or ":" or "\u2014" or "\u2013" or "-" or "(" or ")";
}
