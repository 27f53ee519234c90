using System.Collections.Frozen;
using System.Reflection;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Entities;

/// <summary>
/// Countries with their names, codes, capitals and demonyms (reduced from mledoze/countries, ODbL; see Data/README.md),
/// and seats of government that stand for a state, looked up by <see cref="NameForms.Key"/>.
/// </summary>
internal sealed class Gazetteer
{
    private const string CountriesResource = "Crosscheck.Core.Extraction.Entities.countries.tsv";
    private const string SeatsResource = "Crosscheck.Core.Extraction.Entities.seats-of-government.tsv";

    private static readonly Lazy<Gazetteer> Embedded = new(Load);

    // Looked up by span: a name's leading words and a plural without its "s" are asked of many names, and no string is cut for them.
    private readonly FrozenDictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> nameSpans;
    private readonly FrozenDictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> codeSpans;
    private readonly FrozenDictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> demonymSpans;
    private readonly FrozenDictionary<string, Country> capitals;
    private readonly FrozenDictionary<string, Country> seats;

    // Each table's keys as a word set, asked before the table: most names a story mentions are in none of them, and are
    // ruled out without being hashed.
    private readonly WordSet nameKeys;
    private readonly WordSet codeKeys;
    private readonly WordSet demonymKeys;
    private readonly WordSet capitalKeys;
    private readonly WordSet seatKeys;

    private Gazetteer(
        Dictionary<string, Country> names,
        Dictionary<string, Country> codes,
        Dictionary<string, Country> demonyms,
        Dictionary<string, Country> capitals,
        Dictionary<string, Country> seats,
        Dictionary<int, List<(string[] Words, Country Country)>> wordLists)
    {
        nameSpans = names.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        codeSpans = codes.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        demonymSpans = demonyms.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.capitals = capitals.ToFrozenDictionary(StringComparer.Ordinal);
        this.seats = seats.ToFrozenDictionary(StringComparer.Ordinal);
        nameKeys = new WordSet(names.Keys, StringComparer.Ordinal);
        codeKeys = new WordSet(codes.Keys, StringComparer.Ordinal);
        demonymKeys = new WordSet(demonyms.Keys, StringComparer.Ordinal);
        capitalKeys = new WordSet(capitals.Keys, StringComparer.Ordinal);
        seatKeys = new WordSet(seats.Keys, StringComparer.Ordinal);
        WordLists = wordLists.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray());
    }

    public static Gazetteer Default => Embedded.Value;

    /// <summary>Country names by word count, for matching abbreviated forms ("S. Africa").</summary>
    public FrozenDictionary<int, (string[] Words, Country Country)[]> WordLists { get; }

    /// <summary>The country a name, official name, alternative spelling or code (written in capitals) stands for.</summary>
    public Country? FindCountry(ReadOnlySpan<char> surface, ReadOnlySpan<char> key)
    {
        if (nameKeys.MayContain(key) && nameSpans.TryGetValue(key, out var country))
        {
            return country;
        }

        // Two- and three-letter codes count only in capitals ("US", "U.K."), never as the words "us" or "it".
        if (NameForms.IsAcronym(surface) && codeKeys.MayContain(key) && codeSpans.TryGetValue(key, out country))
        {
            return country;
        }

        if (!HasOneLetterWord(key))
        {
            return null;
        }

        var words = NameForms.Words(key.ToString());
        if (WordLists.TryGetValue(words.Length, out var candidates))
        {
            Country? found = null;
            foreach (var (candidateWords, candidate) in candidates)
            {
                if (NameForms.InitialsCompatible(words, candidateWords))
                {
                    if (found is not null && found != candidate)
                    {
                        return null;
                    }

                    found = candidate;
                }
            }

            return found;
        }

        return null;
    }

    private static bool HasOneLetterWord(ReadOnlySpan<char> key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != ' ' && (i == 0 || key[i - 1] == ' ') && (i + 1 == key.Length || key[i + 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The country of a demonym, singular or plural ("Russian", "South Africans"); null when it names several.</summary>
    public Country? FindDemonym(ReadOnlySpan<char> key) =>
        demonymKeys.MayContain(key) && demonymSpans.TryGetValue(key, out var country) ? country
        : key.EndsWith('s') && demonymKeys.MayContain(key[..^1]) && demonymSpans.TryGetValue(key[..^1], out country) ? country
        : null;

    public Country? FindCapital(string key) => capitalKeys.MayContain(key) ? capitals.GetValueOrDefault(key) : null;

    public Country? FindSeat(string key) => seatKeys.MayContain(key) ? seats.GetValueOrDefault(key) : null;

    private static Gazetteer Load()
    {
        var names = new Dictionary<string, Country>(StringComparer.Ordinal);
        var codes = new Dictionary<string, Country>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, Country>(StringComparer.Ordinal);
        var ambiguousDemonyms = new HashSet<string>(StringComparer.Ordinal);
        var capitals = new Dictionary<string, Country>(StringComparer.Ordinal);
        var seats = new Dictionary<string, Country>(StringComparer.Ordinal);
        var wordLists = new Dictionary<int, List<(string[] Words, Country Country)>>();
        var byCode = new Dictionary<string, Country>(StringComparer.Ordinal);

        foreach (var fields in ReadRows(CountriesResource))
        {
            var country = new Country(fields[0], fields[2]);
            byCode[country.Code] = country;
            // A two-letter code is a name only where the country's own acronym begins with it ("US" of "USA"): the others
            // are words and US states' abbreviations in English news ("AI", "PM", "TV", "PA", "S.C.", "M.D.").
            var code = NameForms.Key(fields[1]);
            if (Split(fields[3]).Any(name => NameForms.IsAcronym(name) && name.Length > code.Length && NameForms.Key(name).StartsWith(code, StringComparison.Ordinal)))
            {
                codes.TryAdd(code, country);
            }

            foreach (var name in Split(fields[3]).Prepend(fields[2]))
            {
                var key = NameForms.Key(name);
                if (NameForms.IsAcronym(name))
                {
                    codes.TryAdd(key, country);
                    continue;
                }

                // The first entry wins: "Republic of China" is an alternative spelling of Taiwan but the official name of no one else.
                if (names.TryAdd(key, country))
                {
                    var words = NameForms.Words(key);
                    if (!wordLists.TryGetValue(words.Length, out var list))
                    {
                        wordLists[words.Length] = list = [];
                    }

                    list.Add((words, country));
                }
            }

            foreach (var capital in Split(fields[4]))
            {
                capitals.TryAdd(NameForms.Key(capital), country);
            }

            foreach (var demonym in Split(fields[5]))
            {
                var key = NameForms.Key(demonym);
                if (demonyms.TryGetValue(key, out var other) && other != country)
                {
                    ambiguousDemonyms.Add(key);
                }

                demonyms.TryAdd(key, country);
            }
        }

        foreach (var key in ambiguousDemonyms)
        {
            demonyms.Remove(key);
        }

        foreach (var fields in ReadRows(SeatsResource))
        {
            seats.TryAdd(NameForms.Key(fields[0]), byCode[fields[1]]);
        }

        return new Gazetteer(names, codes, demonyms, capitals, seats, wordLists);
    }

    private static string[] Split(string field) => field.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private static List<string[]> ReadRows(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                var fields = line.Split('\t');
                Array.Resize(ref fields, Math.Max(fields.Length, 6));
                rows.Add(Array.ConvertAll(fields, field => field ?? string.Empty));
            }
        }

        return rows;
    }

    /// <summary>A country: its ISO 3166-1 alpha-3 code and common English name.</summary>
    internal sealed record Country(string Code, string Name);
}
