using System.Collections.Immutable;
using Crosscheck.Core.Ingest;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// Cleans a batch of raw articles for storing: a short line repeated across one outlet's articles (counting both
/// this batch and what the store already holds) is template text, so every edge that ingests goes through here.
/// </summary>
public static class BatchCleaner
{
    public static List<StoredArticle> Clean(IReadOnlyList<RawArticle> raws, IArticleStore store, CleanerOptions options)
    {
        // Each article's candidate lines with their keys, hashed once and looked up by text while cleaning.
        var keysByArticle = raws.Select(raw =>
        {
            var outletKey = LineKey.OutletKeyOf(raw);
            var keys = new Dictionary<string, ulong>(StringComparer.Ordinal);
            foreach (var line in ArticleCleaner.CandidateLines(raw).Where(IsTemplateCandidate))
            {
                keys.TryAdd(line, LineKey.For(outletKey, line));
            }

            return keys;
        }).ToList();
        var batchCounts = keysByArticle.SelectMany(k => k.Values.Distinct()).CountBy(k => k).ToDictionary(p => p.Key, p => p.Value);
        var storedCounts = store.LineCounts(batchCounts.Keys);

        return raws.AsParallel().AsOrdered().Select((raw, i) =>
        {
            var keys = keysByArticle[i];
            int Repeats(string line) =>
                keys.TryGetValue(line, out var key) ? batchCounts.GetValueOrDefault(key) + storedCounts.GetValueOrDefault(key) : 0;

            return new StoredArticle(raw, ArticleCleaner.Clean(raw, options, Repeats), [.. keys.Values.Distinct()]);
        }).ToList();
    }

    // Only short lines can be template text; keeping long ones out keeps the repetition table small.
    private static bool IsTemplateCandidate(string line) => line.Length <= 200;
}
