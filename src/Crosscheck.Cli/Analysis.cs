using Crosscheck.Core.Analysis;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Embeddings;
using Crosscheck.Core.Extraction.Ner;
using Crosscheck.Core.Reports;

namespace Crosscheck.Cli;

/// <summary>Runs every analysis stage over the stored articles with the shipped tagger and maps the result onto the report.</summary>
internal static class Analysis
{
    public static Report Run(IReadOnlyList<CleanArticle> articles, ISentenceEmbedder? embedder = null) =>
        ReportBuilder.Build(new CorpusAnalyzer(NamedEntityTagger.Default, embedder).Analyze(articles));
}
