namespace Crosscheck.Core.Evaluation;

/// <summary>A range of UTF-16 code units (end exclusive) in a text, without the text itself.</summary>
public readonly record struct CharRange(int Start, int End)
{
    public int Length => End - Start;
}
