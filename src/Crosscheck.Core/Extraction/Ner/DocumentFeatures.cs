namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// A document's tokens with the features every pass shares (see <see cref="NerFeatureExtractor.Extract(string[][])"/>)
/// and the per-document word statistics a later pass reads again.
/// </summary>
internal sealed class DocumentFeatures(
    string[][] sentences, NerFeatureExtractor.DocumentView view, SentenceFeatures[] local, FeatureRows rows)
{
    public string[][] Sentences { get; } = sentences;

    public NerFeatureExtractor.DocumentView View { get; } = view;

    public SentenceFeatures[] Local { get; } = local;

    /// <summary>Where <see cref="Local"/> keeps its rows.</summary>
    public FeatureRows Rows { get; } = rows;
}
