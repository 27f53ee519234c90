using Crosscheck.Core.Extraction.Ner;

namespace Crosscheck.Core.Tests.Extraction.Ner;

public class NerWeightsTests
{
    [Fact]
    public void Vectorised_viterbi_finds_the_labels_the_scalar_search_finds()
    {
        var pass = NamedEntityTagger.Default.Model.Passes[^1];
        var l = pass.Labels.Count;
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var n = random.Next(1, 40);
            var scores = new float[n * pass.Stride];
            for (var i = 0; i < n; i++)
            {
                for (var k = 0; k < l; k++)
                {
                    // Coarse values make ties between paths common, so the choice among equal scores is tested too.
                    scores[(i * pass.Stride) + k] = round % 2 == 0 ? random.Next(-3, 4) : (float)((random.NextDouble() * 20) - 10);
                }
            }

            var expected = NerWeights.Viterbi(scores, pass.Stride, n, pass.Transitions, pass.Labels, new float[n * l], new int[n * l], []);
            var actual = pass.ViterbiByVectors(scores, n, new float[n * pass.Stride], new int[n * pass.Stride], []);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Tokens_held_outside_are_labelled_O_and_both_searches_agree_around_them()
    {
        var pass = NamedEntityTagger.Default.Model.Passes[^1];
        var l = pass.Labels.Count;
        var random = new Random(11);
        var changed = 0;
        for (var round = 0; round < 200; round++)
        {
            var n = random.Next(1, 40);
            var scores = new float[n * pass.Stride];
            var outsideOnly = new bool[n];
            for (var i = 0; i < n; i++)
            {
                outsideOnly[i] = random.Next(3) == 0;
                for (var k = 0; k < l; k++)
                {
                    // Names score high, so an unconstrained search would often put one on a held token.
                    scores[(i * pass.Stride) + k] = round % 2 == 0 ? random.Next(-3, 4) : (float)((random.NextDouble() * 20) - (k == 0 ? 10 : 5));
                }
            }

            var expected = NerWeights.Viterbi(scores, pass.Stride, n, pass.Transitions, pass.Labels, new float[n * l], new int[n * l], outsideOnly);
            var actual = pass.ViterbiByVectors(scores, n, new float[n * pass.Stride], new int[n * pass.Stride], outsideOnly);
            var free = pass.ViterbiByVectors(scores, n, new float[n * pass.Stride], new int[n * pass.Stride], []);
            Assert.Equal(expected, actual);
            Assert.All(Enumerable.Range(0, n).Where(i => outsideOnly[i]), i => Assert.Equal(NerLabels.Outside, actual[i]));
            changed += free.SequenceEqual(actual) ? 0 : 1;
        }

        Assert.True(changed > 50, $"the constraint changed only {changed} of 200 searches");
    }
}
