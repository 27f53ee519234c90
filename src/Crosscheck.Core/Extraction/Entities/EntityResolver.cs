using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    // Optimised at its first call: its loops run over whole articles from the first calls, and tiering recompiled it
    // from inside them again and again (see README, Performance).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ImmutableArray<Entity> Resolve(IReadOnlyList<CleanArticle> storyArticles, IEntityTagger tagger, TokenCache tokens)
    {
        ArgumentNullException.ThrowIfNull(storyArticles);
        ArgumentNullException.ThrowIfNull(tagger);
        var gazetteer = Gazetteer.Default;
        var drafts = MentionCollector.Collect(storyArticles, tagger, gazetteer, tokens);

        var scratch = Scratch.ForThisThread();
        var forms = scratch.Forms;
        var formOf = new int[drafts.Count];
        var byKey = scratch.ByKey;
        byKey.EnsureCapacity(drafts.Count);
        // A country's key is made once per story, not at each of its many mentions.
        var byCountry = scratch.ByCountry;
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            int f;
            if (draft.Country is null || !byCountry.TryGetValue(draft.Country, out f))
            {
                var key = FormKey(draft);
                if (!byKey.TryGetValue(key, out f))
                {
                    var words = draft.Country is { } country ? NameForms.Words(NameForms.Key(country.Name)) : NameForms.Words(key);
                    f = forms.Count;
                    forms.Add(new AliasGrouper.Form(key, words, draft.Country, d));
                    byKey[key] = f;
                }

                if (draft.Country is not null)
                {
                    byCountry[draft.Country] = f;
                }
            }

            forms[f].Add(draft.Type, draft.Surface);
            formOf[d] = f;
        }

        var grouper = new AliasGrouper(forms, byKey, gazetteer, Parentheticals(storyArticles, drafts));
        grouper.Group();

        // A group's root is its first form, and forms are numbered in the order their first mention comes: walking the
        // forms in order meets each group at its root, and its forms in the order their mentions first come.
        var clusterOf = new int[forms.Count];
        var clusterCount = 0;
        for (var f = 0; f < forms.Count; f++)
        {
            var root = grouper.Root(f);
            clusterOf[f] = root == f ? clusterCount++ : clusterOf[root];
        }

        // Each group's forms side by side in one array, and its mentions counted, in one pass over the forms.
        var formStart = new int[clusterCount + 1];
        var mentionCount = new int[clusterCount];
        for (var f = 0; f < forms.Count; f++)
        {
            formStart[clusterOf[f] + 1]++;
            mentionCount[clusterOf[f]] += forms[f].Count;
        }

        for (var c = 0; c < clusterCount; c++)
        {
            formStart[c + 1] += formStart[c];
        }

        var clustered = new AliasGrouper.Form[forms.Count];
        var placed = new int[clusterCount];
        for (var f = 0; f < forms.Count; f++)
        {
            var c = clusterOf[f];
            clustered[formStart[c] + placed[c]++] = forms[f];
        }

        // The drafts come in article order and, within an article, in text order: each group's mentions, taken in draft
        // order, are sorted already.
        var mentions = new Span[clusterCount][];
        for (var c = 0; c < clusterCount; c++)
        {
            mentions[c] = new Span[mentionCount[c]];
            placed[c] = 0;
        }

        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            var c = clusterOf[formOf[d]];
            mentions[c][placed[c]++] = new Span(storyArticles[draft.Article].Id, draft.Start, draft.End);
        }

        var entities = new Entity[clusterCount];
        var ids = scratch.Ids;
        for (var c = 0; c < clusterCount; c++)
        {
            var clusterForms = clustered.AsSpan(formStart[c]..formStart[c + 1]);
            var (name, type) = Naming(clusterForms);
            var aliases = Aliases(clusterForms, name);
            var id = Id(type, name, null);
            if (!ids.Add(id))
            {
                id = Id(type, name, mentions[c][0]);
                ids.Add(id);
            }

            entities[c] = new Entity(id, name, type, aliases, ImmutableCollectionsMarshal.AsImmutableArray(mentions[c]));
        }

        // Most mentioned first, then by name; entities alike in both keep the order of their groups.
        var order = new int[entities.Length];
        for (var c = 0; c < order.Length; c++)
        {
            order[c] = c;
        }

        Array.Sort(order, (x, y) =>
        {
            var (a, b) = (entities[x], entities[y]);
            return a.Mentions.Length != b.Mentions.Length ? b.Mentions.Length.CompareTo(a.Mentions.Length)
                : string.CompareOrdinal(a.Name, b.Name) is var byName and not 0 ? byName
                : x.CompareTo(y);
        });
        var sorted = new Entity[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = entities[order[i]];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    /// <summary>
    /// The collections a story's forms are gathered in, which the stories resolved on one thread take in turn, emptied,
    /// rather than each making its own.
    /// </summary>
    private sealed class Scratch : ThreadScratch<Scratch>
    {
        public List<AliasGrouper.Form> Forms { get; } = [];

        public Dictionary<string, int> ByKey { get; } = new(StringComparer.Ordinal);

        public Dictionary<Gazetteer.Country, int> ByCountry { get; } = [];

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        protected override void Empty()
        {
            Forms.Clear();
            ByKey.Clear();
            ByCountry.Clear();
            Ids.Clear();
        }
    }

    private static string FormKey(MentionDraft draft)
    {
        if (draft.Country is { } country)
        {
            return "\u0001" + country.Code;
        }

        return draft.Type == EntityType.Person || NameForms.StartsWithHonorific(draft.Key) ? NameForms.PersonKey(draft.Key) : draft.Key;
    }

    // The fullest form names the entity: not an acronym, most words, the spelling of its last word most used in the story,
    // most frequent, first seen. A country goes by its common English name.
    private static (string Name, EntityType Type) Naming(ReadOnlySpan<AliasGrouper.Form> clusterForms)
    {
        foreach (var form in clusterForms)
        {
            if (form.Country is { } country)
            {
                return (country.Name, EntityType.Location);
            }
        }

        var best = clusterForms[0];
        if (clusterForms.Length > 1)
        {
            // How many mentions each form's last word has in the group: a group has a few forms, so they are compared pairwise.
            var lastWordSupport = clusterForms.Length <= 64 ? stackalloc int[clusterForms.Length] : new int[clusterForms.Length];
            for (var i = 0; i < clusterForms.Length; i++)
            {
                foreach (var other in clusterForms)
                {
                    if (string.Equals(other.Words[^1], clusterForms[i].Words[^1], StringComparison.Ordinal))
                    {
                        lastWordSupport[i] += other.Count;
                    }
                }
            }

            // One pass in that order; on a full tie the earlier form stays.
            var bestAt = 0;
            var bestAcronym = best.IsAcronym;
            for (var i = 1; i < clusterForms.Length; i++)
            {
                var form = clusterForms[i];
                var acronym = form.IsAcronym;
                var order = (acronym, bestAcronym) switch
                {
                    (false, true) => -1,
                    (true, false) => 1,
                    _ => best.Words.Length != form.Words.Length ? best.Words.Length.CompareTo(form.Words.Length)
                        : lastWordSupport[bestAt] != lastWordSupport[i] ? lastWordSupport[bestAt].CompareTo(lastWordSupport[i])
                        : best.Count != form.Count ? best.Count.CompareTo(form.Count)
                        : form.Order.CompareTo(best.Order),
                };
                if (order < 0)
                {
                    (best, bestAt, bestAcronym) = (form, i, acronym);
                }
            }
        }

        var surface = best.MainSurface;
        if (NameForms.WordCount(surface) > best.Words.Length)
        {
            var surfaceWords = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
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
    private static ImmutableArray<string> Aliases(ReadOnlySpan<AliasGrouper.Form> clusterForms, string name)
    {
        if (clusterForms.Length == 1 && clusterForms[0].Surfaces.Length == 1)
        {
            var only = clusterForms[0].Surfaces[0].Surface;
            return only.Equals(name, StringComparison.OrdinalIgnoreCase) ? [] : [only];
        }

        // A group has a few surfaces: those alike but for case are found by a scan rather than a dictionary.
        var aliases = new List<(string Surface, int Most, int Count)>();
        foreach (var form in clusterForms)
        {
            foreach (var (surface, count) in form.Surfaces)
            {
                var i = aliases.Count - 1;
                while (i >= 0 && !aliases[i].Surface.Equals(surface, StringComparison.OrdinalIgnoreCase))
                {
                    i--;
                }

                if (i < 0)
                {
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
        var result = new string[aliases.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = aliases[i].Surface;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
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
        // The hash of the UTF-8 of "type \0 lower-case name [\0 article \0 start]", written in pooled buffers.
        var typeName = type.ToString();
        var (article, start) = disambiguator is { } span ? (span.Article.Value, span.Start.ToString(CultureInfo.InvariantCulture)) : ("", "");
        var length = typeName.Length + 1 + name.Length + (disambiguator is null ? 0 : 2 + article.Length + start.Length);
        var chars = ArrayPool<char>.Shared.Rent(length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
        try
        {
            var text = chars.AsSpan(0, length);
            typeName.CopyTo(text);
            var at = typeName.Length;
            text[at++] = '\0';
            at += name.AsSpan().ToLowerInvariant(text[at..]);
            if (disambiguator is not null)
            {
                text[at++] = '\0';
                article.CopyTo(text[at..]);
                at += article.Length;
                text[at++] = '\0';
                start.CopyTo(text[at..]);
            }

            var hash = XxHash3.HashToUInt64(bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, bytes)));
            return string.Create(18, hash, static (id, hash) =>
            {
                // "e-" and the hash's sixteen lower-case hex digits, written directly: the "x16" format takes the slow path.
                id[0] = 'e';
                id[1] = '-';
                for (var i = 17; i >= 2; i--, hash >>= 4)
                {
                    id[i] = "0123456789abcdef"[(int)(hash & 0xF)];
                }
            });
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
