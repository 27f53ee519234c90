using System.Collections.Immutable;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Entities;

/// <summary>
/// The entities of a story: the tagger's mentions in all its articles (see <see cref="MentionCollector"/>), grouped into
/// one entity per thing named (see <see cref="AliasGrouper"/>), each under its fullest name (a country under its common
/// English name) with the other forms as aliases. Grouping works across the story's articles, so "Ms Smith" in one report
/// joins "Jane Smith" in another.
/// </summary>
public static class EntityResolver
{
    public static ImmutableArray<Entity> Resolve(IReadOnlyList<CleanArticle> storyArticles, IEntityTagger tagger) =>
        Resolve(storyArticles, tagger, new TokenCache());

    /// <summary>The entities of a story whose articles' tokens the other stages share.</summary>
    internal static ImmutableArray<Entity> Resolve(IReadOnlyList<CleanArticle> storyArticles, IEntityTagger tagger, TokenCache tokens)
    {
        ArgumentNullException.ThrowIfNull(storyArticles);
        ArgumentNullException.ThrowIfNull(tagger);
        var gazetteer = Gazetteer.Default;
        var drafts = MentionCollector.Collect(storyArticles, tagger, gazetteer, tokens);

        var forms = new List<AliasGrouper.Form>();
        var formOf = new int[drafts.Count];
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            var key = FormKey(draft);
            if (!byKey.TryGetValue(key, out var f))
            {
                var words = draft.Country is { } country ? NameForms.Words(NameForms.Key(country.Name)) : NameForms.Words(key);
                f = forms.Count;
                forms.Add(new AliasGrouper.Form(key, words, draft.Country, d));
                byKey[key] = f;
            }

            var form = forms[f];
            form.Count++;
            form.Types[draft.Type] = form.Types.GetValueOrDefault(draft.Type) + 1;
            form.Surfaces[draft.Surface] = form.Surfaces.GetValueOrDefault(draft.Surface) + 1;
            formOf[d] = f;
        }

        var grouper = new AliasGrouper(forms, gazetteer, Parentheticals(storyArticles, drafts));
        grouper.Group();

        var clusters = new SortedDictionary<int, List<int>>();
        for (var d = 0; d < drafts.Count; d++)
        {
            var root = grouper.Root(formOf[d]);
            if (!clusters.TryGetValue(root, out var members))
            {
                clusters[root] = members = [];
            }

            members.Add(d);
        }

        var entities = new List<Entity>(clusters.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var members in clusters.Values)
        {
            var clusterForms = new List<AliasGrouper.Form>();
            var seenForms = new HashSet<int>();
            foreach (var d in members)
            {
                if (seenForms.Add(formOf[d]))
                {
                    clusterForms.Add(forms[formOf[d]]);
                }
            }

            var (name, type) = Naming(clusterForms);
            var aliases = Aliases(clusterForms, name);
            var mentions = members
                .Select(d => drafts[d])
                .OrderBy(draft => draft.Article)
                .ThenBy(draft => draft.Start)
                .Select(draft => new Span(storyArticles[draft.Article].Id, draft.Start, draft.End))
                .ToImmutableArray();
            var id = Id(type, name, null);
            if (!ids.Add(id))
            {
                id = Id(type, name, mentions[0]);
                ids.Add(id);
            }

            entities.Add(new Entity(id, name, type, aliases, mentions));
        }

