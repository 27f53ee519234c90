namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// A document's tokens with the features every pass shares (see <see cref="NerFeatureExtractor.Extract(string[][])"/>)
/// and the per-document word statistics a later pass reads again.
/// </summary>
internal sealed class DocumentFeatures(string[][] sentences, NerFeatureExtractor.DocumentView view, SentenceFeatures[] local)
{
    public string[][] Sentences { get; } = sentences;

    public NerFeatureExtractor.DocumentView View { get; } = view;

    public SentenceFeatures[] Local { get; } = local;
}
