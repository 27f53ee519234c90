using System.Collections.Immutable;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Reuse;

namespace Crosscheck.Core.Reports;

/// <summary>The output of every analysis stage over a set of articles, ready to be mapped onto the report.</summary>
public sealed record AnalysisResult(ImmutableArray<CleanArticle> Articles, ReuseGraph Reuse, ImmutableArray<StoryAnalysis> Stories);
