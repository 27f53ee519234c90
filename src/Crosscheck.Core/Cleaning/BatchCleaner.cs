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
        var keysByArticle = raws.Select(raw =>
        {
            var outletKey = LineKey.OutletKeyOf(raw);
            return ArticleCleaner.CandidateLines(raw).Where(IsTemplateCandidate).Select(line => LineKey.For(outletKey, line)).Distinct().ToImmutableArray();
        }).ToList();
        var batchCounts = keysByArticle.SelectMany(k => k).CountBy(k => k).ToDictionary(p => p.Key, p => p.Value);
        var storedCounts = store.LineCounts(batchCounts.Keys);

        return raws.AsParallel().AsOrdered().Select((raw, i) =>
        {
            var outletKey = LineKey.OutletKeyOf(raw);
            int Repeats(string line)
            {
                var key = LineKey.For(outletKey, line);
                return batchCounts.GetValueOrDefault(key) + storedCounts.GetValueOrDefault(key);
            }

            return new StoredArticle(raw, ArticleCleaner.Clean(raw, options, Repeats), keysByArticle[i]);
        }).ToList();
    }

    // Only short lines can be template text; keeping long ones out keeps the repetition table small.
    private static bool IsTemplateCandidate(string line) => line.Length <= 200;
}
