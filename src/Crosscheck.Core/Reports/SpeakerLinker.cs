using System.Collections.Immutable;
using Crosscheck.Core.Extraction.Entities;
using Crosscheck.Core.Extraction.Quotes;

namespace Crosscheck.Core.Reports;

/// <summary>
/// Links a quote's resolved speaker to a story entity: first through the mention the resolver rested on (its span
/// overlaps an entity mention), then through the speaker's name being the entity's name or one of its aliases.
/// </summary>
public sealed class SpeakerLinker
{
    private readonly ImmutableArray<Entity> entities;
    private readonly Dictionary<string, Entity> byName = new(StringComparer.OrdinalIgnoreCase);

    public SpeakerLinker(ImmutableArray<Entity> entities)
    {
        this.entities = entities;
        foreach (var entity in entities)
        {
            byName.TryAdd(entity.Name, entity);
            foreach (var alias in entity.Aliases)
            {
                byName.TryAdd(alias, entity);
            }
        }
    }

    /// <summary>The story entity that spoke the quote, or null when none is linked.</summary>
    public Entity? EntityOf(QuoteGroup quote)
    {
        foreach (var occurrence in quote.Occurrences)
        {
            if (occurrence.Attribution.Speaker is not { } speaker)
            {
                continue;
            }

            var mention = speaker.Mention;
            foreach (var entity in entities)
            {
                if (entity.Mentions.Any(m => m.Article == occurrence.Article && m.Start < mention.End && mention.Start < m.End))
                {
                    return entity;
                }
            }
        }

        return quote.Speaker is { } name && byName.TryGetValue(name, out var named) ? named : null;
    }
}
