namespace Crosscheck.Core.Claims;

/// <summary>
/// Finds one statement credited to different sources: both sentences name a source, and neither source's name
/// appears anywhere in the other sentence (so "John Kirby, spokesman for the Council, said" and "Kirby said" agree).
/// </summary>
internal static class AttributionComparer
{
    public static IEnumerable<Finding> Compare(ClaimSentence a, ClaimSentence b)
    {
        if (a.Speaker is null || b.Speaker is null)
        {
            yield break;
        }

        var keyA = LastName(a.Speaker);
        var keyB = LastName(b.Speaker);
        if (keyA == keyB || b.Tokens.Any(t => t.Norm == keyA) || a.Tokens.Any(t => t.Norm == keyB))
        {
            yield break;
        }

        var va = new FindingVariant(a.Speaker, keyA, a.Span);
        var vb = new FindingVariant(b.Speaker, keyB, b.Span);
        yield return new Finding(DiscrepancyKind.Attribution, "The same statement is credited to " + a.Speaker + " and to " + b.Speaker, va, vb, false);
    }

    // The last word of the name, a hyphen parting words too: "Virginian-Pilot" and "Virginian Pilot" are one source.
    private static string LastName(string speaker) => ClaimSentenceReader.Normalise(speaker.Split([' ', '-', '\u2010'])[^1]);
}
