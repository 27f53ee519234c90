using Crosscheck.Core.Claims;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Embeddings;

namespace Crosscheck.Core.Tests.Claims;

public sealed class ClaimAlignerTests
{
    private const string Collapse = "Officials in Marlow said the old Tarn bridge collapsed into the river during the storm on Sunday.";
    private const string Paraphrase = "The Tarn crossing in Marlow fell apart in Sunday's gale, according to local authorities.";

    /// <summary>Stands in for a sentence model that knows two sentences mean the same thing.</summary>
    private sealed class SameMeaningEmbedder : ISentenceEmbedder
    {
        public int Dimensions => 2;

        public float[][] Embed(IReadOnlyList<string> texts) => [.. texts.Select(_ => new[] { 1f, 0f })];
    }

    private static ClaimAnalysis Analyze(ISentenceEmbedder? embedder)
    {
        CleanArticle[] articles =
        [
            new(ArticleId.From("https://a.test", Collapse), "a", "https://a.test", null, null, null, null, null, [], "en", Collapse, []),
            new(ArticleId.From("https://b.test", Paraphrase), "b", "https://b.test", null, null, null, null, null, [], "en", Paraphrase, []),
        ];
        return new ClaimAnalyzer(embedder: embedder).Analyze(articles, new Dictionary<ArticleId, string>(), new Dictionary<ArticleId, string?>());
    }

    [Fact]
    public void Paraphrase_with_few_shared_words_stays_apart_without_an_embedder()
    {
        Assert.Equal(2, Analyze(null).Claims.Length);
    }

    [Fact]
    public void Embedding_similarity_aligns_a_paraphrase_into_one_corroborated_claim()
    {
        var claim = Assert.Single(Analyze(new SameMeaningEmbedder()).Claims);

        Assert.Equal(2, claim.Origins);
        Assert.Equal(ClaimStatus.Corroborated, claim.Status);
    }
}
