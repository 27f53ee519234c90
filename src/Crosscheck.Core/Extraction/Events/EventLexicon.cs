using System.Collections.Frozen;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Events;

/// <summary>
/// Trigger words of events: verbs of transfer, coercion, violence, diplomacy and control in every inflected form (generated
/// by the regular English rules, with the irregular forms listed), the nouns that name the same actions ("delivery",
/// "sale") and the verbs of saying. Lookups are case-insensitive.
/// </summary>
internal static class EventLexicon
{
    private static readonly string[] EventLemmas =
    [
        "deliver", "supply", "send", "sell", "buy", "ship", "provide", "transfer", "export", "give", "pay", "fund", "finance",
        "designate", "sanction", "ban", "impose", "lift", "accuse", "deny", "reject", "condemn", "criticize", "criticise",
        "urge", "warn", "threaten", "attack", "strike", "bomb", "shell", "kill", "wound", "injure", "arrest", "detain",
        "capture", "seize", "annex", "invade", "occupy", "recapture", "liberate", "withdraw", "launch", "fire", "test", "build",
        "develop", "sign", "approve", "veto", "meet", "visit", "host", "elect", "appoint", "nominate", "dismiss", "replace",
        "sue", "charge", "indict", "convict", "sentence", "investigate", "raid", "block", "recruit", "deploy", "support",
        "back", "oppose", "help", "join", "acquire", "violate", "recognize", "recognise", "expel", "suspend", "halt", "cease",
        "negotiate", "order", "target", "defeat", "win", "lose", "hit", "shoot", "execute", "release", "hire", "own", "lead",
        "fight", "receive", "bar", "equip", "rob", "kidnap", "restrict", "punish", "pardon", "free",
    ];

    private static readonly string[] SpeechLemmas =
    [
        "say", "tell", "state", "insist", "maintain", "claim", "declare", "announce", "proclaim", "add", "note", "assert",
        "stress", "confirm", "report", "allege", "argue", "acknowledge", "admit", "reiterate", "deny",
    ];

    // Irregular forms: lemma, past, past participle.
    private static readonly (string Lemma, string Past, string Participle)[] Irregular =
    [
        ("send", "sent", "sent"), ("sell", "sold", "sold"), ("buy", "bought", "bought"), ("give", "gave", "given"),
        ("pay", "paid", "paid"), ("strike", "struck", "struck"), ("shoot", "shot", "shot"), ("win", "won", "won"),
        ("lose", "lost", "lost"), ("meet", "met", "met"), ("build", "built", "built"), ("withdraw", "withdrew", "withdrawn"),
        ("lead", "led", "led"), ("hit", "hit", "hit"), ("fight", "fought", "fought"), ("say", "said", "said"),
        ("tell", "told", "told"), ("take", "took", "taken"),
    ];

