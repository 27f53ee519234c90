using System.Collections.Immutable;
using System.Globalization;
using Crosscheck.Core.Collections;

namespace Crosscheck.Core.Claims;

/// <summary>
/// Runs every comparer over the linked sentence pairs of each claim and merges what they find into discrepancies.
/// Sentences of different claims that still report one event (related pairs sharing two names) are compared for what
/// survives rephrasing, the day or date of the event, when they belong to different developments: within one, such
/// sentences mostly report two events of it.
/// Figures and dates that differ between articles of different developments are explained by the story moving on,
/// not counted as conflicts. Wording is compared only between copies of one origin.
/// </summary>
internal sealed class DiscrepancyFinder(
    IReadOnlyList<ClaimSentence> sentences,
    Alignment alignment,
    IReadOnlyList<string> originOfArticle,
    IReadOnlyList<string?> developmentOfArticle,
    ClaimOptions options)
{
    public (ImmutableArray<Discrepancy> Discrepancies, HashSet<int> DisputedGroups) Find(IReadOnlyList<string> claimIds)
    {
        var found = new List<(Finding Finding, int Group, string? Explained, int ArticleA, int ArticleB)>();
        foreach (var link in alignment.Links)
        {
            var (a, b) = (sentences[link.First], sentences[link.Second]);
            if (a.ArticleIndex > b.ArticleIndex)
            {
                (a, b) = (b, a);
            }

            if (a.Text == b.Text)
            {
                continue;
            }

            var group = alignment.GroupOf[link.First];
            foreach (var finding in Compare(a, b))
            {
                found.Add((finding, group, Explanation(finding, a, b), a.ArticleIndex, b.ArticleIndex));
            }
        }

        // Two sentences that are not one claim and give different days in one development mostly report two events of it
        // ("the debate on Thursday", "a call on Saturday"); across developments the difference is the story moving on, so
        // only such pairs are compared, and each sentence's names are read once.
        var namesOf = new HashSet<string>?[sentences.Count];
        foreach (var pair in alignment.Related)
        {
            var (a, b) = (sentences[pair.First], sentences[pair.Second]);
            var (da, db) = (developmentOfArticle[a.ArticleIndex], developmentOfArticle[b.ArticleIndex]);
            if (da is null || db is null || da == db || !SharesTwoNames(namesOf[pair.First] ??= Names(a), namesOf[pair.Second] ??= Names(b)))
            {
                continue;
            }

            var findings = DateComparer.Compare(a, b)
                .Where(f => f.First.Key.StartsWith(nameof(DateMentionKind.Weekday), StringComparison.Ordinal)
                    || f.First.Key.StartsWith(nameof(DateMentionKind.MonthDay), StringComparison.Ordinal));
            foreach (var finding in findings)
            {
                found.Add((finding, alignment.GroupOf[pair.First], Explanation(finding, a, b), a.ArticleIndex, b.ArticleIndex));
                found.Add((finding, alignment.GroupOf[pair.Second], Explanation(finding, a, b), a.ArticleIndex, b.ArticleIndex));
            }
        }

        foreach (var (first, second) in ContradictoryTolls())
        {
            var (a, b) = (sentences[first.Sentence], sentences[second.Sentence]);
            var (va, vb) = (FindingVariant.Of(a, first.Toll.First, first.Toll.Last), FindingVariant.Of(b, second.Toll.First, second.Toll.Last));
            var place = first.Toll.Place.Length > 0 ? " in " + first.Toll.Place : string.Empty;
            var finding = new Finding(
                DiscrepancyKind.Number,
                "Counts of people " + first.Toll.Measure + place + " disagree: \"" + va.Text + "\" vs \"" + vb.Text + "\"",
                va,
                vb,
                true,
                "toll\u0001" + first.Toll.Measure + "\u0001" + first.Toll.Scope);
            var explained = Explanation(finding, a, b);
            found.Add((finding, alignment.GroupOf[first.Sentence], explained, a.ArticleIndex, b.ArticleIndex));
            found.Add((finding, alignment.GroupOf[second.Sentence], explained, a.ArticleIndex, b.ArticleIndex));
        }

        var parent = DisjointSets.Singletons(found.Count);
        var firstWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < found.Count; i++)
        {
            foreach (var key in MergeKeys(found[i]))
            {
                if (firstWithKey.TryGetValue(key, out var j))
                {
                    DisjointSets.Join(parent, i, j);
                }
                else
                {
                    firstWithKey[key] = i;
                }
            }
        }

        // A claim is disputed when its sources disagree. Name variants spell one entity, and wording changes are found
        // only between copies of one origin: a copy rewording its source is reported, but it is not a second source
        // saying otherwise, so neither makes the claim disputed.
        var disputed = found
            .Where(f => f.Explained is null && f.Finding.Kind is not (DiscrepancyKind.Name or DiscrepancyKind.Wording))
            .Select(f => f.Group)
            .ToHashSet();
        var discrepancies = Enumerable.Range(0, found.Count)
            .GroupBy(i => DisjointSets.Root(parent, i))
            .Select(g => g.Select(i => found[i]).ToList())
            .OrderBy(g => Rank(g[0].Finding.Kind, g[0].Explained))
            .ThenBy(g => g.Min(f => f.Group))
            .ThenBy(g => g[0].Finding.Kind)
            .Select(g => new Discrepancy(
                g[0].Finding.Kind,
                g[0].Finding.Summary,
                Variants(g.SelectMany(f => new[] { (f.Finding.First, f.ArticleA), (f.Finding.Second, f.ArticleB) })),
                g[0].Explained,
                [.. g.Select(f => f.Group).Distinct().Order().Select(x => claimIds[x])]))
            .ToImmutableArray();
        return (discrepancies, disputed);
    }

    // Where sources disagree comes first (the kinds that make a claim disputed, when nothing explains them), then one name
    // spelled two ways, then what different developments explain (the story moving on), then the words copies changed.
    private static int Rank(DiscrepancyKind kind, string? explained) => kind switch
    {
        DiscrepancyKind.Wording => 3,
        DiscrepancyKind.Name => 1,
        _ => explained is null ? 0 : 2,
    };

    /// <summary>
    /// Pairs of tolls (earlier article first) from sentences of different articles and different claims that count the
    /// same thing in the same place and allow no common count ("68 other deaths in the Caribbean", "killed 69 people in
    /// the Caribbean"); sentences of one claim have their figures compared already.
    /// </summary>
    private IEnumerable<((int Sentence, Toll Toll) First, (int Sentence, Toll Toll) Second)> ContradictoryTolls()
    {
        var tolls = new List<(int Sentence, Toll Toll)>();
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var toll in TollReader.Read(sentences[s], options.ApproximateTolerance))
            {
                tolls.Add((s, toll));
            }
        }

        foreach (var same in tolls.GroupBy(t => (t.Toll.Measure, t.Toll.Scope)))
        {
            var list = same.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (x, y) = sentences[list[i].Sentence].ArticleIndex <= sentences[list[j].Sentence].ArticleIndex ? (list[i], list[j]) : (list[j], list[i]);
                    if (sentences[x.Sentence].ArticleIndex != sentences[y.Sentence].ArticleIndex
                        && alignment.GroupOf[x.Sentence] != alignment.GroupOf[y.Sentence]
                        && x.Toll.CountsSameAs(y.Toll) && x.Toll.Contradicts(y.Toll))
                    {
                        yield return (x, y);
                    }
                }
            }
        }
    }

    // Less similar sentences still report one event when they share two names besides the day. A name is a run of proper
    // words ("Inner Mongolia" is one), and no weekday or month is one: sentences dated in one month share its name whatever
    // they report.
    private static bool SharesTwoNames(HashSet<string> a, HashSet<string> b) => a.Count(b.Contains) >= 2;

    private static HashSet<string> Names(ClaimSentence sentence)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var run = new List<string>();
        for (var i = 0; i <= sentence.Tokens.Length; i++)
        {
            if (i < sentence.Tokens.Length && sentence.Tokens[i] is { IsProper: true } token
                && !Lexicon.Weekdays.ContainsKey(token.Norm) && !Lexicon.Months.ContainsKey(token.Norm))
            {
                run.Add(token.Norm);
                continue;
            }

            if (run.Count > 0)
            {
                names.Add(string.Join(' ', run));
                run.Clear();
            }
        }

        return names;
    }

    private IEnumerable<Finding> Compare(ClaimSentence a, ClaimSentence b)
    {
        var findings = NumberComparer.Compare(a, b, options)
            .Concat(DateComparer.Compare(a, b))
            .Concat(NegationComparer.Compare(a, b))
            .Concat(AttributionComparer.Compare(a, b))
            .Concat(NameComparer.Compare(a, b));
        var sameOrigin = originOfArticle[a.ArticleIndex] == originOfArticle[b.ArticleIndex];
        return sameOrigin ? findings.Concat(WordingComparer.Compare(a, b)) : findings;
    }

    private string? Explanation(Finding finding, ClaimSentence a, ClaimSentence b)
    {
        var (da, db) = (developmentOfArticle[a.ArticleIndex], developmentOfArticle[b.ArticleIndex]);
        if (!finding.ChangesWithDevelopment || da is null || db is null || da == db)
        {
            return null;
        }

        var (earlier, later) = string.CompareOrdinal(da, db) <= 0 ? (da, db) : (db, da);
        return "different developments (" + earlier + " vs " + later + ")";
    }

    // Findings of one claim merge when they share a variant; findings about one name or one day merge across claims
    // when they oppose the same two variants.
    private static IEnumerable<string> MergeKeys((Finding Finding, int Group, string? Explained, int ArticleA, int ArticleB) x)
    {
        var prefix = x.Finding.Kind + "\u0001" + x.Explained + "\u0001";
        var group = x.Group.ToString(CultureInfo.InvariantCulture) + "\u0001";
        yield return prefix + group + x.Finding.First.Key;
        yield return prefix + group + x.Finding.Second.Key;
        if (x.Finding.Topic is { } topic)
        {
            yield return prefix + topic;
        }

        if (x.Finding.Kind is DiscrepancyKind.Name or DiscrepancyKind.Date)
        {
            var pair = string.CompareOrdinal(x.Finding.First.Key, x.Finding.Second.Key) <= 0
                ? x.Finding.First.Key + "\u0001" + x.Finding.Second.Key
                : x.Finding.Second.Key + "\u0001" + x.Finding.First.Key;
            yield return prefix + pair;
        }
    }

    private static ImmutableArray<DiscrepancyVariant> Variants(IEnumerable<(FindingVariant Variant, int Article)> sides) =>
    [
        .. sides
            .GroupBy(s => s.Variant.Key, StringComparer.Ordinal)
            .Select(g => new DiscrepancyVariant(
                g.First().Variant.Text,
                [.. g.OrderBy(s => s.Article).Select(s => s.Variant.Span.Article).Distinct()],
                [.. g.Select(s => s.Variant.Span).Distinct().OrderBy(s => s.Article.Value, StringComparer.Ordinal).ThenBy(s => s.Start)])),
    ];
}
