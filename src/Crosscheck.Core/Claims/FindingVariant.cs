namespace Crosscheck.Core.Claims;

/// <summary>One side of a finding: the passage as written, the key it merges on, and where it is.</summary>
internal sealed record FindingVariant(string Text, string Key, Span Span)
{
    /// <summary>Tokens <paramref name="first"/> to <paramref name="last"/> of a sentence, keyed on their normalised text.</summary>
    public static FindingVariant Of(ClaimSentence sentence, int first, int last)
    {
        var text = sentence.Slice(first, last);
        return new FindingVariant(text, ClaimSentenceReader.Key(text), sentence.SpanOf(first, last));
    }
}
