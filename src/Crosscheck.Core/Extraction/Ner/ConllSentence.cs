using System.Collections.Immutable;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>One sentence of a CoNLL file: its tokens and their IOB entity tags (same length; tags are "O" when unlabelled).</summary>
public sealed record ConllSentence(ImmutableArray<string> Tokens, ImmutableArray<string> Tags);
