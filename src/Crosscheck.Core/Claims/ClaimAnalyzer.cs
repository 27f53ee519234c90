using System.Collections.Immutable;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Collections;
using Crosscheck.Core.Embeddings;

namespace Crosscheck.Core.Claims;

/// <summary>
/// The claims stage of one story. In order: read every sentence (<see cref="ClaimSentenceReader"/>), keep those that
/// assert something checkable (<see cref="ClaimDetector"/>), group the ones that make the same claim across articles
/// (<see cref="ClaimAligner"/>), compare the linked sentences of each claim for discrepancies
/// (<see cref="DiscrepancyFinder"/>), then rate each claim by its independent origins: articles copying one wire story
/// share an origin and corroborate nothing between them.
/// </summary>
public sealed class ClaimAnalyzer
{
    private readonly ClaimOptions options;
    private readonly ISentenceEmbedder? embedder;

    public ClaimAnalyzer(ClaimOptions? options = null, ISentenceEmbedder? embedder = null)
    {
        this.options = options ?? ClaimOptions.Default;
        this.embedder = embedder;
    }

    /// <param name="articles">The articles of one story.</param>
    /// <param name="originOf">Each article's origin group (from the reuse stage); an article missing here is its own origin.</param>
    /// <param name="developmentOf">Each article's timeline entry; missing or null when unknown.</param>
    public ClaimAnalysis Analyze(
        IReadOnlyList<CleanArticle> articles,
        IReadOnlyDictionary<ArticleId, string> originOf,
        IReadOnlyDictionary<ArticleId, string?> developmentOf)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(originOf);
        ArgumentNullException.ThrowIfNull(developmentOf);

        var sentences = ClaimSentenceReader.Read(articles).Where(s => ClaimDetector.IsClaim(s, options)).ToList();
        if (sentences.Count == 0)
        {
            return ClaimAnalysis.Empty;
        }

        var origins = articles.Select(a => originOf.TryGetValue(a.Id, out var o) ? o : a.Id.Value).ToArray();
        var alignment = new ClaimAligner(sentences, origins, options, embedder).Align();
        var developments = articles.Select(a => developmentOf.TryGetValue(a.Id, out var d) ? d : null).ToArray();
        var ids = alignment.Groups.Select(g => Id(sentences[g[0]])).ToArray();
        var (discrepancies, disputed) = new DiscrepancyFinder(sentences, alignment, origins, developments, options).Find(ids);

        var sources = IndependentSources(articles, origins);
        var claims = alignment.Groups
            .Select((group, g) =>
            {
                var originCount = group.Select(i => sources[sentences[i].ArticleIndex]).Distinct().Count();
                var status = disputed.Contains(g) ? ClaimStatus.Disputed
                    : originCount >= 2 ? ClaimStatus.Corroborated
                    : ClaimStatus.SingleOrigin;
                return new Claim(
                    ids[g],
                    sentences[group[0]].Text,
                    status,
                    originCount,
                    [.. group.Select(i => new ClaimOccurrence(sentences[i].Span, sentences[i].Text))]);
            })
            .OrderByDescending(c => c.Origins)
            .ThenByDescending(c => c.Occurrences.Length)
            .ToImmutableArray();
        return new ClaimAnalysis(claims, discrepancies);
    }

    // Which independent source each article is, as the root of its set: copies of one text share an origin, and
    // the reports of one outlet are one source however many it published, so neither corroborates itself (two pages of one
    // site that share its "About us" paragraph are not two sources for it).
    private static int[] IndependentSources(IReadOnlyList<CleanArticle> articles, string[] origins)
    {
        var parent = DisjointSets.Singletons(articles.Count);
        var firstOfOrigin = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstOfOutlet = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var a = 0; a < articles.Count; a++)
        {
            if (!firstOfOrigin.TryAdd(origins[a], a))
            {
                DisjointSets.Join(parent, a, firstOfOrigin[origins[a]]);
            }

            if (articles[a].Outlet?.Trim() is { Length: > 0 } outlet && !firstOfOutlet.TryAdd(outlet, a))
            {
                DisjointSets.Join(parent, a, firstOfOutlet[outlet]);
            }
        }

        return [.. Enumerable.Range(0, articles.Count).Select(a => DisjointSets.Root(parent, a))];
    }

    private static string Id(ClaimSentence first)
    {
        var key = first.Article.Value + ":" + first.Start.ToString(CultureInfo.InvariantCulture) + ":" + first.End.ToString(CultureInfo.InvariantCulture);
        return "c-" + Convert.ToHexStringLower(XxHash64.Hash(Encoding.UTF8.GetBytes(key)));
    }
}
