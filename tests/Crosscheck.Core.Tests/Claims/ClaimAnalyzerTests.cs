using Crosscheck.Core.Claims;
using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Tests.Claims;

public sealed class ClaimAnalyzerTests
{
    private static readonly string[] Days = ["2024-05-06", "2024-05-09"];

    private static CleanArticle Article(string text, string url) =>
        new(ArticleId.From(url, text), url, url, null, null, null, null, null, [], "en", text, []);

    /// <summary>Analyses articles given as (text, origin, development), each its own article.</summary>
    private static (ClaimAnalysis Analysis, CleanArticle[] Articles) Analyze(params (string Text, string Origin, string? Development)[] inputs)
    {
        var articles = inputs.Select((x, i) => Article(x.Text, "https://example" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".test/story")).ToArray();
        var origins = articles.Select((a, i) => (a.Id, inputs[i].Origin)).ToDictionary(x => x.Id, x => x.Origin);
        var developments = articles.Select((a, i) => (a.Id, inputs[i].Development)).ToDictionary(x => x.Id, x => x.Development);
        return (new ClaimAnalyzer().Analyze(articles, origins, developments), articles);
    }

    private static ClaimAnalysis Pair(string first, string second, bool sameOrigin = false, string? firstDay = "2024-05-06", string? secondDay = "2024-05-06") =>
        Analyze((first, "o-1", firstDay), (second, sameOrigin ? "o-1" : "o-2", secondDay)).Analysis;

    [Fact]
    public void Different_counts_of_the_same_thing_are_a_number_discrepancy()
    {
        var analysis = Pair(
            "Police said 12 people were killed in the explosion at the chemical plant in Riverton on Monday.",
            "Police said 15 people were killed in the explosion at the chemical plant in Riverton on Monday.");

        var discrepancy = Assert.Single(analysis.Discrepancies);
        Assert.Equal(DiscrepancyKind.Number, discrepancy.Kind);
        Assert.Equal(["12 people were killed in the explosion at the chemical", "15 people were killed in the explosion at the chemical"], discrepancy.Variants.Select(v => v.Text));
        Assert.Null(discrepancy.ExplainedBy);
        Assert.Equal(ClaimStatus.Disputed, Assert.Single(analysis.Claims).Status);
    }

    [Fact]
    public void Tolls_worded_differently_for_one_place_are_a_number_discrepancy()
    {
        var (analysis, articles) = Analyze(
            ("The storm moved north overnight. Before it made its way north, Sandy was blamed for 68 other deaths in the Caribbean.", "o-1", "2024-05-06"),
            ("Forecasters tracked the storm all week. It also killed 69 people in the Caribbean before making its way up the Eastern Seaboard.", "o-2", "2024-05-06"));

        var discrepancy = Assert.Single(analysis.Discrepancies);
        Assert.Equal(DiscrepancyKind.Number, discrepancy.Kind);
        Assert.Contains("killed in Caribbean", discrepancy.Summary, StringComparison.Ordinal);
        Assert.Equal(["68 other deaths", "killed 69 people"], discrepancy.Variants.Select(v => v.Text));
        Assert.Equal([articles[0].Id, articles[1].Id], discrepancy.Variants.SelectMany(v => v.Articles));
        Assert.Null(discrepancy.ExplainedBy);
        Assert.Equal(2, analysis.Claims.Count(c => c.Status == ClaimStatus.Disputed));
    }

    [Fact]
    public void Tolls_that_a_lower_bound_allows_or_that_name_no_place_are_no_discrepancy()
    {
        var bound = Pair(
            "At least 40 people were killed in Riverton when the dam failed on Monday night.",
            "The flood that followed the dam's collapse killed 46 people in Riverton, officials said on Tuesday.");
        var noPlace = Pair(
            "Four men died when the boat capsized off the coast during the storm.",
            "The fighting has killed 63 people since the ceasefire collapsed last spring.");

        Assert.DoesNotContain(bound.Discrepancies, d => d.Kind == DiscrepancyKind.Number);
        Assert.DoesNotContain(noPlace.Discrepancies, d => d.Kind == DiscrepancyKind.Number);
    }

