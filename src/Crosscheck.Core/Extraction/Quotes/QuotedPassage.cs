using System.Collections.Immutable;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// A run of quoted text found by the scanner: one part per paragraph it covers (a quote left open at a paragraph's end
/// continues into the next), each part including its quotation marks.
/// </summary>
internal sealed record QuotedPassage(ImmutableArray<TextSpan> Parts, bool Closed)
{
    public int Start => Parts[0].Start;

    public int End => Parts[^1].End;
}