        return [.. entities.OrderByDescending(entity => entity.Mentions.Length).ThenBy(entity => entity.Name, StringComparer.Ordinal)];
    }

    private static string FormKey(MentionDraft draft)
    {
        if (draft.Country is { } country)
        {
            return "\u0001" + country.Code;
        }

        var words = NameForms.Words(draft.Key);
        var personLike = draft.Type == EntityType.Person || (words.Length > 1 && NameForms.IsHonorific(words[0]));
        return personLike ? string.Join(' ', NameForms.PersonWords(draft.Key)) : draft.Key;
    }

    // The fullest form names the entity: not an acronym, most words, the spelling of its last word most used in the story,
    // most frequent, first seen. A country goes by its common English name.
    private static (string Name, EntityType Type) Naming(List<AliasGrouper.Form> clusterForms)
    {
        if (clusterForms.Select(form => form.Country).FirstOrDefault(country => country is not null) is { } country)
        {
            return (country.Name, EntityType.Location);
        }

        var lastWordSupport = clusterForms
            .GroupBy(form => form.Words[^1], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Sum(form => form.Count), StringComparer.Ordinal);
        // One pass in that order; on a full tie the earlier form stays.
        var best = clusterForms[0];
        var bestAcronym = best.IsAcronym;
        foreach (var form in clusterForms.Skip(1))
        {
            var acronym = form.IsAcronym;
            var order = (acronym, bestAcronym) switch
            {
                (false, true) => -1,
                (true, false) => 1,
                _ => best.Words.Length != form.Words.Length ? best.Words.Length.CompareTo(form.Words.Length)
                    : lastWordSupport[best.Words[^1]] != lastWordSupport[form.Words[^1]] ? lastWordSupport[best.Words[^1]].CompareTo(lastWordSupport[form.Words[^1]])
                    : best.Count != form.Count ? best.Count.CompareTo(form.Count)
                    : form.Order.CompareTo(best.Order),
            };
            if (order < 0)
            {
                (best, bestAcronym) = (form, acronym);
            }
        }

        var surface = best.MainSurface;
        var surfaceWords = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (surfaceWords.Length > best.Words.Length)
        {
            surface = string.Join(' ', surfaceWords[^best.Words.Length..]);
        }

        var type = best.Type;
        if (type == EntityType.Other && AliasGrouper.IsGenericOrganisationWord(best.Words[^1]))
        {
            type = EntityType.Organization;
        }

        return (surface, type);
    }

    // The surfaces of a cluster's forms, those that differ only in case counted as one and written as most often, without
    // the name, most frequent first.
    private static ImmutableArray<string> Aliases(List<AliasGrouper.Form> clusterForms, string name)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var aliases = new List<(string Surface, int Most, int Count)>();
        foreach (var form in clusterForms)
        {
            foreach (var (surface, count) in form.Surfaces)
            {
                if (!index.TryGetValue(surface, out var i))
                {
                    index[surface] = aliases.Count;
                    aliases.Add((surface, count, count));
                    continue;
                }

                var (written, most, total) = aliases[i];
                aliases[i] = count > most ? (surface, count, total + count) : (written, most, total + count);
            }
        }

        aliases.RemoveAll(alias => alias.Surface.Equals(name, StringComparison.OrdinalIgnoreCase));
        // Surfaces of different aliases differ in more than case, so no two compare equal and the order is total.
        aliases.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Surface, b.Surface));
        return [.. aliases.Select(alias => alias.Surface)];
    }

    // "White House National Security Council (NSC)": the acronym in brackets right after a name introduces it.
    private static Dictionary<string, string> Parentheticals(IReadOnlyList<CleanArticle> articles, List<MentionDraft> drafts)
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var d = 1; d < drafts.Count; d++)
        {
            var (previous, current) = (drafts[d - 1], drafts[d]);
            if (previous.Article != current.Article || !NameForms.IsAcronym(current.Surface) || previous.End > current.Start)
            {
                continue;
            }

            var text = articles[current.Article].Text;
            var between = text.AsSpan(previous.End, current.Start - previous.End).Trim();
            if (between is "(" && current.End < text.Length && text[current.End] == ')')
            {
                links.TryAdd(FormKey(current), FormKey(previous));
            }
        }

        return links;
    }

    private static string Id(EntityType type, string name, Span? disambiguator)
    {
        var builder = new StringBuilder().Append(type.ToString()).Append('\0').Append(name.ToLowerInvariant());
        if (disambiguator is { } span)
        {
            builder.Append('\0').Append(span.Article.Value).Append('\0').Append(span.Start.ToString(CultureInfo.InvariantCulture));
        }

        var hash = XxHash3.Hash(Encoding.UTF8.GetBytes(builder.ToString()));
        return "e-" + Convert.ToHexStringLower(hash);
    }
}
