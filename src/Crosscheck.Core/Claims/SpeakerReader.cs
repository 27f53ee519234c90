using System.Collections.Immutable;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Claims;

/// <summary>
/// Finds the source of a sentence outside its quotes: the name next to an attribution verb ("Kirby said",
/// "said spokesman John Kirby", "according to Reuters"). Titles in front of a name are skipped by taking the last
/// name of the clause after the verb; honorifics and abbreviated titles ("Rep.", "Det.") are dropped so "Mr Kirby" and
/// "Kirby" are one source.
/// </summary>
internal static class SpeakerReader
{
    public static string? Read(ImmutableArray<ClaimToken> tokens, out bool pronoun, out bool hasAttribution)
    {
        pronoun = false;
        hasAttribution = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.InQuote || !token.IsWord)
            {
                continue;
            }

            var according = token.Norm == "according" && i + 1 < tokens.Length && tokens[i + 1].Norm == "to";
            if (!according && !Lexicon.AttributionVerbs.Contains(token.Norm))
            {
                continue;
            }

            hasAttribution = true;
            if (!according)
            {
                var before = Before(tokens, i);
                if (before.Name is not null)
                {
                    return before.Name;
                }

                if (before.Pronoun || before.Description)
                {
                    pronoun = before.Pronoun;
                    return null;
                }
            }

            var after = After(tokens, according ? i + 2 : i + 1);
            if (after is not null)
            {
                return after;
            }

            if (!according && i + 1 < tokens.Length && Lexicon.Pronouns.Contains(tokens[i + 1].Norm))
            {
                pronoun = true;
                return null;
            }
        }

        return null;
    }

    // The source written before the verb: a name, a pronoun, or a description ("the senator said", "officials said"), whose
    // verb is then not followed by its source. "the Kentucky Republican" is a description of a politician already named,
    // and like "the senator" it refers back as a pronoun does.
    private static (string? Name, bool Pronoun, bool Description) Before(ImmutableArray<ClaimToken> tokens, int verb)
    {
        var end = verb - 1;
        var skipped = 0;
        while (end >= 0 && skipped < 2 && tokens[end].IsWord && !tokens[end].IsProper && IsAdverb(tokens[end].Norm))
        {
            end--;
            skipped++;
        }

        if (end < 0 || !tokens[end].IsWord)
        {
            return (null, false, false);
        }

        if (Lexicon.Pronouns.Contains(tokens[end].Norm))
        {
            return (null, true, false);
        }

        var start = end;
        while (start >= 0 && IsNamePart(tokens[start]))
        {
            start--;
        }

        if (start == end)
        {
            return (null, FollowsThe(tokens, end), true);
        }

        var definite = start >= 0 && tokens[start].Norm == "the";
        return definite && PartyMembers.Words.Contains(tokens[end].Norm) ? (null, true, true) : (Name(tokens, start + 1, end), false, false);
    }

    // Whether "the" opens the lower-case noun phrase that ends at end ("the former senator").
    private static bool FollowsThe(ImmutableArray<ClaimToken> tokens, int end)
    {
        for (var k = end; k >= Math.Max(0, end - 3) && tokens[k].IsWord; k--)
        {
            if (tokens[k].Norm == "the")
            {
                return true;
            }
        }

        return false;
    }

    private static string? After(ImmutableArray<ClaimToken> tokens, int from)
    {
        string? last = null;
        var i = from;
        while (i < tokens.Length && !IsClauseBreak(tokens, i))
        {
            if (!IsNamePart(tokens[i]))
            {
                // "according to the Pentagon" names its source; "according to the new study published by ..." does not.
                var namesNext = tokens[i].Norm == "the" && i + 1 < tokens.Length && IsNamePart(tokens[i + 1]);
                if (Lexicon.SourceStops.Contains(tokens[i].Norm) && !namesNext)
                {
                    break;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < tokens.Length && IsNamePart(tokens[i]))
            {
                i++;
            }

            last = Name(tokens, start, i - 1) ?? last;
        }

        return last;
    }

    private static bool IsNamePart(ClaimToken token) =>
        token.IsWord && (token.IsProper || (token.IsCapitalised && token.Stem is not null)) && !token.InQuote
        && !Lexicon.Weekdays.ContainsKey(token.Norm) && !Lexicon.Months.ContainsKey(token.Norm);

    private static bool IsAdverb(string norm) =>
        norm is "also" or "later" or "earlier" or "then" or "again" or "previously" or "has" or "had" or "have"
        || norm.EndsWith("ly", StringComparison.Ordinal);

    // The dot of an abbreviated title before a name ("said Rep. Barbara Windsor") does not end the clause.
    private static bool IsClauseBreak(ImmutableArray<ClaimToken> tokens, int i)
    {
        var token = tokens[i];
        var titleDot = token.Text == "." && i > 0 && i + 1 < tokens.Length && TitleAbbreviations.Titles.Contains(tokens[i - 1].Norm)
            && IsNamePart(tokens[i + 1]);
        return !token.IsWord && !titleDot
            && token.Text is "," or ";" or ":" or "." or "(" or ")" or "\u2013" or "\u2014" or "\u201C" or "\u2018" or "\"";
    }

    private static string? Name(ImmutableArray<ClaimToken> tokens, int start, int end)
    {
        while (start <= end && (Lexicon.Honorifics.Contains(tokens[start].Norm) || TitleAbbreviations.Titles.Contains(tokens[start].Norm)))
        {
            start++;
        }

        if (start > end)
        {
            return null;
        }

        return string.Join(' ', Enumerable.Range(start, end - start + 1).Select(i => tokens[i].Text));
    }
}
