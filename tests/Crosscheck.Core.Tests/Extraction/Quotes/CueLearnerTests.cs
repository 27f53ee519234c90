using System.Collections.Immutable;
using Crosscheck.Core.Evaluation;
using Crosscheck.Core.Extraction.Quotes;

namespace Crosscheck.Core.Tests.Extraction.Quotes;

public class CueLearnerTests
{
    private const string Text = "Kirby also said it was over. Lee said no. Smith has argued it failed. I think so. They think it is. Mia said yes.";

    private static (int, int) Find(string phrase, int from = 0)
    {
        var start = Text.IndexOf(phrase, from, StringComparison.Ordinal);
        return (start, start + phrase.Length);
    }

    private static readonly (int Start, int End)[] Cues =
    [
        Find("also said"), Find("said", Text.IndexOf("Lee", StringComparison.Ordinal)), Find("has argued"), Find("think"),
    ];

    [Fact]
    public void Cue_head_skips_auxiliaries_and_adverbs()
    {
        var cues = CueLearner.Learn([(Text, Cues)], minCount: 1, minPrecision: 0);
        Assert.Contains(cues, c => c.Form == "said");
        Assert.Contains(cues, c => c.Form == "argued");
        Assert.DoesNotContain(cues, c => c.Form is "also" or "has");
    }

    [Fact]
    public void Precision_is_the_share_of_occurrences_annotated_as_cues()
    {
        var cues = CueLearner.Learn([(Text, Cues)], minCount: 1, minPrecision: 0);
        var said = Assert.Single(cues, c => c.Form == "said");
        Assert.Equal(2, said.CueCount);
        Assert.Equal(3, said.Occurrences);
        var think = Assert.Single(cues, c => c.Form == "think");
        Assert.Equal(0.5, think.Precision);
    }

    [Fact]
    public void Rare_or_imprecise_words_are_left_out()
    {
        var cues = CueLearner.Learn([(Text, Cues)], minCount: 2, minPrecision: 0.6);
        Assert.Equal("said", Assert.Single(cues).Form);
    }

    [Fact]
    public void Formatted_list_parses_back_to_the_same_cues()
    {
        var cues = CueLearner.Learn([(Text, Cues)], minCount: 1, minPrecision: 0);
        var parsed = CueLearner.Parse(CueLearner.Format(cues, "test"));
        Assert.Equal(cues.AsEnumerable(), parsed.AsEnumerable());
    }

    private const string Report = "Police said the hiker was found alive on Tuesday. Smith went missing from the camp on Monday.";

    private static readonly ImmutableArray<LearnedCue> SaidAndWent = [new("said", 100, 110), new("went", 40, 190)];

    // Each report's one gold attribution is what the police said; "went" introduces nothing said.
    private static List<(string Text, ImmutableArray<AnnotatedAttribution> Gold)> Reports(int count)
    {
        var content = "the hiker was found alive on Tuesday";
        var start = Report.IndexOf(content, StringComparison.Ordinal);
        var gold = ImmutableArray.Create(new AnnotatedAttribution([new CharRange(start, start + content.Length)], [], IsDirect: false));
        return [.. Enumerable.Repeat((Report, gold), count)];
    }

    [Fact]
    public void Extractor_reports_speech_only_through_the_cues_of_its_lexicon()
    {
        var withWent = new QuoteExtractor(options: QuoteExtractorOptions.Default with { Cues = new CueLexicon(SaidAndWent) });
        var saidOnly = new QuoteExtractor(options: QuoteExtractorOptions.Default with { Cues = new CueLexicon(SaidAndWent.Take(1)) });

        Assert.Contains(withWent.Extract(Report), a => a.Cue?.Text == "went");
        Assert.Equal("said", Assert.Single(saidOnly.Extract(Report)).Cue?.Text);
    }

    [Fact]
    public void Cue_whose_attributions_are_mostly_wrong_is_pruned()
    {
        var kept = CueLearner.Prune(SaidAndWent, Reports(10), minAttributions: 10);

        Assert.Equal("said", Assert.Single(kept).Form);
    }

    [Fact]
    public void Cue_with_too_few_attributions_to_judge_is_kept()
    {
        var kept = CueLearner.Prune(SaidAndWent, Reports(10), minAttributions: 11);

        Assert.Equal(["said", "went"], kept.Select(c => c.Form));
    }
}
