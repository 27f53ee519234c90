using System.Collections.Immutable;

namespace Crosscheck.Core.Ingest;

/// <summary>What one input yielded: its articles, and its problems (a feed can give both).</summary>
public sealed record ReadResult(ImmutableArray<RawArticle> Articles, ImmutableArray<IngestProblem> Problems)
{
    public static ReadResult Failed(string source, string reason) => new([], [new IngestProblem(source, reason)]);

    public static ReadResult Of(ImmutableArray<RawArticle> articles, ImmutableArray<IngestProblem> problems) => new(articles, problems);
}
