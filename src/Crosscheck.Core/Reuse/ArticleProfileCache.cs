namespace Crosscheck.Core.Reuse;

/// <summary>
/// Profiles of the articles aligned in recent chunks, kept across chunks: an article paired again later (an
/// original copied by one outlet after another) is profiled once instead of once per chunk it appears in. Bounded,
/// the least recently used out first, so that memory does not grow with the corpus. Not thread-safe.
/// </summary>
internal sealed class ArticleProfileCache(int capacity)
{
    private readonly Dictionary<int, (ArticleProfile Profile, int LastUsed)> entries = [];
    private int chunk;

    /// <summary>The profiles of the given articles (by position), building the missing ones in parallel.</summary>
    public ArticleProfile[] GetOrBuild(IReadOnlyList<int> articles, Func<int, string> textOf)
    {
        chunk++;
        var profiles = new ArticleProfile[articles.Count];
        var missing = new List<int>();
        for (var k = 0; k < articles.Count; k++)
        {
            if (entries.TryGetValue(articles[k], out var entry))
            {
                profiles[k] = entry.Profile;
                entries[articles[k]] = (entry.Profile, chunk);
            }
            else
            {
                missing.Add(k);
            }
        }

        Parallel.For(0, missing.Count, m => profiles[missing[m]] = ArticleProfile.Build(textOf(articles[missing[m]])));
        foreach (var k in missing)
        {
            entries[articles[k]] = (profiles[k], chunk);
        }

        if (entries.Count > capacity)
        {
            var stale = entries.OrderBy(e => e.Value.LastUsed).ThenBy(e => e.Key).Take(entries.Count - capacity).Select(e => e.Key).ToList();
            foreach (var article in stale)
            {
                entries.Remove(article);
            }
        }

        return profiles;
    }
}
