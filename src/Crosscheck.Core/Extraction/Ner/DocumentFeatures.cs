namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// A document's tokens with the features every pass shares (see <see cref="NerFeatureExtractor.Extract(string[][], JointWeightIndex?)"/>)
/// and the per-document word statistics a later pass reads again. Extracted for an index, a word's own rows, its
/// window rows and its context in the document come as summed scores (<see cref="AddWordScores"/>) rather than in
/// <see cref="Local"/>.
/// </summary>
internal sealed class DocumentFeatures(
    string[][] sentences,
    NerFeatureExtractor.DocumentView view,
    SentenceFeatures[] local,
    FeatureRows rows,
    int[][]? wordScores,
    int[]? edgeScores,
    bool[][]? closed)
{
    public string[][] Sentences { get; } = sentences;

    public NerFeatureExtractor.DocumentView View { get; } = view;

    public SentenceFeatures[] Local { get; } = local;

    /// <summary>Where <see cref="Local"/> keeps its rows.</summary>
    public FeatureRows Rows { get; } = rows;

    /// <summary>
    /// For each token of sentence s, whether it is outside any name whatever its scores (see <see cref="NerFeatureExtractor.IsClosed"/>):
    /// extracted for an index, such a token has no rows and no summed scores. Empty (none closed), extracted for training.
    /// </summary>
    public ReadOnlySpan<bool> Closed(int s) => closed is null ? [] : closed[s];

    /// <summary>
    /// Adds the summed scores of sentence s's words to its tokens' scores, width a token: each token's own, its word's
    /// context in the document if it takes it, then its window's (a neighbour's, or the sentence edge's). Nothing
    /// without summed scores, nor for a closed token.
    /// </summary>
    public void AddWordScores(int s, Span<int> scores, int width)
    {
        if (wordScores is null || edgeScores is null || closed is null)
        {
            return;
        }

        var types = View.TypeIds[s];
        var words = View.WordIds[s];
        var n = types.Length;
        for (var i = 0; i < n; i++)
        {
            if (closed[s][i])
            {
                continue;
            }

            var token = scores.Slice(i * width, width);
            if (View.TakesContext(words[i], Sentences[s][i]))
            {
                JointWeightIndex.Sum(token, View.ContextScoresOf(words[i]));
            }

            JointWeightIndex.Sum(
                token,
                wordScores[types[i]].AsSpan(0, width),
                Window(types, i - 2, 0, width),
                Window(types, i - 1, 1, width),
                Window(types, i + 1, 2, width),
                Window(types, i + 2, 3, width));
        }
    }

    // What the word at j adds to a token in the given window slot, or the sentence edge's where j is outside it.
    private ReadOnlySpan<int> Window(int[] types, int j, int slot, int width) =>
        j < 0 || j >= types.Length ? edgeScores!.AsSpan(slot * width, width) : wordScores![types[j]].AsSpan((1 + slot) * width, width);
}
