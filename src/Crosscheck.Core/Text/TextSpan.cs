namespace Crosscheck.Core.Text;

/// <summary>A range (end exclusive) in a string, with the text it covers.</summary>
public readonly record struct TextSpan(int Start, int End, string Text)
{
    public int Length => End - Start;
}
