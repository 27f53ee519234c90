namespace Crosscheck.Core.Reuse;

/// <summary>
/// Sentence pairs of two articles by index: those aligned on their words, with their lexical score, and those
/// whose lexical score is too weak to align them but strong enough for a semantic check to decide.
/// </summary>
internal sealed record SentencePairs(List<(int I, int J, double Score)> Aligned, List<(int I, int J, double Score)> Undecided)
{
    /// <summary>The texts of the sentences the undecided pairs need embedded, each once.</summary>
    public IEnumerable<string> UndecidedTexts(ArticleProfile a, ArticleProfile b) =>
        Undecided.SelectMany(p => new[] { a.SentenceText(p.I), b.SentenceText(p.J) }).Distinct(StringComparer.Ordinal);
}