    // Verbs whose final consonant doubles before -ed and -ing.
    private static readonly FrozenSet<string> Doubling = new[]
    {
        "ship", "ban", "bar", "rob", "equip", "kidnap", "transfer", "admit", "regret", "submit", "permit", "commit",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, VerbForm> Forms = BuildForms(EventLemmas);

    private static readonly FrozenDictionary<string, VerbForm> SpeechForms = BuildForms(SpeechLemmas);

    private static readonly FrozenDictionary<string, string> Nouns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["delivery"] = "deliver", ["deliveries"] = "deliver", ["shipment"] = "ship", ["shipments"] = "ship",
        ["sale"] = "sell", ["sales"] = "sell", ["transfer"] = "transfer", ["transfers"] = "transfer",
        ["attack"] = "attack", ["attacks"] = "attack", ["invasion"] = "invade", ["annexation"] = "annex",
        ["purchase"] = "buy", ["purchases"] = "buy", ["designation"] = "designate", ["strike"] = "strike",
        ["strikes"] = "strike", ["withdrawal"] = "withdraw",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Every event verb, verb of saying and event noun, with what each word is: a word that is one is looked up once for
    // all three.
    private static readonly FrozenDictionary<string, Trigger> Entries = Forms.Keys.Concat(SpeechForms.Keys).Concat(Nouns.Keys)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(
            word => word,
            word => new Trigger(Forms.GetValueOrDefault(word), SpeechForms.GetValueOrDefault(word), Nouns.GetValueOrDefault(word)),
            StringComparer.OrdinalIgnoreCase);

    // Most words are no trigger: the set rules most of them out without hashing them.
    private static readonly WordSet Triggers = new(Entries.Keys, StringComparer.OrdinalIgnoreCase);

    // Verbs that carry an event noun without adding meaning ("completed an initial arms delivery").
    private static readonly WordSet LightVerbs = new(new[]
    {
        "complete", "completed", "completes", "completing", "make", "made", "makes", "making", "carry", "carried", "carries",
        "carrying", "conduct", "conducted", "conducts", "conducting", "launch", "launched", "launches", "launching", "stage",
        "staged", "stages", "staging", "finish", "finished", "finishes", "execute", "executed", "executes",
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>What a word is as a trigger: an event verb's form, a verb of saying's, an event noun's lemma; null for no trigger.</summary>
    public static Trigger? Find(string word) => Triggers.MayContain(word) && Entries.TryGetValue(word, out var trigger) ? trigger : null;

    /// <summary>The event verb a word is an inflection of ("delivered" -> deliver, past and participle).</summary>
    public static VerbForm? Verb(string word) => Find(word)?.Verb;

    /// <summary>The verb of saying a word is an inflection of ("said" -> say).</summary>
    public static VerbForm? Speech(string word) => Find(word)?.Speech;

    /// <summary>A finite or participle form (not the bare base) of an event or speech verb: "said", "delivers", "supplying".</summary>
    public static bool IsInflectedVerb(string word) =>
        (Verb(word) ?? Speech(word)) is { } form && (form.IsPast || form.IsThirdPerson || form.IsGerund);

    public static string? Noun(string word) => Find(word)?.Noun;

    /// <summary>Whether a word is an event verb, a verb of saying or an event noun in any form.</summary>
    public static bool IsTrigger(string word) => Find(word) is not null;

    public static bool IsLightVerb(string word) => LightVerbs.Contains(word);

    private static FrozenDictionary<string, VerbForm> BuildForms(IEnumerable<string> lemmas)
    {
        var forms = new Dictionary<string, VerbForm>(StringComparer.OrdinalIgnoreCase);
        var irregular = Irregular.ToDictionary(entry => entry.Lemma, StringComparer.Ordinal);
        foreach (var lemma in lemmas)
        {
            var doubled = Doubling.Contains(lemma) ? lemma + lemma[^1] : lemma;
            var (past, participle) = irregular.TryGetValue(lemma, out var entry) ? (entry.Past, entry.Participle) : (PastOf(lemma, doubled), PastOf(lemma, doubled));
            Add(forms, lemma, new VerbForm(lemma, false, false, false, false));
            Add(forms, ThirdPerson(lemma), new VerbForm(lemma, false, false, true, false));
            Add(forms, past, new VerbForm(lemma, true, past == participle, false, false));
            Add(forms, participle, new VerbForm(lemma, past == participle, true, false, false));
            Add(forms, Gerund(lemma, doubled), new VerbForm(lemma, false, false, false, true));
        }

        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void Add(Dictionary<string, VerbForm> forms, string word, VerbForm form)
    {
        if (forms.TryGetValue(word, out var existing) && existing.Lemma == form.Lemma)
        {
            forms[word] = existing with
            {
                IsPast = existing.IsPast || form.IsPast,
                IsParticiple = existing.IsParticiple || form.IsParticiple,
                IsThirdPerson = existing.IsThirdPerson || form.IsThirdPerson,
                IsGerund = existing.IsGerund || form.IsGerund,
            };
            return;
        }

        forms.TryAdd(word, form);
    }

    private static string ThirdPerson(string lemma) =>
        lemma.EndsWith('y') && !IsVowel(lemma[^2]) ? lemma[..^1] + "ies"
        : lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith('o')
            || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) ? lemma + "es"
        : lemma + "s";

    private static string PastOf(string lemma, string doubled) =>
        lemma.EndsWith('e') ? lemma + "d"
        : lemma.EndsWith('y') && !IsVowel(lemma[^2]) ? lemma[..^1] + "ied"
        : doubled + "ed";

    private static string Gerund(string lemma, string doubled) =>
        lemma.EndsWith("ee", StringComparison.Ordinal) || lemma.EndsWith("ye", StringComparison.Ordinal) ? lemma + "ing"
        : lemma.EndsWith("ie", StringComparison.Ordinal) ? lemma[..^2] + "ying"
        : lemma.EndsWith('e') ? lemma[..^1] + "ing"
        : doubled + "ing";

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>A word's verb: its lemma and which forms the spelling can be (a past form may also be the participle).</summary>
    internal sealed record VerbForm(string Lemma, bool IsPast, bool IsParticiple, bool IsThirdPerson, bool IsGerund);

    /// <summary>A trigger word as an event verb, a verb of saying and an event noun (its lemma), where it is each.</summary>
    internal sealed record Trigger(VerbForm? Verb, VerbForm? Speech, string? Noun);
}
