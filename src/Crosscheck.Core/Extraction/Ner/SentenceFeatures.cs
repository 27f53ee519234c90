namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// The hashed feature rows of one sentence's tokens, kept in the document's <see cref="FeatureRows"/>: token i owns
/// the rows from Offsets[i] to Offsets[i + 1]. No array a token keeps tagging from allocating per word.
/// </summary>
internal sealed class SentenceFeatures(FeatureRows rows, int[] offsets)
{
    public int Count => offsets.Length - 1;

    public FeatureRows Rows => rows;

    public ReadOnlySpan<int> Of(int token) => rows.Slice(offsets[token], offsets[token + 1] - offsets[token]);
}
