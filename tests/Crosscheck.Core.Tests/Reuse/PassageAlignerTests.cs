using Crosscheck.Core.Embeddings;
using Crosscheck.Core.Reuse;
using static Crosscheck.Core.Tests.Reuse.ReuseTestArticles;

namespace Crosscheck.Core.Tests.Reuse;

public sealed class PassageAlignerTests
{
    private const string Paraphrase =
        "Three desalination plants will be built on the southern shoreline after the regional water authority gave its " +
        "approval on Monday, a scheme expected to cost roughly 2.4 billion dollars across ten years.\n\n" +
        "Around 900,000 homes are to get drinking water from the plants in dry months, when hill reservoirs sink to a " +
        "fraction of what they can hold.\n\n" +
        "The authority's engineers showed councillors the design following two years spent studying the seabed, tides " +
        "and how brine affects fish breeding close to shore.";

    [Fact]
    public void Identical_texts_align_as_one_passage_covering_everything()
    {
        var passage = Assert.Single(new PassageAligner(ReuseOptions.Default).Align(Wire, Wire));

        Assert.Equal(new AlignedPassage(0, Wire.Length, 0, Wire.Length), passage);
    }

    [Fact]
    public void Loose_paraphrase_needs_a_semantic_score_to_align()
    {
        Assert.Empty(new PassageAligner(ReuseOptions.Default).Align(Paraphrase, Wire));

        var passages = new PassageAligner(ReuseOptions.Default, new SameMeaningEmbedder()).Align(Paraphrase, Wire);

        Assert.NotEmpty(passages);
    }

    [Fact]
    public void Semantic_score_does_not_align_unrelated_text()
    {
        Assert.Empty(new PassageAligner(ReuseOptions.Default, new SameMeaningEmbedder()).Align(Unrelated, Wire));
    }

    // Says every sentence means the same; the lexical floor must still keep unrelated sentences apart.
    private sealed class SameMeaningEmbedder : ISentenceEmbedder
    {
        public int Dimensions => 2;

        public float[][] Embed(IReadOnlyList<string> texts) => [.. texts.Select(_ => new[] { 1f, 0f })];
    }
}
