using System.Collections.Immutable;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// One attributed statement: what was said (one part per quoted fragment, quotation marks included for direct quotes),
/// the cue that reports it ("said", "told", "according to"), the source as written ("he", "the Russian president",
/// "John Kirby, spokesperson for the White House National Security Council"), and the speaker it resolves to; null
/// where there is none or it cannot be resolved. Offsets are into the text the extractor was given.
/// <see cref="SentenceBreaks"/> lists the fragments after which the frame ended a sentence ("“…equipment,” he said.
/// “Last month, …”"), so that <see cref="Text"/> keeps that boundary.
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

    /// <summary>Indices of the fragments followed by a sentence break in the text between them and the next fragment.</summary>
    public ImmutableArray<int> SentenceBreaks { get; init; } = [];

    /// <summary>
    /// The words said, without quotation marks, fragments joined by a space; where the frame between two fragments ended
    /// a sentence, the first fragment's clause comma becomes the full stop the speaker said ("equipment. Last month").
    /// </summary>
    public string Text
    {
        get
        {
            var length = 0;
            foreach (var part in Content)
            {
                length += part.Length + 2;
            }

            var text = new System.Text.StringBuilder(length);
            for (var i = 0; i < Content.Length; i++)
            {
                var words = Content[i].Text.AsSpan().Trim().Trim(QuoteAndPunctuation);
                if (i > 0)
                {
                    var ended = text.Length == 0 || text[^1] is '.' or '!' or '?';
                    text.Append(!ended && SentenceBreaks.Contains(i - 1) ? ". " : " ");
                }

                text.Append(words);
            }

            return text.ToString();
        }
    }

    private static readonly char[] QuoteAndPunctuation = ['"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB', ',', ' '];
}
