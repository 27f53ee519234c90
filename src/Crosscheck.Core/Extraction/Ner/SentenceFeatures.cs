namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// The hashed feature rows of one sentence's tokens in one flat array: token i owns Rows[Offsets[i]..Offsets[i + 1]].
/// One array a sentence instead of one a token keeps tagging from allocating per word.
/// </summary>
internal sealed class SentenceFeatures(int[] rows, int[] offsets)
{
    public int Count => offsets.Length - 1;

    public ReadOnlySpan<int> Of(int token) => rows.AsSpan(offsets[token], offsets[token + 1] - offsets[token]);
}
