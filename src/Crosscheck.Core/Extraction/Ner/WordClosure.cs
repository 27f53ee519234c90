namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// Whether tagging may fix a word's label to O without scoring it (see <see cref="NerFeatureExtractor.IsClosed"/>).
/// </summary>
internal enum WordClosure
{
    /// <summary>A capital or a digit, or training only ever saw it inside names: always scored.</summary>
    Open,

    /// <summary>No capital or digit, and training saw it, never inside a name: always O.</summary>
    Closed,

    /// <summary>No capital or digit, seen both inside and outside names in training ("the", "of", ","), or never seen: O unless a neighbour has a capital or a digit.</summary>
    ClosedAwayFromNames,
}
