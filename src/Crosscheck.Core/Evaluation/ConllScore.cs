using System.Collections.Immutable;

namespace Crosscheck.Core.Evaluation;

/// <summary>The result of a conlleval-style scoring: overall and per entity type.</summary>
public sealed record ConllScore(EntityScore Overall, ImmutableSortedDictionary<string, EntityScore> PerType, int Tokens);
