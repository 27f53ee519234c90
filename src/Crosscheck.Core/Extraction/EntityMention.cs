namespace Crosscheck.Core.Extraction;

/// <summary>A named-entity mention found by the tagger: a span (end exclusive) of the text it was tagged in.</summary>
public sealed record EntityMention(int Start, int End, EntityType Type, string Text);
