using System.Collections.Immutable;
using Crosscheck.Core.Extraction.Entities;
using Crosscheck.Core.Extraction.Quotes;

namespace Crosscheck.Core.Reports;

/// <summary>
/// Links a quote's resolved speaker to a story entity: through the mention the resolver rested on (its span overlaps an
/// entity mention) in the occurrences that name the quote's speaker, then through that name being the entity's name or
/// one of its aliases, then through any occurrence's mention.
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

    /// <summary>
    /// The story entity that spoke the quote, or null when none is linked. The occurrences that name the quote's speaker
    /// (the name most of them resolved to) are read first: one copy whose resolver went astray does not speak for the rest.
    /// </summary>
    public Entity? EntityOf(QuoteGroup quote)
    {
        return Through(quote, o => o.Attribution.Speaker?.Name == quote.Speaker)
            ?? (quote.Speaker is { } name && byName.TryGetValue(name, out var named) ? named : null)
            ?? Through(quote, _ => true);
    }

    // The entity one of the chosen occurrences' speaker mentions lies in.
    private Entity? Through(QuoteGroup quote, Func<QuoteOccurrence, bool> chosen)
    {
        foreach (var occurrence in quote.Occurrences)
        {
            if (occurrence.Attribution.Speaker is not { } speaker || !chosen(occurrence))
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

        return null;
    }
}
