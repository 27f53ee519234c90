using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Reuse;

namespace Crosscheck.Benchmarks;

/// <summary>Scores the reuse links against the synthetic corpus's ground truth: each copy should link to its original.</summary>
internal static class ReuseTruth
{
    public static void Print(List<SyntheticArticle> generated, List<CleanArticle> articles, ReuseGraph reuse)
    {
        var nameOf = articles.ToDictionary(a => a.Id, a => a.Url!["https://example.org/".Length..]);
        var originalOf = generated.ToDictionary(a => a.Name, a => a.CopyOf ?? a.Name, StringComparer.Ordinal);
        var kindOf = generated.ToDictionary(a => a.Name, a => a.Kind, StringComparer.Ordinal);

        var links = 0;
        var related = 0;
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in reuse.Articles)
        {
            var name = nameOf[entry.ArticleId];
            foreach (var link in entry.Links)
            {
                var other = nameOf[link.Other];
                links++;
                if (originalOf[name] == originalOf[other])
                {
                    related++;
                }

                if (originalOf[name] == other)
                {
                    found.Add(name);
                }
            }
        }

        Console.WriteLine($"reuse links: {links:N0}, between related articles: {(links == 0 ? 1 : related / (double)links):P1} (precision); digest {Digest(reuse)}");
        foreach (var kind in new[] { CopyKind.Exact, CopyKind.NearExact, CopyKind.Partial })
        {
            var copies = generated.Where(g => kindOf[g.Name] == kind).ToList();
            var linked = copies.Count(c => found.Contains(c.Name));
            var recall = copies.Count == 0 ? 1 : linked / (double)copies.Count;
            Console.WriteLine($"  {kind,-10} copies: {copies.Count,7:N0}, linked to their original: {recall:P1} (recall; {copies.Count - linked:N0} missed)");
        }
    }

    // A hash of every link, passage, origin and originality: a speed change that claims the same output can show it.
    private static string Digest(ReuseGraph reuse)
    {
        var hash = new System.IO.Hashing.XxHash64();
        var text = new System.Text.StringBuilder();
        foreach (var entry in reuse.Articles)
        {
            text.Clear().Append(entry.ArticleId.Value).Append(' ').Append(entry.OriginId).Append(' ').Append(entry.Originality.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            foreach (var link in entry.Links)
            {
                text.Append('|').Append(link.Other.Value).Append(' ').Append(link.SharedChars).Append(' ').Append(link.Direction);
                foreach (var p in link.Passages)
                {
                    text.Append(' ').Append(p.Start).Append('-').Append(p.End).Append(':').Append(p.OtherStart).Append('-').Append(p.OtherEnd);
                }
            }

            hash.Append(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        }

        return hash.GetCurrentHashAsUInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
