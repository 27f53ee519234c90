using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Crosscheck.Core.Collections;

namespace Crosscheck.Core.Extraction.Entities;

/// <summary>
/// Groups the name forms of one story into entities. Forms with one key are one form already ("U.N." = "UN", "Ms Smith" =
/// "Smith" for a person); a country's names, code, demonym and state-used capital share the country. Then, in order:
/// an acronym joins the one name whose initials it is ("UN" = "United Nations", "CIA" = "... Central Intelligence Agency"); a
/// name with an acronym in it joins its spelled-out form ("UN Security Council" = "United Nations Security Council"); a name
/// led by a country joins the same name without it ("U.K. Home Office" = "Home Office"); a name joins a
/// longer one that only adds generic words ("Acme" = "Acme Group") or a country in front, or whose last two or more words
/// it is ("Security Council"); spellings that differ only by transliteration join ("Navalnyy" = "Navalniy", or one edit
/// apart on long names of one type); full person names join on surname and compatible first name ("J. Smith" = "Jane
/// Smith"); and a lone surname or first name joins the one person it can belong to. Every join that could go two ways is
/// skipped.
/// </summary>
internal sealed class AliasGrouper
{
    private static readonly FrozenSet<string> GenericOrganisationWords = new[]
    {
        "group", "company", "co", "corp", "corporation", "inc", "ltd", "llc", "plc", "party", "organization", "organisation",
        "movement", "network", "agency", "foundation", "institute", "association", "department", "ministry", "bureau",
        "holdings", "brigade", "battalion", "regiment", "militia",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Names are short: longer ones are joined in arrays.
    private const int StackLimit = 256;

    private readonly List<Form> forms;
    private readonly Dictionary<string, int> byKey;
    private readonly int[] parent;

    // The country of each group, kept at its root: all of a group's countries are one, as groups of two countries never join.
    private readonly Gazetteer.Country?[] countryOfRoot;
    private readonly Gazetteer gazetteer;

    private readonly IReadOnlyDictionary<string, string> parentheticals;

    private readonly Scratch scratch = Scratch.ForThisThread();

    /// <param name="forms">The story's forms, one per key.</param>
    /// <param name="byKey">Each form's index by its key, as the forms were made.</param>
    /// <param name="gazetteer">The countries.</param>
    /// <param name="parentheticals">Acronym keys written in brackets right after a name ("National Security Council (NSC)"), to that name's key.</param>
    public AliasGrouper(List<Form> forms, Dictionary<string, int> byKey, Gazetteer gazetteer, IReadOnlyDictionary<string, string> parentheticals)
    {
        this.forms = forms;
        this.byKey = byKey;
        this.parentheticals = parentheticals;
        this.gazetteer = gazetteer;

        parent = DisjointSets.Singletons(forms.Count);
        countryOfRoot = new Gazetteer.Country?[forms.Count];
        for (var i = 0; i < forms.Count; i++)
        {
            countryOfRoot[i] = forms[i].Country;
        }
    }

    public static bool IsGenericOrganisationWord(string word) => GenericOrganisationWords.Contains(word);

    /// <summary>The group of form i, named by its first form: a union keeps the smaller root, so a root is never after its members.</summary>
    public int Root(int i) => DisjointSets.Root(parent, i);

    public void Group()
    {
        JoinAcronyms();
        JoinExpandedAcronyms();
        JoinLongerOrganisationNames();
        JoinSpellingVariants();
        JoinPersons();
    }

    private void Union(int a, int b)
    {
        var ra = Root(a);
        var rb = Root(b);
        if (ra == rb)
        {
            return;
        }

        // Two countries are never one entity.
        if (countryOfRoot[ra] is { } ca && countryOfRoot[rb] is { } cb && ca != cb)
        {
            return;
        }

        var country = countryOfRoot[ra] ?? countryOfRoot[rb];
        if (ra < rb)
        {
            parent[rb] = ra;
            countryOfRoot[ra] = country;
        }
        else
        {
            parent[ra] = rb;
            countryOfRoot[rb] = country;
        }
    }

    private void JoinAcronyms()
    {
        // Every acronym is compared with every form: each form's initials (from each word on) are formed once, in a table
        // made only when the story has an acronym.
        string?[]?[]? initials = null;
        for (var i = 0; i < forms.Count; i++)
        {
            var form = forms[i];
            if (form.Country is not null || !form.IsAcronym)
            {
                continue;
            }

            if (parentheticals.TryGetValue(form.Key, out var introduced) && byKey.TryGetValue(introduced, out var named)
                && NameForms.Initials(forms[named].Words).EndsWith(form.Key, StringComparison.Ordinal))
            {
                Union(i, named);
                continue;
            }

            var target = Unique(j => j != i && forms[j].Words.Length >= 2 && forms[j].Type != EntityType.Person
                && InitialsOf(j, 0) == form.Key);
            target ??= Unique(j => j != i && forms[j].Words.Length >= 3 && forms[j].Type != EntityType.Person
                && InnerInitialsInclude(j, form.Key));
            if (target is { } t)
            {
                Union(i, t);
            }
        }

        string InitialsOf(int j, int from)
        {
            initials ??= new string?[]?[forms.Count];
            var cached = initials[j] ??= new string?[forms[j].Words.Length];
            return cached[from] ??= NameForms.Initials(forms[j].Words, from);
        }

        bool InnerInitialsInclude(int j, string key)
        {
            for (var from = 1; from <= forms[j].Words.Length - 2; from++)
            {
                if (InitialsOf(j, from) == key)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private void JoinExpandedAcronyms()
    {
        // Many stories name no acronym, and an acronym's key is a few letters: only words as long as one are looked up.
        var (shortest, longest) = (int.MaxValue, 0);
        foreach (var form in forms)
        {
            if (form.IsAcronym)
            {
                (shortest, longest) = (Math.Min(shortest, form.Key.Length), Math.Max(longest, form.Key.Length));
            }
        }

        if (longest == 0)
        {
            return;
        }

        for (var i = 0; i < forms.Count; i++)
        {
            var words = forms[i].Words;
            if (words.Length < 2 || forms[i].Country is not null)
            {
                continue;
            }

            for (var w = 0; w < words.Length; w++)
            {
                if (words[w].Length < shortest || words[w].Length > longest
                    || !byKey.TryGetValue(words[w], out var acronym) || !forms[acronym].IsAcronym)
                {
                    continue;
                }

                // The acronym's group as it stands before these joins: a join below may give it another root.
                var root = Root(acronym);
                for (var j = 0; j < forms.Count; j++)
                {
                    if (j == acronym || Root(j) != root || !forms[j].Key.Contains(' ', StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var expanded = string.Join(' ', [.. words.AsSpan(0, w), forms[j].Key, .. words.AsSpan(w + 1)]);
                    if (byKey.TryGetValue(expanded, out var other))
                    {
                        Union(i, other);
                    }
                }
            }
        }
    }

    private void JoinLongerOrganisationNames()
    {
        // For each shorter form, the longer organisation or other names it can be a reduced form of, with how many words
        // the longer name adds; the closest wins ("Security Council" is the "UN Security Council", not the "White House
        // National Security Council"). Only reduced names that are forms of the story able to join are kept.
        var reductions = scratch.Reductions;
        var formSpans = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> stackBuffer = stackalloc char[StackLimit];
        for (var i = 0; i < forms.Count; i++)
        {
            var form = forms[i];
            if (form.Country is not null || form.Words.Length < 2 || form.Type is EntityType.Person or EntityType.Location)
            {
                continue;
            }

            var words = form.Words;
            var lead = LeadingCountryWords(form);
            var end = words.Length;
            while (end > lead + 1 && GenericOrganisationWords.Contains(words[end - 1]))
            {
                end--;
            }

            var buffer = form.Key.Length <= StackLimit ? stackBuffer : new char[form.Key.Length];
            if (lead > 0 || end < words.Length)
            {
                AddReduction(reductions, formSpans, NameForms.JoinWords(form.Key, lead, end, buffer), i, words.Length - end + lead);
            }

            if (lead > 0)
            {
                AddReduction(reductions, formSpans, NameForms.JoinWords(form.Key, lead, words.Length, buffer), i, lead);
            }

            for (var from = 1; from <= words.Length - 2; from++)
            {
                AddReduction(reductions, formSpans, NameForms.JoinWords(form.Key, from, words.Length, buffer), i, from);
            }
        }

        foreach (var (shorter, longer) in reductions)
        {
            var closest = int.MaxValue;
            foreach (var candidate in longer)
            {
                closest = Math.Min(closest, candidate.Extra);
            }

            // The closest longer names must all be one group.
            var root = -1;
            foreach (var candidate in longer)
            {
                if (candidate.Extra != closest)
                {
                    continue;
                }

                var candidateRoot = Root(candidate.Form);
                if (root >= 0 && candidateRoot != root)
                {
                    root = -1;
                    break;
                }

                root = candidateRoot;
            }

            if (root >= 0)
            {
                Union(shorter, root);
            }
        }
    }

    private void JoinSpellingVariants()
    {
        var bySpelling = scratch.BySpelling;
        // Near spellings are looked for within buckets (first letter, word count, type family), taken in the order first
        // seen: each bucket numbered, its members sorted after it rather than kept in a list each, as most hold one name.
        // A bucket's key and a member (bucket, form) are each one number, hashed and sorted as such.
        var bucketOf = scratch.BucketOf;
        var members = scratch.Members;
        for (var i = 0; i < forms.Count; i++)
        {
            var form = forms[i];
            if (form.Country is not null || form.IsAcronym || form.Key.Length < 4)
            {
                continue;
            }

            // One spelling key is one name whatever the tagger called it here and there ("Donbas", "Donbass"), as one key is.
            if (bySpelling.TryGetValue(form.Spelling, out var same))
            {
                Union(i, same);
            }
            else
            {
                bySpelling[form.Spelling] = i;
            }

            var family = Family(form.Type);

            if (form.Spelling.Length >= 7 && !IsGazetteerName(form))
            {
                var key = ((long)form.Spelling[0] << 32) | (uint)(form.Words.Length * 8 + family);
                ref var bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(bucketOf, key, out var seen);
                if (!seen)
                {
                    bucket = bucketOf.Count - 1;
                }

                members.Add(((long)bucket << 32) | (uint)i);
            }
        }

        members.Sort();
        for (var start = 0; start < members.Count;)
        {
            var end = start + 1;
            while (end < members.Count && members[end] >> 32 == members[start] >> 32)
            {
                end++;
            }

            for (var x = start; x < end; x++)
            {
                for (var y = x + 1; y < end; y++)
                {
                    var (formX, formY) = ((int)(uint)members[x], (int)(uint)members[y]);
                    var (a, b) = (forms[formX], forms[formY]);
                    if (Math.Abs(a.Spelling.Length - b.Spelling.Length) <= 1 && NameForms.Distance(a.Spelling, b.Spelling, 1) <= 1)
                    {
                        Union(formX, formY);
                    }
                }
            }

            start = end;
        }
    }

    private void JoinPersons()
    {
        var persons = new List<int>();
        for (var i = 0; i < forms.Count; i++)
        {
            if (forms[i].Type == EntityType.Person && forms[i].Words.Length >= 2 && forms[i].Country is null)
            {
                persons.Add(i);
            }
        }

        // Without a full person name, no name joins one.
        if (persons.Count == 0)
        {
            return;
        }

        // Each person's surname and first-name spellings, made once rather than at every comparison.
        var surnameOf = new string[persons.Count];
        var firstNameOf = new string?[persons.Count];
        // Only names with one surname spelling can join: each is compared with the later ones of its spelling, in the
        // order of the list, instead of with every later name.
        var bySpelling = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var n = 0; n < persons.Count; n++)
        {
            surnameOf[n] = NameForms.SpellingKey(forms[persons[n]].Words[^1]);
            if (!bySpelling.TryGetValue(surnameOf[n], out var same))
            {
                // Most surnames and first names belong to one name: lists of one until a second comes, here and below.
                bySpelling[surnameOf[n]] = same = new(1);
            }

            same.Add(n);
        }

        // The persons of each surname spelling, for lone surnames below, before the lists are used up.
        var surnames = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (spelling, same) in bySpelling)
        {
            var members = new int[same.Count];
            for (var m = 0; m < members.Length; m++)
            {
                members[m] = persons[same[m]];
            }

            surnames[spelling] = members;
            same.Reverse();
        }

        for (var n = 0; n < persons.Count; n++)
        {
            var same = bySpelling[surnameOf[n]];
            same.RemoveAt(same.Count - 1);
            for (var k = same.Count - 1; k >= 0; k--)
            {
                if (FirstNamesAgree(n, same[k]))
                {
                    Union(persons[n], persons[same[k]]);
                }
            }
        }

        var firstNames = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var p in persons)
        {
            var first = forms[p].Words[0];
            if (first.Length > 1)
            {
                if (!firstNames.TryGetValue(first, out var list))
                {
                    firstNames[first] = list = new(1);
                }

                list.Add(p);
            }
        }

        for (var i = 0; i < forms.Count; i++)
        {
            // A lone surname the tagger took for a place ("analyst Zachary Fadem ... Fadem said") is the person, unless the
            // gazetteer knows it as a place.
            var form = forms[i];
            if (form.Words.Length != 1 || form.Country is not null || form.Type is EntityType.Organization
                || (form.Type is EntityType.Location && (IsGazetteerName(form) || gazetteer.FindDemonym(form.Key) is not null)))
            {
                continue;
            }

            if (surnames.TryGetValue(form.Spelling, out var bySurname))
            {
                JoinIfOneGroup(i, bySurname);
            }
            else if (form.Type == EntityType.Person && firstNames.TryGetValue(form.Key, out var byFirst))
            {
                JoinIfOneGroup(i, CollectionsMarshal.AsSpan(byFirst));
            }
        }

        bool FirstNamesAgree(int x, int y)
        {
            var (a, b) = (forms[persons[x]].Words[0], forms[persons[y]].Words[0]);
            return a == b || FirstNameSpelling(x) == FirstNameSpelling(y)
                || (a.Length == 1 && b.Length > 1 && b[0] == a[0]) || (b.Length == 1 && a.Length > 1 && a[0] == b[0])
                || ParticleSurnameOf(forms[persons[x]].Words, forms[persons[y]].Words) || ParticleSurnameOf(forms[persons[y]].Words, forms[persons[x]].Words);
        }

        // "De Angelis" is the surname of "Silvio De Angelis", not a first name "De".
        static bool ParticleSurnameOf(string[] surname, string[] name) =>
            surname.Length == 2 && NameForms.IsSurnameParticle(surname[0]) && name.Length > 2 && name[^2] == surname[0];

        string FirstNameSpelling(int n) => firstNameOf[n] ??= NameForms.SpellingKey(forms[persons[n]].Words[0]);
    }

    // A lone name joins the persons it can belong to when they are all one.
    private void JoinIfOneGroup(int form, ReadOnlySpan<int> candidates)
    {
        var root = Root(candidates[0]);
        foreach (var candidate in candidates[1..])
        {
            if (Root(candidate) != root)
            {
                return;
            }
        }

        Union(form, root);
    }

    private int LeadingCountryWords(Form form)
    {
        var sameWords = NameForms.WordCount(form.MainSurface) == form.Words.Length;
        // The leading words are joined in buffers: a name's are asked of the gazetteer up to three times.
        var keyBuffer = form.Key.Length <= StackLimit ? stackalloc char[StackLimit] : new char[form.Key.Length];
        var surfaceBuffer = form.MainSurface.Length <= StackLimit ? stackalloc char[StackLimit] : new char[form.MainSurface.Length];
        for (var k = Math.Min(3, form.Words.Length - 1); k >= 1; k--)
        {
            var key = NameForms.JoinWords(form.Key, 0, k, keyBuffer);
            var surface = sameWords ? NameForms.JoinWords(form.MainSurface, 0, k, surfaceBuffer) : key;
            if (gazetteer.FindCountry(surface, key) is not null || gazetteer.FindDemonym(key) is not null)
            {
                return k;
            }
        }

        return 0;
    }

    private bool IsGazetteerName(Form form) =>
        gazetteer.FindCapital(form.Key) is not null || gazetteer.FindSeat(form.Key) is not null;

    private int? Unique(Func<int, bool> predicate)
    {
        int? found = null;
        for (var j = 0; j < forms.Count; j++)
        {
            if (!predicate(j))
            {
                continue;
            }

            if (found is { } f && Root(f) != Root(j))
            {
                return null;
            }

            found ??= j;
        }

        return found;
    }

    // Most reduced names are no form of the story, or one that cannot join (a country, a person's full name): those are
    // dropped before any list is made. Most of the rest come once, so a list starts with room for one.
    private void AddReduction(
        Dictionary<int, List<(int Form, int Extra)>> reductions,
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> formSpans,
        ReadOnlySpan<char> key,
        int form,
        int extra)
    {
        if (!formSpans.TryGetValue(key, out var shorter) || forms[shorter].Country is not null
            || (forms[shorter].Type == EntityType.Person && forms[shorter].Words.Length > 1))
        {
            return;
        }

        if (!reductions.TryGetValue(shorter, out var list))
        {
            reductions.Add(shorter, list = new(1));
        }

        list.Add((form, extra));
    }

    // Persons and unknowns may be one (the tagger often calls a lone surname "other"); so may organisations and unknowns.
    private static int Family(EntityType type) => type switch
    {
        EntityType.Location => 2,
        EntityType.Organization => 1,
        _ => 0,
    };

    /// <summary>
    /// The collections the joins gather a story's forms in, which the stories grouped on one thread take in turn,
    /// emptied, rather than each making its own.
    /// </summary>
    private sealed class Scratch : ThreadScratch<Scratch>
    {
        public Dictionary<int, List<(int Form, int Extra)>> Reductions { get; } = [];

        public Dictionary<string, int> BySpelling { get; } = new(StringComparer.Ordinal);

        public Dictionary<long, int> BucketOf { get; } = [];

        public List<long> Members { get; } = [];

        protected override void Empty()
        {
            Reductions.Clear();
            BySpelling.Clear();
            BucketOf.Clear();
            Members.Clear();
        }
    }

    /// <summary>One distinct name form of the story, with how often each type and spelling was seen.</summary>
    internal sealed class Form(string key, string[] words, Gazetteer.Country? country, int order)
    {
        // Indexed by type; the types are the tagger's four classes, numbered from zero, counted inside the form rather
        // than in an array of its own.
        private const int TypeSlots = 4;

        private TypeCounts typeCounts;

        // Most forms are written one way: a list grown by hand instead of a dictionary per form, kept in first-seen order.
        private (string Surface, int Count)[] surfaces = new (string, int)[1];
        private int surfaceCount;

        // Read at every comparison while grouping, and only once all mentions are counted.
        private EntityType? type;
        private string? mainSurface;

        public string Key { get; } = key;

        public string[] Words { get; } = words;

        public Gazetteer.Country? Country { get; } = country;

        public int Order { get; } = order;

        public int Count { get; private set; }

        /// <summary>The surfaces in the order first seen, with how often each was written.</summary>
        public ReadOnlySpan<(string Surface, int Count)> Surfaces => surfaces.AsSpan(0, surfaceCount);

        public string Spelling => field ??= NameForms.SpellingKey(Key);

        /// <summary>The type most mentions were tagged with; on a tie, the first in the enumeration.</summary>
        public EntityType Type => type ??= MostCountedType();

        /// <summary>The surface most often written; on a tie, the first in ordinal order.</summary>
        public string MainSurface => mainSurface ??= MostCountedSurface();

        public bool IsAcronym => NameForms.IsAcronym(MainSurface);

        public void Add(EntityType mentionType, string surface)
        {
            Count++;
            typeCounts[(int)mentionType]++;
            (type, mainSurface) = (null, null);
            for (var i = 0; i < surfaceCount; i++)
            {
                if (string.Equals(surfaces[i].Surface, surface, StringComparison.Ordinal))
                {
                    surfaces[i].Count++;
                    return;
                }
            }

            if (surfaceCount == surfaces.Length)
            {
                Array.Resize(ref surfaces, surfaceCount * 2);
            }

            surfaces[surfaceCount++] = (surface, 1);
        }

        [InlineArray(TypeSlots)]
        private struct TypeCounts
        {
            private int count;
        }

        private EntityType MostCountedType()
        {
            var best = -1;
            for (var t = 0; t < TypeSlots; t++)
            {
                if (typeCounts[t] > 0 && (best < 0 || typeCounts[t] > typeCounts[best]))
                {
                    best = t;
                }
            }

            return best >= 0 ? (EntityType)best : throw new InvalidOperationException("A form has at least one mention.");
        }

        private string MostCountedSurface()
        {
            if (surfaceCount == 0)
            {
                throw new InvalidOperationException("A form has at least one mention.");
            }

            var best = surfaces[0];
            for (var i = 1; i < surfaceCount; i++)
            {
                var pair = surfaces[i];
                if (pair.Count > best.Count || (pair.Count == best.Count && string.CompareOrdinal(pair.Surface, best.Surface) < 0))
                {
                    best = pair;
                }
            }

            return best.Surface;
        }
    }
}
