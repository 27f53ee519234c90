using System.Collections.Frozen;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// Verbs and phrases that introduce reported speech or thought. A cue is only one signal: the extractor also needs a
/// subject noun phrase before it (or after it, in "said Kirby") and a complement, so "said" in "so-called" or a verb
/// inside a quote never makes an attribution on its own.
/// </summary>
internal static class CueLexicon
{
    private static readonly string[] Lemmas =
    [
        "say", "tell", "add", "note", "write", "announce", "warn", "claim", "accuse", "argue", "state", "explain",
        "insist", "assert", "acknowledge", "admit", "declare", "suggest", "reply", "respond", "continue", "stress",
        "emphasize", "emphasise", "report", "predict", "recall", "confirm", "deny", "believe", "think", "estimate",
        "contend", "maintain", "observe", "concede", "complain", "promise", "pledge", "vow", "urge", "allege", "charge",
        "testify", "tweet", "caution", "indicate", "reveal", "disclose", "boast", "joke", "quip",
        "acknowledge", "agree", "answer", "counter", "retort", "shout", "yell", "scream", "whisper", "mention", "remark",
        "comment", "predict", "forecast", "assure", "inform", "remind", "signal", "hint", "concede", "lament", "muse",
        "speculate", "surmise", "recount", "describe", "add", "reiterate", "repeat", "conclude", "find", "show", "feel",
        "fear", "hope", "expect", "worry", "doubt", "know", "demand", "ask", "question", "wonder", "call", "criticize",
        "criticise", "praise", "defend", "endorse", "propose", "cite", "decline", "blame", "attack", "slam", "blast",
    ];

    // Irregular and spelling-changed forms that the regular rules below would get wrong.
    private static readonly string[] Irregular =
    [
        "said", "says", "saying", "told", "tells", "telling", "wrote", "writes", "writing", "written", "thought", "thinks",
        "found", "finds", "shown", "showed", "shows", "felt", "feels", "knew", "knows", "known", "denied", "denies",
        "replied", "replies", "testified", "testifies", "worried", "worries", "according to", "pointed out", "points out",
        "pointing out", "admitted", "admitting", "quipped", "quipping", "vowed", "stated", "posted",
    ];

    private static readonly FrozenSet<string> Forms = BuildForms();

    /// <summary>Verbs whose first complement is the addressee ("told reporters that ...", "warned Congress ...").</summary>
    public static readonly FrozenSet<string> TakesAddressee = new[]
    {
        "told", "tells", "tell", "telling", "assured", "assures", "informed", "informs", "reminded", "reminds", "warned",
        "warns", "urged", "urges", "asked", "asks", "accused", "accuses", "promised", "promises",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsCue(string word) => Forms.Contains(word);

    private static FrozenSet<string> BuildForms()
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var lemma in Lemmas)
        {
            if (lemma.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            forms.Add(lemma);
            var stem = lemma.EndsWith('e') ? lemma[..^1] : lemma;
            forms.Add(lemma.EndsWith('e') ? lemma + "d" : lemma + "ed");
            forms.Add(stem + "ing");
            forms.Add(lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal)
                ? lemma + "es"
                : lemma + "s");
        }

        foreach (var form in Irregular)
        {
            forms.Add(form);
        }

        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
