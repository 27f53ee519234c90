using System.Collections.Immutable;

namespace Crosscheck.Core.Extraction;

/// <summary>Finds named-entity mentions in running text.</summary>
public interface IEntityTagger
{
    ImmutableArray<EntityMention> Tag(string text);
}
