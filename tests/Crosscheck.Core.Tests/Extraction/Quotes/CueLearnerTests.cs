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
}
