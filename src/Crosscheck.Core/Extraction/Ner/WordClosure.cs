namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// Whether tagging may fix a word's label to O without scoring it (see <see cref="NerFeatureExtractor.IsClosed"/>).
/// </summary>
internal enum WordClosure
{
    /// <summary>Training only ever saw it inside names, or it has a capital or a digit and is not common outside names: always scored.</summary>
    Open,

    /// <summary>No capital or digit, and training saw it, never inside a name: always O.</summary>
    Closed,

    /// <summary>
    /// No capital or digit, seen both inside and outside names in training ("the", "of", ",") or never seen; or a capital
    /// or digit, seen often and never inside a name ("He", "1995"): O unless a neighbour has a capital or a digit.
    /// </summary>
    ClosedAwayFromNames,
}
