using Crosscheck.Core.Evaluation;

namespace Crosscheck.Core.Tests.Evaluation;

public sealed class RougeScorerTests
{
    private const int Places = 4;
    private readonly RougeScorer scorer = new();

    [Fact]
    public void Unigram_overlap_gives_rouge1_precision_recall_and_f()
    {
        // 6 shared unigrams (the x2, quick, brown, dog, jump) of 8 candidate and 9 reference tokens.
        var scores = scorer.Score("The quick brown dog jumps on the log.", "The quick brown fox jumps over the lazy dog");
        Assert.Equal(6.0 / 8, scores.Rouge1.Precision, Places);
        Assert.Equal(6.0 / 9, scores.Rouge1.Recall, Places);
        Assert.Equal(2 * (6.0 / 8) * (6.0 / 9) / ((6.0 / 8) + (6.0 / 9)), scores.Rouge1.F, Places);
    }

    [Fact]
    public void Bigram_overlap_gives_rouge2()
    {
        // Shared bigrams: "the quick", "quick brown" out of 7 candidate and 8 reference bigrams.
        var scores = scorer.Score("The quick brown dog jumps on the log.", "The quick brown fox jumps over the lazy dog");
        Assert.Equal(2.0 / 7, scores.Rouge2.Precision, Places);
        Assert.Equal(2.0 / 8, scores.Rouge2.Recall, Places);
    }

    [Fact]
    public void Repeated_ngrams_are_clipped_to_their_reference_count()
    {
        // "the cat" occurs three times in the candidate but once in the reference, so it is credited once.
        var scores = scorer.Score("the cat the cat the cat", "the cat sat");
        Assert.Equal(2.0 / 6, scores.Rouge1.Precision, Places);
        Assert.Equal(2.0 / 3, scores.Rouge1.Recall, Places);
        Assert.Equal(1.0 / 5, scores.Rouge2.Precision, Places);
        Assert.Equal(1.0 / 2, scores.Rouge2.Recall, Places);
    }

    [Fact]
    public void Rouge_l_of_one_sentence_is_the_longest_common_subsequence()
    {
        // LCS "the quick brown jump the" has 5 tokens.
        var scores = scorer.Score("The quick brown dog jumps on the log.", "The quick brown fox jumps over the lazy dog");
        Assert.Equal(5.0 / 8, scores.RougeL.Precision, Places);
        Assert.Equal(5.0 / 9, scores.RougeL.Recall, Places);
    }

    [Fact]
    public void Rouge_l_counts_non_consecutive_matches()
    {
        var scores = scorer.Score("testing two", "testing one two");
        Assert.Equal(1.0, scores.RougeL.Precision, Places);
        Assert.Equal(2.0 / 3, scores.RougeL.Recall, Places);
        Assert.Equal(0.8, scores.RougeL.F, Places);
    }

    [Fact]
    public void Summary_level_rouge_l_takes_the_union_of_lcs_over_candidate_sentences()
    {
        // Lin (2004), section 3.2: reference w1..w5; candidates share w1 w2 and w1 w3 w5, union w1 w2 w3 w5.
        var scores = scorer.Score(["w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"], ["w1 w2 w3 w4 w5"]);
        Assert.Equal(0.8, scores.RougeL.Recall, Places);
        Assert.Equal(0.4, scores.RougeL.Precision, Places);
        Assert.Equal(0.5333, scores.RougeL.F, 3);
    }

    [Fact]
    public void Union_lcs_does_not_credit_a_candidate_token_twice()
    {
        // Both reference sentences match the single candidate "a b"; only two tokens exist to be credited.
        var scores = scorer.Score(["a b"], ["a b", "a b"]);
        Assert.Equal(1.0, scores.RougeL.Precision, Places);
        Assert.Equal(0.5, scores.RougeL.Recall, Places);
    }

    [Fact]
    public void Tokens_are_lower_case_alphanumeric_runs_stemmed_when_longer_than_three_letters()
    {
        Assert.Equal(["run", "dog", "u", "s", "ti", "2019"], scorer.Tokenize("Running DOGS, U.S. ties\u20142019").ToArray());
        Assert.Equal(["running", "dogs"], new RougeScorer(stem: false).Tokenize("Running dogs").ToArray());
    }

    [Fact]
    public void Stemming_matches_inflected_forms()
    {
        Assert.Equal(1.0, scorer.Score("officials announced", "official announcing").Rouge1.F, Places);
        Assert.Equal(0.0, new RougeScorer(stem: false).Score("officials announced", "official announcing").Rouge1.F, Places);
    }

    [Fact]
    public void Empty_candidate_or_reference_scores_zero()
    {
        Assert.Equal(RougeScore.Zero, scorer.Score("", "testing one two").Rouge1);
        Assert.Equal(RougeScore.Zero, scorer.Score("testing", "/").RougeL);
    }
}
