namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// The hashed feature rows of one sentence's tokens, kept in the document's <see cref="FeatureRows"/>: the sentence's
/// token i is the document's token first + i. No array a token or a sentence keeps tagging from allocating per word.
/// </summary>
internal sealed class SentenceFeatures(FeatureRows rows, int first, int count)
{
    public int Count => count;

    public FeatureRows Rows => rows;

    public ReadOnlySpan<int> Of(int token) => rows.OfToken(first + token);
}
