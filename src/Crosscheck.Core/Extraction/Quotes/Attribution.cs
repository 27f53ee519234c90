using System.Collections.Immutable;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// One attributed statement: what was said (one part per quoted fragment, quotation marks included for direct quotes),
/// the cue that reports it ("said", "told", "according to"), the source as written ("he", "the Russian president",
/// "John Kirby, spokesperson for the White House National Security Council"), and the speaker it resolves to; null
/// where there is none or it cannot be resolved. Offsets are into the text the extractor was given.
/// </summary>
public sealed record Attribution(
    ImmutableArray<TextSpan> Content,
    TextSpan? Cue,
    TextSpan? Source,
    SpeakerReference? Speaker,
    bool IsDirect)
{
    public int Start => Content[0].Start;

    public int End => Content[^1].End;

    /// <summary>The words said, without quotation marks, fragments joined by a space.</summary>
    public string Text => string.Join(' ', Content.Select(part => part.Text.Trim().Trim(QuoteAndPunctuation)));

    private static readonly char[] QuoteAndPunctuation = ['"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB', ',', ' '];
}
