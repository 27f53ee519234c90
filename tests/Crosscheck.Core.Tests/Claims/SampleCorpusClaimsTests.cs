using Crosscheck.Core.Claims;
using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Tests.Claims;

/// <summary>
/// The claims stage on the five sample reports: 001 and 002 carry one wire story (002 a garbled rewrite), 000 and 004
/// report the same briefing independently, 003 reports a later briefing.
/// </summary>
public sealed class SampleCorpusClaimsTests
{
    private static readonly Lazy<(ClaimAnalysis Analysis, IReadOnlyList<CleanArticle> Articles)> Sample = new(() =>
    {
        var articles = SampleCorpus.All();
        string[] origins = ["o-000", "o-wire", "o-wire", "o-003", "o-004"];
        string?[] developments = ["2022-12-22", "2022-12-22", "2022-12-22", "2023-01-20", "2022-12-22"];
        var analysis = new ClaimAnalyzer().Analyze(
            articles,
            articles.Select((a, i) => (a.Id, origins[i])).ToDictionary(x => x.Id, x => x.Item2),
            articles.Select((a, i) => (a.Id, developments[i])).ToDictionary(x => x.Id, x => x.Item2));
        return (analysis, articles);
    });

    private static ClaimAnalysis Analysis => Sample.Value.Analysis;

    private static ArticleId Id(int index) => Sample.Value.Articles[index].Id;

    private static Claim ClaimWith(string words) =>
        Assert.Single(Analysis.Claims, c => c.Occurrences.Any(o => o.Text.Contains(words, StringComparison.Ordinal)));

    [Fact]
    public void Initial_arms_delivery_is_corroborated_by_three_independent_origins()
    {
        var claim = ClaimWith("completed an initial arms delivery to Wagner");

        Assert.True(claim.Origins >= 3);
        Assert.Equal(ClaimStatus.Corroborated, claim.Status);
        var articles = claim.Occurrences.Select(o => o.Span.Article).ToHashSet();
        Assert.Superset(articles, new[] { Id(0), Id(1), Id(2), Id(4) }.ToHashSet());
    }

    [Fact]
    public void Thousand_fighters_killed_is_carried_by_two_copies_of_one_origin()
    {
        var claim = ClaimWith("1000 Wagner fighters killed in recent weeks");

        Assert.Contains(claim.Occurrences, o => o.Span.Article == Id(2) && o.Text.Contains("1,000 Wagner fighters", StringComparison.Ordinal));
        Assert.Equal(1, claim.Origins);
        Assert.Equal(ClaimStatus.SingleOrigin, claim.Status);
        Assert.DoesNotContain(Analysis.Discrepancies, d => d.Kind == DiscrepancyKind.Number && d.Claims.Contains(claim.Id));
    }

    [Fact]
    public void Same_headcount_attached_to_prison_recruits_is_a_number_discrepancy()
    {
        var discrepancy = Assert.Single(Analysis.Discrepancies, d => d.Kind == DiscrepancyKind.Number);

        Assert.Contains(discrepancy.Variants, v => v.Articles.Contains(Id(1)) && v.Text.StartsWith("50,000 personnel deployed in Ukraine", StringComparison.Ordinal));
        Assert.Contains(discrepancy.Variants, v => v.Articles.Contains(Id(2)) && v.Text.StartsWith("50,000 personnel recruited from Russian prisons", StringComparison.Ordinal));
        Assert.Null(discrepancy.ExplainedBy);
    }

    [Fact]
    public void Transliterated_place_names_are_name_discrepancies()
    {
        var names = Analysis.Discrepancies.Where(d => d.Kind == DiscrepancyKind.Name).Select(d => string.Join('/', d.Variants.Select(v => v.Text))).ToList();

        Assert.Contains("Bakhmut/Bagmut", names);
        Assert.Contains("Donbas/Donbass", names);
    }

    [Fact]
    public void Subordinate_turned_into_surrendered_is_a_wording_discrepancy_of_a_copy_not_a_dispute_between_sources()
    {
        var discrepancy = Assert.Single(Analysis.Discrepancies, d => d.Kind == DiscrepancyKind.Wording && d.Variants.Any(v => v.Text.Contains("surrendered", StringComparison.Ordinal)));

        Assert.Equal(["were subordinate to Wagner forces", "have surrendered to Wagner forces"], discrepancy.Variants.Select(v => v.Text));
        Assert.Equal(ClaimStatus.SingleOrigin, Assert.Single(Analysis.Claims, c => c.Id == discrepancy.Claims.Single()).Status);
    }

    [Fact]
    public void Thursday_and_Friday_briefings_are_explained_by_different_developments()
    {
        var discrepancy = Assert.Single(Analysis.Discrepancies, d => d.Kind == DiscrepancyKind.Date && d.Variants.Any(v => v.Text.Contains("Friday", StringComparison.Ordinal)));

        Assert.Contains(discrepancy.Variants, v => v.Text.Contains("Thursday", StringComparison.Ordinal));
        Assert.Equal("different developments (2022-12-22 vs 2023-01-20)", discrepancy.ExplainedBy);
    }

    [Fact]
    public void Conversions_dots_separators_and_a_leading_today_raise_no_discrepancy()
    {
        var variants = Analysis.Discrepancies.SelectMany(d => d.Variants).Select(v => v.Text).ToList();

        Assert.DoesNotContain(variants, v => v.Contains("148", StringComparison.Ordinal) || v.Contains("100 million", StringComparison.Ordinal));
        Assert.DoesNotContain(variants, v => v.Contains("Today", StringComparison.Ordinal) || v.Contains("U.N.", StringComparison.Ordinal));
        Assert.DoesNotContain(Analysis.Discrepancies, d => d.Kind is DiscrepancyKind.Attribution or DiscrepancyKind.Negation);
        Assert.All(Analysis.Discrepancies.Where(d => d.Kind == DiscrepancyKind.Date), d => Assert.NotNull(d.ExplainedBy));
    }

    [Fact]
    public void Every_occurrence_points_at_its_text_in_the_cleaned_article()
    {
        var texts = Sample.Value.Articles.ToDictionary(a => a.Id, a => a.Text);

        Assert.All(Analysis.Claims.SelectMany(c => c.Occurrences), o => Assert.Equal(o.Text, o.Span.Slice(texts[o.Span.Article])));
        Assert.All(Analysis.Discrepancies.SelectMany(d => d.Variants).SelectMany(v => v.Spans), s => Assert.InRange(s.End, s.Start, texts[s.Article].Length));
        Assert.Equal(Analysis.Claims.Sum(c => c.Occurrences.Length), Analysis.SupportedSpans().Length);
    }

    [Fact]
    public void Disagreements_between_sources_come_before_name_spellings_explained_changes_and_rewordings()
    {
        var ranks = Analysis.Discrepancies
            .Select(d => d.Kind == DiscrepancyKind.Wording ? 3 : d.Kind == DiscrepancyKind.Name ? 1 : d.ExplainedBy is null ? 0 : 2)
            .ToList();

        Assert.Contains(0, ranks);
        Assert.Contains(3, ranks);
        Assert.Equal(ranks.Order(), ranks);
    }
}
