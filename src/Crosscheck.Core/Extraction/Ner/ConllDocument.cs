using System.Collections.Immutable;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>The sentences between two -DOCSTART- lines of a CoNLL file: one news story.</summary>
public sealed record ConllDocument(ImmutableArray<ConllSentence> Sentences);
