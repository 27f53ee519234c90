using System.Collections.Frozen;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// Words that introduce reported speech or thought, learned from annotated news by <see cref="CueLearner"/> (the
/// embedded cues.tsv, regenerated with `crosscheck train cues`): each was an annotated cue at least three times and in
/// at least a fifth of its occurrences, the floor that gave the best all-attribution F1 on the training split. A cue is
/// only one signal: the extractor also needs a subject noun phrase before it (or after it, in "said Kirby") and a
/// complement, so "said" in "so-called" or a verb inside a quote never makes an attribution on its own.
/// </summary>
internal static class CueLexicon
{
    private const string Resource = "Crosscheck.Core.Extraction.Quotes.cues.tsv";

    private static readonly FrozenDictionary<string, double> Forms = Load();

    // Most tokens are no cue: the set rules most of them out without hashing them.
    private static readonly WordSet Cues = new(Forms.Keys, StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs whose first complement is the addressee ("told reporters that ...", "warned Congress ...").</summary>
    public static readonly FrozenSet<string> TakesAddressee = new[]
    {
        "told", "tells", "tell", "telling", "assured", "assures", "informed", "informs", "reminded", "reminds", "warned",
        "warns", "urged", "urges", "asked", "asks", "accused", "accuses", "promised", "promises",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsCue(string word) => Cues.Contains(word);

    /// <summary>The share of the word's occurrences in the training news that were annotated cues; 0 for a non-cue.</summary>
    public static double Precision(string word) => Forms.GetValueOrDefault(word);

    private static FrozenDictionary<string, double> Load()
    {
        using var stream = typeof(CueLexicon).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded cue list {Resource} is missing.");
        using var reader = new StreamReader(stream);
        return CueLearner.Parse(reader.ReadToEnd()).ToFrozenDictionary(cue => cue.Form, cue => cue.Precision, StringComparer.OrdinalIgnoreCase);
    }
}
