namespace Crosscheck.Core.Claims;

/// <summary>
/// Decides whether a sentence asserts something checkable. A claim is a complete declarative sentence (it ends as a
/// statement, not a question, and has a verb) of some length that carries a hook a reader could check: a figure, a
/// date, a named actor, or a source it is attributed to. Headings, captions, questions and fragments have none of
/// these shapes; opinion without a named actor, figure or source has nothing to check.
/// </summary>
internal static class ClaimDetector
{
    public static bool IsClaim(ClaimSentence sentence, ClaimOptions options)
    {
        if (!EndsAsStatement(sentence.Text))
        {
            return false;
        }

        var words = 0;
        var content = 0;
        var hasVerb = false;
        var hasName = false;
        foreach (var token in sentence.Tokens)
        {
            if (!token.IsWord)
            {
                continue;
            }

            words++;
            content += token.Stem is null ? 0 : 1;
            hasVerb |= IsVerb(token);
            hasName |= token.IsProper;
        }

        if (words < options.MinWords || words > options.MaxWords || content < options.MinContentWords || !hasVerb)
        {
            return false;
        }

        return hasName || sentence.HasAttribution || !sentence.Numbers.IsEmpty || !sentence.Dates.IsEmpty;
    }

    private static bool EndsAsStatement(string text)
    {
        var i = text.Length - 1;
        while (i >= 0 && text[i] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']')
        {
            i--;
        }

        return i >= 0 && text[i] is '.' or '!' or '\u2026';
    }

    private static bool IsVerb(ClaimToken token)
    {
        if (token.IsProper)
        {
            return false;
        }

        var norm = token.Norm;
        if (Lexicon.VerbForms.Contains(norm) || Lexicon.AttributionVerbs.Contains(norm))
        {
            return true;
        }

        return norm.Length >= 4 && norm.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.NotVerbsInEd.Contains(norm);
    }
}
