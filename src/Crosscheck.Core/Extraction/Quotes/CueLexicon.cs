using System.Collections.Frozen;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// Words that introduce reported speech or thought, learned from annotated news by <see cref="CueLearner"/>.
/// <see cref="Default"/> is the embedded cues.tsv, regenerated with `crosscheck train cues`: each word was an annotated
/// cue at least three times and in at least a fifth of its occurrences, the floor that gave the best all-attribution F1
/// on the training split, and the extractor's attributions through it were right often enough for it to add to that F1
/// (see <see cref="CueLearner.Prune"/>). A cue is only one signal: the extractor also needs a subject noun phrase before
/// it (or after it, in "said Kirby") and a complement, so "said" in "so-called" or a verb inside a quote never makes an
/// attribution on its own.
/// </summary>
public sealed class CueLexicon
{
    private const string Resource = "Crosscheck.Core.Extraction.Quotes.cues.tsv";

    /// <summary>Verbs whose first complement is the addressee ("told reporters that ...", "warned Congress ...").</summary>
    internal static readonly FrozenSet<string> TakesAddressee = new[]
    {
        "told", "tells", "tell", "telling", "assured", "assures", "informed", "informs", "reminded", "reminds", "warned",
        "warns", "urged", "urges", "asked", "asks", "accused", "accuses", "promised", "promises",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, double> forms;

    // Most tokens are no cue: the set rules most of them out without hashing them.
    private readonly WordSet cues;

    public CueLexicon(IEnumerable<LearnedCue> learned)
    {
        ArgumentNullException.ThrowIfNull(learned);
        forms = learned.ToFrozenDictionary(cue => cue.Form, cue => cue.Precision, StringComparer.OrdinalIgnoreCase);
        cues = new WordSet(forms.Keys, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The cues learned from PolNeAR's training split, embedded in the assembly.</summary>
    public static CueLexicon Default { get; } = Load();

    public bool IsCue(string word) => cues.Contains(word);

    /// <summary>The share of the word's occurrences in the training news that were annotated cues; 0 for a non-cue.</summary>
    public double Precision(string word) => forms.GetValueOrDefault(word);

    private static CueLexicon Load()
    {
        using var stream = typeof(CueLexicon).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded cue list {Resource} is missing.");
        using var reader = new StreamReader(stream);
        return new CueLexicon(CueLearner.Parse(reader.ReadToEnd()));
    }
}
