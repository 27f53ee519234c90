namespace Crosscheck.Core;

/// <summary>Provenance of a derived fact: a range of UTF-16 code units (end exclusive) in an article's cleaned text.</summary>
public readonly record struct Span(ArticleId Article, int Start, int End)
{
    public int Length => End - Start;

    public string Slice(string text) => text[Start..End];
}
