namespace Crosscheck.Core.Reuse;

/// <summary>
/// A passage two articles share: [Start, End) in the article holding the link and [OtherStart, OtherEnd) in the
/// other one, UTF-16 offsets into each article's cleaned text.
/// </summary>
public readonly record struct AlignedPassage(int Start, int End, int OtherStart, int OtherEnd)
{
    public int Length => End - Start;

    public AlignedPassage Mirror() => new(OtherStart, OtherEnd, Start, End);
}
