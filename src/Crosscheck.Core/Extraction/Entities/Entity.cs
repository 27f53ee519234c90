using System.Collections.Immutable;

namespace Crosscheck.Core.Extraction.Entities;

/// <summary>
/// Something a story names: a person, organisation, place or other, under its fullest name ("Jane Smith", "South
/// Africa"), with the other forms the articles use for it ("Ms Smith", "S. Africa", "Pretoria", "South African") and every
/// mention. The id is stable: the same name and type give the same id.
/// </summary>
public sealed record Entity(string Id, string Name, EntityType Type, ImmutableArray<string> Aliases, ImmutableArray<Span> Mentions);
