namespace Crosscheck.Core.Claims;

/// <summary>
/// Finds a sentence that negates or denies what an aligned sentence asserts: one has a negation the other lacks, and
/// the words the negation governs (the next content words) are words the other sentence asserts. A negation over
/// words the other sentence does not carry ("did not give details"), or over a first word it does not carry ("have not
/// detected liquid water" against "water vapour is the next best thing to liquid water"), is extra content, not a
/// contradiction; nor is a
/// denying verb the other sentence carries too ("a judge dismissed the lawsuit", "the lawsuit's dismissal"), nor a
/// quoted word ("seven \"no\" votes").
/// </summary>
internal static class NegationComparer
{
    private const int GovernedWords = 3;

    public static IEnumerable<Finding> Compare(ClaimSentence a, ClaimSentence b)
    {
        var (negated, asserted) = a.Negations.Length > 0 && b.Negations.Length == 0 ? (a, b)
            : b.Negations.Length > 0 && a.Negations.Length == 0 ? (b, a)
            : (null, null);
        if (negated is null || asserted is null)
        {
            yield break;
        }

        var assertedStems = asserted.Tokens.Where(t => t.Stem is not null).Select(t => t.Stem!).ToHashSet(StringComparer.Ordinal);
        foreach (var cue in negated.Negations)
        {
            var cueToken = negated.Tokens[cue];
            if ((cueToken.Stem is { } stem && assertedStems.Contains(stem)) || IsQuotedWord(negated, cue))
            {
                continue;
            }

            // The first word the negation governs is what it denies, a verb mostly: "have not yet detected liquid water"
            // contradicts no sentence that does not say water was detected, whatever it says about liquid water.
            var governed = negated.Tokens.Skip(cue + 1).Where(t => t.Stem is not null).Take(GovernedWords).ToList();
            if (governed.Count == 0 || !assertedStems.Contains(governed[0].Stem!)
                || governed.Count(t => assertedStems.Contains(t.Stem!)) * 2 <= governed.Count)
            {
                continue;
            }

            var denial = negated.Tokens.Any(t => Lexicon.DenialVerbs.Contains(t.Norm));
            var who = negated.ResolvedSpeaker ?? "One report";
            var last = negated.Tokens.IndexOf(governed[^1]);
            var summary = who + (denial ? " denies" : " negates") + " what another report asserts: \"" + negated.Slice(cue, last) + "\"";
            var vn = new FindingVariant(negated.Text, ClaimSentenceReader.Key(negated.Text), negated.Span);
            var va = new FindingVariant(asserted.Text, ClaimSentenceReader.Key(asserted.Text), asserted.Span);
            yield return ReferenceEquals(negated, a)
                ? new Finding(DiscrepancyKind.Negation, summary, vn, va, false)
                : new Finding(DiscrepancyKind.Negation, summary, va, vn, false);
            yield break;
        }
    }

    private static bool IsQuotedWord(ClaimSentence sentence, int i) =>
        i > 0 && i + 1 < sentence.Tokens.Length && IsQuoteMark(sentence.Tokens[i - 1].Text) && IsQuoteMark(sentence.Tokens[i + 1].Text);

    private static bool IsQuoteMark(string text) => text is "\"" or "\u201C" or "\u201D" or "'" or "\u2018" or "\u2019";
}
