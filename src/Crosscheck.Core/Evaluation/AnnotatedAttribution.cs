using System.Collections.Immutable;
using Crosscheck.Core.Extraction.Quotes;

namespace Crosscheck.Core.Evaluation;

/// <summary>
/// An attribution as the scorer sees it, gold or predicted: the content and source as character ranges (either may be
/// discontinuous; the source may be empty) and whether it is a direct quote. The cue is kept for learning cue words;
/// the scorer does not use it.
/// </summary>
public sealed record AnnotatedAttribution(ImmutableArray<CharRange> Content, ImmutableArray<CharRange> Source, bool IsDirect)
{
    public ImmutableArray<CharRange> Cue { get; init; } = [];

    public static AnnotatedAttribution From(Attribution attribution)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        var content = attribution.Content.Select(part => new CharRange(part.Start, part.End)).ToImmutableArray();
        var source = attribution.Source is { } s ? ImmutableArray.Create(new CharRange(s.Start, s.End)) : [];
        return new AnnotatedAttribution(content, source, attribution.IsDirect);
    }
}
