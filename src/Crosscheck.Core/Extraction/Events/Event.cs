using System.Collections.Immutable;

namespace Crosscheck.Core.Extraction.Events;

/// <summary>
/// Who did what to whom: an actor entity, the action as a verb lemma ("deliver", "designate", "deny"), a target entity,
/// what was acted with or on when it is not an entity ("infantry rockets and missiles"), when (ISO 8601, as precise as
/// the text allows: "2022-11"), on whose word (the speaker whose statement carries it), whether the text says it did not
/// happen ("has not supplied"), and every place in the story's articles that reports it. Null where unknown.
/// </summary>
public sealed record Event(
    string? ActorEntityId,
    string Action,
    string? TargetEntityId,
    string? Object,
    string? Date,
    string? AttributedToEntityId,
    bool Negated,
    ImmutableArray<Span> Occurrences);
