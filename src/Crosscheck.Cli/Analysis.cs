using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Reports;

namespace Crosscheck.Cli;

/// <summary>The analysis stages, in order, over the stored articles: the one place the pipeline is written out.</summary>
internal static class Analysis
{
    public static Report Run(IReadOnlyList<CleanArticle> articles) => ReportBuilder.Build(articles);
}
