using System.Collections.Frozen;

namespace Crosscheck.Core.Claims;

/// <summary>Closed English word classes the claims stage reads sentences with.</summary>
internal static class Lexicon
{
    /// <summary>Auxiliaries, modals and common irregular verb forms: a sentence with none of them and no "-ed" form has no verb.</summary>
    public static readonly FrozenSet<string> VerbForms = new[]
    {
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "shall", "should", "may", "might", "must", "cannot", "won't", "can't", "isn't", "wasn't", "aren't",
        "weren't", "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "said", "says", "say", "told", "tells",
        "made", "makes", "took", "takes", "gave", "gives", "found", "sent", "began", "begins", "came", "comes", "went", "goes",
        "held", "holds", "led", "leads", "paid", "pays", "saw", "sees", "built", "fought", "won", "wins", "lost", "left", "met",
        "meets", "brought", "bought", "thought", "kept", "keeps", "put", "set", "ran", "runs", "hit", "became", "becomes",
        "chose", "drew", "rose", "fell", "spent", "struck", "wrote", "writes", "sold", "shot", "stood", "knew", "knows",
        "known", "seen", "taken", "given", "shown", "shows", "grew", "grown", "flew", "fled", "hid", "cut", "let", "meant",
        "means", "sought", "seeks", "spoke", "stole", "threw", "got", "gets", "felt", "heard", "broke", "dealt", "drove",
        "forgot", "hung", "laid", "lay", "lit", "quit", "rang", "rode", "sank", "shook", "shut", "spread", "stuck", "swept",
        "taught", "tore", "woke", "withdrew", "upheld", "oversaw", "beat", "bore", "bent", "bled", "burst", "cast", "dug",
        "fed", "forgave", "mistook", "overcame", "overthrew", "shed", "slept", "split", "wants", "needs", "plans", "remains",
        "continues", "expects", "believes", "estimates", "accuses", "denies", "claims", "insists", "warns", "according",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words ending in "ed" that are not verb forms.</summary>
    public static readonly FrozenSet<string> NotVerbsInEd = new[]
    {
        "need", "needed", "speed", "seed", "bed", "red", "hundred", "indeed", "shed", "creed", "greed", "breed", "feed", "weed",
        "steed", "sled", "naked", "wicked", "sacred", "kindred", "wed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that introduce reported speech or information: their subject or object is the source.</summary>
    public static readonly FrozenSet<string> AttributionVerbs = new[]
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "announced", "announces", "confirmed",
        "confirms", "claimed", "claims", "wrote", "writes", "noted", "notes", "continued", "explained", "explains", "insisted",
        "insists", "argued", "argues", "warned", "warns", "reported", "reports", "denied", "denies", "admitted", "admits",
        "acknowledged", "asserted", "alleged", "alleges", "estimated", "estimates", "accused", "accuses", "revealed", "tweeted",
        "posted",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that negate or deny what follows. Not "without": it names an absence that a report may as well word as
    /// "missing" or "lacking" ("born without arms", "born missing arms").
    /// </summary>
    public static readonly FrozenSet<string> NegationCues = new[]
    {
        "not", "no", "never", "none", "nothing", "neither", "nor", "cannot", "deny", "denies", "denied", "denying",
        "rejected", "rejects", "refuted", "refutes", "dismissed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that mark the verb of a denial: a sentence with one names who denies.</summary>
    public static readonly FrozenSet<string> DenialVerbs = new[]
    {
        "deny", "denies", "denied", "denying", "rejected", "rejects", "refuted", "refutes", "dismissed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a figure that make it an approximation.</summary>
    public static readonly FrozenSet<string> Approximators = new[]
    {
        "about", "around", "roughly", "nearly", "almost", "some", "approximately", "over", "more", "less", "fewer", "up",
        "least", "estimated", "circa", "than", "under", "close", "upwards", "just",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Pronouns = new[]
    {
        "he", "she", "they", "it", "we", "i",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Honorifics = new[]
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "mx",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words after an attribution verb that start a phrase no source's name heads ("says the new study published by ...
    // in New York", "said on NBC's ...", "said Monday that Russia ..."): the name is looked for before them only.
    public static readonly FrozenSet<string> SourceStops = new[]
    {
        "the", "a", "an", "that", "in", "on", "at", "of", "by", "for", "to", "with", "from", "who", "which", "about", "after",
        "before", "during", "when", "while", "as", "if", "his", "her", "their", "its",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, double> NumberWords = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, double> Multipliers = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["millions"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["bn"] = 1e9, ["mn"] = 1e6, ["m"] = 1e6, ["k"] = 1e3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> CurrencySymbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "$", ["€"] = "€", ["£"] = "£", ["¥"] = "¥", ["₹"] = "₹", ["₽"] = "₽", ["dollars"] = "$", ["dollar"] = "$",
        ["euros"] = "€", ["euro"] = "€", ["pounds"] = "£", ["yen"] = "¥", ["rupees"] = "₹", ["roubles"] = "₽", ["rubles"] = "₽",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Weekdays = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["monday"] = 1, ["tuesday"] = 2, ["wednesday"] = 3, ["thursday"] = 4, ["friday"] = 5, ["saturday"] = 6, ["sunday"] = 7,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9,
        ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Calendar units of relative dates ("last month", "next week").</summary>
    public static readonly FrozenSet<string> CalendarUnits = new[]
    {
        "week", "month", "year", "weekend", "night", "decade", "spring", "summer", "autumn", "fall", "winter",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> RelativeDays = new[]
    {
        "yesterday", "tomorrow", "tonight",
    }.ToFrozenSet(StringComparer.Ordinal);
}
