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

            var expected = NerWeights.Viterbi(scores, pass.Stride, n, pass.Transitions, pass.Labels, new float[n * l], new int[n * l]);
            var actual = pass.ViterbiByVectors(scores, n, new float[n * pass.Stride], new int[n * pass.Stride]);
            Assert.Equal(expected, actual);
        }
    }
}
