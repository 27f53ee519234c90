using System.Collections.Immutable;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Summaries;

/// <summary>
/// The First-N baseline of the multi-document summarisation literature (Multi-News's "First-3"): the first
/// <c>n</c> sentences of every article, articles in input order, with no filtering. It is the bar a summariser must
/// beat and the check that a ROUGE implementation reproduces published figures.
/// </summary>
public static class LeadBaseline
{
    public static ImmutableArray<SummarySentence> Summarize(IReadOnlyList<CleanArticle> articles, int sentencesPerArticle = 3)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return
        [
            .. articles.SelectMany(article => SentenceSplitter.Split(article.Text)
                .Take(sentencesPerArticle)
                .Select(s => new SummarySentence(s.Text, new Span(article.Id, s.Start, s.End), [article.Id]))),
        ];
    }
}
