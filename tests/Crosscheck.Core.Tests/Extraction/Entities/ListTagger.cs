using System.Collections.Immutable;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Extraction;

namespace Crosscheck.Core.Tests.Extraction.Entities;

/// <summary>A tagger that tags every whole-word occurrence of the names it is given, so alias rules are tested apart from the model.</summary>
internal sealed class ListTagger(params (string Name, EntityType Type)[] names) : IEntityTagger
{
    public ImmutableArray<EntityMention> Tag(string text)
    {
        var mentions = new List<EntityMention>();
        foreach (var (name, type) in names.OrderByDescending(n => n.Name.Length))
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                var bounded = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                if (bounded && !mentions.Any(m => m.Start < end && at < m.End))
                {
                    mentions.Add(new EntityMention(at, end, type, name));
                }
            }
        }

        return [.. mentions.OrderBy(m => m.Start)];
    }

    public static CleanArticle Article(string id, string text) =>
        new(new ArticleId(id), id, null, null, null, null, null, null, [], "en", text, []);
}