    [Fact]
    public void Tolls_of_different_developments_differ_with_an_explanation()
    {
        var analysis = Analyze(
            ("Rescuers searched through the night. The earthquake killed 120 people in Hatay, officials said.", "o-1", "2024-05-06"),
            ("Crews cleared roads on Thursday. The death toll in Hatay rose to 300 as more bodies were found.", "o-2", "2024-05-09")).Analysis;

        var discrepancy = Assert.Single(analysis.Discrepancies, d => d.Kind == DiscrepancyKind.Number);
        Assert.NotNull(discrepancy.ExplainedBy);
        Assert.DoesNotContain(analysis.Claims, c => c.Status == ClaimStatus.Disputed);
    }

    [Fact]
    public void Same_figure_moved_to_another_thing_is_a_number_discrepancy()
    {
        var analysis = Pair(
            "The agency estimates the rebels have 8,000 fighters based in the hills, including 2,000 recruits and 6,000 veterans trained in neighbouring camps, officials said.",
            "The agency estimates the rebels have 8,000 fighters trained in neighbouring camps, including 2,000 recruits and 6,000 veterans in the hills, officials said.",
            sameOrigin: true);

        var discrepancy = Assert.Single(analysis.Discrepancies, d => d.Kind == DiscrepancyKind.Number);
        Assert.StartsWith("8,000 fighters based in the hills", discrepancy.Variants[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("8,000 fighters trained in neighbouring camps", discrepancy.Variants[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousands_separator_and_approximation_do_not_make_figures_differ()
    {
        var analysis = Pair(
            "Officials in Harlow said about 1000 soldiers were killed in recent weeks near the river crossing.",
            "Officials in Harlow said about 1,000 soldiers were killed in recent weeks near the river crossing.");

        Assert.Empty(analysis.Discrepancies);
        var claim = Assert.Single(analysis.Claims);
        Assert.Equal(ClaimStatus.Corroborated, claim.Status);
        Assert.Equal(2, claim.Origins);
    }

    [Fact]
    public void Currency_conversion_in_brackets_is_one_amount()
    {
        var analysis = Pair(
            "The mining company Tellcorp was spending more than $US100 million ($148 million) a month on the new Greystone mine, its chief executive said.",
            "The mining company Tellcorp was spending more than $100 million a month on the new Greystone mine, its chief executive said.");

        Assert.DoesNotContain(analysis.Discrepancies, d => d.Kind == DiscrepancyKind.Number);
    }

    [Fact]
    public void A_figure_one_sentence_also_gives_for_the_same_thing_is_not_moved_to_another()
    {
        var analysis = Pair(
            "Three years later, three children in the Valdor district were born with the same rare birth defects, officials said.",
            "Officials said three children in the Valdor district were born with the same rare birth defects.");

        Assert.DoesNotContain(analysis.Discrepancies, d => d.Kind == DiscrepancyKind.Number);
    }

    [Fact]
    public void Different_days_in_one_development_are_an_unexplained_date_discrepancy()
    {
        var analysis = Pair(
            "The Belmont city council voted on Tuesday to close the old reservoir after engineers found cracks in the dam.",
            "The Belmont city council voted on Wednesday to close the old reservoir after engineers found cracks in the dam.");

        var discrepancy = Assert.Single(analysis.Discrepancies);
        Assert.Equal(DiscrepancyKind.Date, discrepancy.Kind);
        Assert.Equal(["on Tuesday", "on Wednesday"], discrepancy.Variants.Select(v => v.Text));
        Assert.Null(discrepancy.ExplainedBy);
    }

    [Fact]
    public void A_month_and_a_day_of_that_month_are_no_date_discrepancy()
    {
        var analysis = Pair(
            "The Belmont city council voted in April to close the old reservoir after engineers found cracks in the dam.",
            "The Belmont city council voted on April 19 to close the old reservoir after engineers found cracks in the dam.");

        Assert.DoesNotContain(analysis.Discrepancies, d => d.Kind == DiscrepancyKind.Date);
    }

    [Fact]
    public void A_month_and_a_day_of_another_month_are_a_date_discrepancy()
    {
        var analysis = Pair(
            "The Belmont city council voted in March to close the old reservoir after engineers found cracks in the dam.",
            "The Belmont city council voted on April 19 to close the old reservoir after engineers found cracks in the dam.");

        Assert.Contains(analysis.Discrepancies, d => d.Kind == DiscrepancyKind.Date);
    }

    [Fact]
    public void Different_days_in_related_sentences_are_a_discrepancy_only_across_developments()
    {
        const string Debate = "Governor Jane Holloway of Valdor will not take part in the Valdor Herald debate on Thursday, her campaign said.";
        const string Call = "In a call on Saturday with a Valdor Herald editor, an aide to Governor Jane Holloway complained about the moderators.";

        var oneDevelopment = Analyze((Debate, "o-1", "2024-05-06"), (Call, "o-2", "2024-05-06")).Analysis;
        var twoDevelopments = Analyze((Debate, "o-1", "2024-05-06"), (Call, "o-2", "2024-05-13")).Analysis;

        Assert.DoesNotContain(oneDevelopment.Discrepancies, d => d.Kind == DiscrepancyKind.Date);
        Assert.Contains(twoDevelopments.Discrepancies, d => d.Kind == DiscrepancyKind.Date && d.ExplainedBy is not null);
    }

    [Fact]
    public void Sentences_sharing_one_place_name_and_their_month_are_no_date_discrepancy()
    {
        var analysis = Pair(
            "The man told doctors he ate the rabbit meat in Inner Mongolia on November 5.",
            "On November 16, a third case of plague was reported in a 55-year-old man, also from Inner Mongolia.");

        Assert.DoesNotContain(analysis.Discrepancies, d => d.Kind == DiscrepancyKind.Date);
    }

    [Fact]
    public void Different_days_in_different_developments_are_explained()
    {
        var analysis = Pair(
            "The Belmont city council voted on Tuesday to close the old reservoir after engineers found cracks in the dam.",
            "The Belmont city council voted on Wednesday to close the old reservoir after engineers found cracks in the dam.",
            firstDay: Days[1],
            secondDay: Days[0]);

        var discrepancy = Assert.Single(analysis.Discrepancies);
        Assert.Equal("different developments (2024-05-06 vs 2024-05-09)", discrepancy.ExplainedBy);
        Assert.Equal(ClaimStatus.Corroborated, Assert.Single(analysis.Claims).Status);
    }

    [Fact]
    public void Changed_word_between_copies_of_one_origin_is_a_wording_discrepancy()
    {
        var analysis = Pair(
            "In some instances, the Harland police said, local guards in Orbis were subordinate to the rebel forces.",
            "In some instances, the Harland police said, local guards in Orbis have surrendered to the rebel forces.",
            sameOrigin: true);

        var discrepancy = Assert.Single(analysis.Discrepancies);
        Assert.Equal(DiscrepancyKind.Wording, discrepancy.Kind);
        Assert.Equal(["were subordinate to the rebel", "have surrendered to the rebel"], discrepancy.Variants.Select(v => v.Text));
        Assert.Equal(1, Assert.Single(analysis.Claims).Origins);
    }

    [Fact]
    public void Rewording_between_independent_outlets_is_not_a_discrepancy()
    {
        var analysis = Pair(
            "In some instances, the Harland police said, local guards in Orbis were subordinate to the rebel forces.",
            "In some instances, the Harland police said, local guards in Orbis answered to the rebel forces.");

        Assert.Empty(analysis.Discrepancies);
    }

    [Fact]
    public void Sentence_that_negates_another_is_a_negation_discrepancy_naming_who_denies()
    {
        var analysis = Pair(
            "The Valdor army has withdrawn its troops from the border town of Karsk, the defence ministry said.",
            "Colonel Ivan Petrov denied that the Valdor army has withdrawn its troops from the border town of Karsk.");

        var discrepancy = Assert.Single(analysis.Discrepancies);
        Assert.Equal(DiscrepancyKind.Negation, discrepancy.Kind);
        Assert.StartsWith("Colonel Ivan Petrov denies", discrepancy.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "A federal judge in Riverton dismissed the defamation lawsuit against the mayor on Monday, court papers show.",
        "The mayor welcomed the dismissal of the defamation lawsuit against him by a federal judge in Riverton on Monday.")]
    [InlineData(
        "Thirteen babies were born without arms between 2007 and 2017 in three rural areas of Valdor, health officials said.",
        "Thirteen babies were born missing arms between 2007 and 2017 in three rural areas of Valdor, health officials said.")]
    [InlineData(
        "The bill passed the Valdor assembly 219 to 197, with three \"yes\" votes from the opposition and seven \"no\" votes.",
        "The bill passed the Valdor assembly 219 to 197, with three yes votes from the opposition and seven votes against.")]
    public void Shared_denying_verbs_absences_and_quoted_words_are_no_negation_discrepancy(string first, string second)
    {
        var analysis = Pair(first, second);

        Assert.DoesNotContain(analysis.Discrepancies, d => d.Kind == DiscrepancyKind.Negation);
    }

    [Fact]
    public void Negation_of_words_the_other_sentence_lacks_is_not_a_discrepancy()
    {
        var analysis = Pair(
            "The defence ministry in Valdor said the army has withdrawn its troops from the border town of Karsk.",
            "The defence ministry in Valdor said the army has withdrawn its troops from the border town of Karsk but gave no details.");

        Assert.Empty(analysis.Discrepancies);
    }

    [Fact]
    public void Negation_of_a_verb_the_other_sentence_does_not_assert_is_not_a_discrepancy()
    {
        var analysis = Pair(
            "While scientists at the Valdor observatory have not yet detected liquid water on the moon Karsk directly, they found water vapour.",
            "Finding water vapour on the moon Karsk is the next best thing to liquid water, scientists at the Valdor observatory said.");

        Assert.DoesNotContain(analysis.Discrepancies, d => d.Kind == DiscrepancyKind.Negation);
    }

    [Fact]
    public void Same_quote_credited_to_different_speakers_is_an_attribution_discrepancy()
    {
        var analysis = Pair(
            "\u201CThe Dunmore bridge will reopen to traffic in March after repairs,\u201D Mayor Jane Holloway said at a news conference.",
            "\u201CThe Dunmore bridge will reopen to traffic in March after repairs,\u201D Governor Peter Ashcroft said at a news conference.");

        var discrepancy = Assert.Single(analysis.Discrepancies);
        Assert.Equal(DiscrepancyKind.Attribution, discrepancy.Kind);
        Assert.Equal(["Mayor Jane Holloway", "Governor Peter Ashcroft"], discrepancy.Variants.Select(v => v.Text));
    }

    [Fact]
    public void Same_quote_with_title_and_with_surname_only_has_one_speaker()
    {
        var analysis = Pair(
            "\u201CThe Dunmore bridge will reopen to traffic in March after repairs,\u201D Jane Holloway, the mayor of Dunmore County, told reporters.",
            "\u201CThe Dunmore bridge will reopen to traffic in March after repairs,\u201D Holloway told reporters.");

        Assert.Empty(analysis.Discrepancies);
    }

    [Fact]
    public void A_source_written_with_a_hyphen_and_with_a_space_is_one_source()
    {
        var analysis = Pair(
            "The Dunmore bridge will reopen to traffic in March after repairs, according to the Dunmore-Herald.",
            "The Dunmore bridge will reopen to traffic in March after repairs, according to the Dunmore Herald.");

        Assert.DoesNotContain(analysis.Discrepancies, d => d.Kind == DiscrepancyKind.Attribution);
    }

    [Fact]
    public void A_source_after_according_to_the_is_its_name()
    {
        var analysis = Pair(
            "The Dunmore bridge will reopen to traffic in March after repairs, according to the Dunmore Herald.",
            "The Dunmore bridge will reopen to traffic in March after repairs, according to the Valdor Courier.");

        Assert.Equal(["Dunmore Herald", "Valdor Courier"], Assert.Single(analysis.Discrepancies).Variants.Select(v => v.Text));
    }

    [Theory]
    [InlineData(
        "\u201CThe Dunmore bridge will reopen to traffic in March after repairs,\u201D Jane Holloway said on the Valdor evening news.",
        "\u201CThe Dunmore bridge will reopen to traffic in March after repairs,\u201D the Florida Republican said on the Valdor evening news.")]
    [InlineData(
        "\u201CThe Dunmore bridge will reopen to traffic in March after repairs,\u201D Jane Holloway said on Valdor radio.",
        "\u201CThe Dunmore bridge will reopen to traffic in March after repairs,\u201D the senator said on the Valdor Evening Post.")]
    [InlineData(
        "The Dunmore bridge will reopen to traffic in March after repairs, says Jane Holloway, a structural engineer.",
        "The Dunmore bridge will reopen to traffic in March after repairs, says the new study by Stony Brook University in New York.")]
    public void A_description_of_the_source_names_no_other_source(string first, string second)
    {
        var analysis = Pair(first, second);

        Assert.DoesNotContain(analysis.Discrepancies, d => d.Kind == DiscrepancyKind.Attribution);
    }

    [Fact]
    public void Names_after_said_and_an_abbreviated_title_are_the_speakers()
    {
        var analysis = Pair(
            "\u201CThe Dunmore bridge will reopen to traffic in March after repairs,\u201D said Rep. Jane Holloway at a news conference.",
            "\u201CThe Dunmore bridge will reopen to traffic in March after repairs,\u201D said Det. Peter Ashcroft at a news conference.");

        var discrepancy = Assert.Single(analysis.Discrepancies);
        Assert.Equal(DiscrepancyKind.Attribution, discrepancy.Kind);
        Assert.Equal(["Jane Holloway", "Peter Ashcroft"], discrepancy.Variants.Select(v => v.Text));
    }

    [Fact]
    public void Spelling_variants_of_a_place_name_are_a_name_discrepancy()
    {
        var analysis = Pair(
            "Rescue teams reached the flooded village of Koshkino on Tuesday, the regional governor Anna Belova said.",
            "Rescue teams reached the flooded village of Koshkina on Tuesday, the regional governor Anna Belova said.");

        var discrepancy = Assert.Single(analysis.Discrepancies);
        Assert.Equal(DiscrepancyKind.Name, discrepancy.Kind);
        Assert.Equal(["Koshkino", "Koshkina"], discrepancy.Variants.Select(v => v.Text));
        Assert.Equal(ClaimStatus.Corroborated, Assert.Single(analysis.Claims).Status);
    }

    [Fact]
    public void Doubled_final_letter_of_a_name_is_a_variant_not_a_plural()
    {
        var analysis = Pair(
            "Separatists seized new ground in the eastern Donbas region on Friday, the army of Kestria said.",
            "Separatists seized new ground in the eastern Donbass region on Friday, the army of Kestria said.");

        Assert.Equal(DiscrepancyKind.Name, Assert.Single(analysis.Discrepancies).Kind);
    }

    [Fact]
    public void Abbreviation_dots_plurals_and_demonyms_are_not_name_discrepancies()
    {
        var analysis = Pair(
            "The U.N. Security Council will meet on Tuesday to discuss the Patriot deliveries and the Russia sanctions.",
            "The UN Security Council will meet on Tuesday to discuss the Patriots deliveries and the Russian sanctions.");

        Assert.Empty(analysis.Discrepancies);
    }

    [Fact]
    public void Quote_with_or_without_a_leading_today_is_the_same_claim()
    {
        var analysis = Pair(
            "\u201CToday, we can confirm that the Kandor rebels have released all twelve hostages,\u201D the spokesman said.",
            "\u201CWe can confirm that the Kandor rebels have released all twelve hostages,\u201D the spokesman said.");

        Assert.Empty(analysis.Discrepancies);
        Assert.Equal(2, Assert.Single(analysis.Claims).Occurrences.Length);
    }

    [Fact]
    public void Questions_headings_and_fragments_are_not_claims()
    {
        var (analysis, _) = Analyze((
            "Will the ceasefire hold?\n\nFight for the city\n\nMore to come.\n\n"
            + "Officials in Lorne said on Monday that 40 people were evacuated from the town.\n\n"
            + "It is a sad day for everyone who loves this place.",
            "o-1",
            null));

        var claim = Assert.Single(analysis.Claims);
        Assert.StartsWith("Officials in Lorne said", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Copies_of_one_origin_add_occurrences_but_not_origins()
    {
        const string Text = "The Ardent Mining company said on Monday it would close its copper mine in Feld by March.";
        var (analysis, _) = Analyze((Text, "o-1", null), (Text, "o-1", null), (Text, "o-2", null));

        var claim = Assert.Single(analysis.Claims);
        Assert.Equal(3, claim.Occurrences.Length);
        Assert.Equal(2, claim.Origins);
        Assert.Equal(ClaimStatus.Corroborated, claim.Status);
    }

    [Fact]
    public void Reports_of_one_outlet_are_one_source_however_many_it_published()
    {
        const string About = "Ardent Mining is headquartered in Feld and employs around 1,300 people worldwide.";
        var articles = new[] { "Northern Post", "northern post", "Southern Star" }
            .Select((outlet, i) => Article(About, "https://example" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".test/story") with { Outlet = outlet })
            .ToArray();
        var origins = articles.ToDictionary(a => a.Id, a => "o-" + a.Id.Value);

        var twoOutlets = new ClaimAnalyzer().Analyze(articles, origins, new Dictionary<ArticleId, string?>());
        var oneOutlet = new ClaimAnalyzer().Analyze(articles[..2], origins, new Dictionary<ArticleId, string?>());

        Assert.Equal(2, Assert.Single(twoOutlets.Claims).Origins);
        Assert.Equal((1, ClaimStatus.SingleOrigin), (Assert.Single(oneOutlet.Claims).Origins, oneOutlet.Claims[0].Status));
    }

    [Fact]
    public void Claim_id_is_stable_and_supported_spans_carry_origins()
    {
        const string Text = "The Ardent Mining company said on Monday it would close its copper mine in Feld by March.";
        var first = Analyze((Text, "o-1", null), (Text, "o-2", null)).Analysis;
        var second = Analyze((Text, "o-1", null), (Text, "o-2", null)).Analysis;

        Assert.Equal(first.Claims[0].Id, second.Claims[0].Id);
        Assert.StartsWith("c-", first.Claims[0].Id, StringComparison.Ordinal);
        var spans = first.SupportedSpans();
        Assert.Equal(2, spans.Length);
        Assert.All(spans, s => Assert.Equal(2, s.Origins));
    }

    [Fact]
    public void Random_input_never_throws_and_spans_stay_in_range()
    {
        var random = new Random(20241);
        string[] pieces =
        [
            "The", "army", "said", "on", "Monday", "1,000", "$US5", "million", "(", "$7", ")", "not", "Kirov", "Kirova", "\u201C", "\u201D",
            "\u2018", "\u2019", ".", ",", "?", "\n\n", "about", "12", "fighters", "were", "killed", "Jan.", "3", "2019", "last", "month",
            "U.N.", "UN", "denied", "Mr", "Smith", "told", "reporters", "-", "'s", "10-month", "\u00E9t\u00E9", "\uD83D\uDE00", "5bn", "%",
        ];
        for (var round = 0; round < 40; round++)
        {
            var articles = Enumerable.Range(0, 1 + random.Next(5)).Select(i =>
            {
                var words = Enumerable.Range(0, random.Next(0, 300)).Select(_ => pieces[random.Next(pieces.Length)]);
                return Article(string.Join(' ', words), "https://r" + round.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-"
                    + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".test");
            }).ToArray();
            var origins = articles.ToDictionary(a => a.Id, a => random.Next(2) == 0 ? "o-a" : a.Id.Value);
            var developments = articles.ToDictionary(a => a.Id, _ => (string?)(random.Next(2) == 0 ? "d-1" : null));

            var analysis = new ClaimAnalyzer().Analyze(articles, origins, developments);

            var byId = articles.ToDictionary(a => a.Id);
            foreach (var occurrence in analysis.Claims.SelectMany(c => c.Occurrences))
            {
                var text = byId[occurrence.Span.Article].Text;
                Assert.InRange(occurrence.Span.Start, 0, occurrence.Span.End);
                Assert.InRange(occurrence.Span.End, occurrence.Span.Start, text.Length);
                Assert.Equal(occurrence.Text, occurrence.Span.Slice(text));
            }

            foreach (var span in analysis.Discrepancies.SelectMany(d => d.Variants).SelectMany(v => v.Spans))
            {
                Assert.InRange(span.End, span.Start, byId[span.Article].Text.Length);
            }
        }
    }
}
