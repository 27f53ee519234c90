using System.Collections.Immutable;

namespace Crosscheck.Core.Reports;

/// <summary>The report contract (shared/REPORT.md): what the CLI writes, the API serves and the page shows.</summary>
public sealed record Report(string Crosscheck, ImmutableArray<ArticleEntry> Articles, ImmutableArray<StoryEntry> Stories);
