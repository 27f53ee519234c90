using Crosscheck.Embeddings.Onnx;

namespace Crosscheck.Embeddings.Onnx.Tests;

public sealed class MiniLmEmbedderTests : IClassFixture<MiniLmEmbedderTests.Model>
{
    private readonly MiniLmEmbedder embedder;
    private readonly MiniLmEmbedder floatEmbedder;

    public MiniLmEmbedderTests(Model model)
    {
        embedder = model.Embedder;
        floatEmbedder = model.FloatEmbedder;
    }

    [Fact]
    public void Paraphrases_are_closer_than_an_unrelated_sentence()
    {
        var vectors = embedder.Embed(
        [
            "The central bank raised interest rates by half a percentage point on Tuesday.",
            "On Tuesday the central bank increased its key rate by 0.5 points.",
            "The striker scored twice as the home side won the cup final.",
        ]);

        var paraphrase = Dot(vectors[0], vectors[1]);
        var unrelated = Dot(vectors[0], vectors[2]);
        Assert.True(paraphrase > unrelated + 0.3, $"paraphrase {paraphrase:F3}, unrelated {unrelated:F3}");
    }

    [Fact]
    public void Vector_matches_the_reference_sentence_transformers_output()
    {
        // The first components sentence-transformers publishes for all-MiniLM-L6-v2 on this sentence.
        var vector = floatEmbedder.Embed(["This is an example sentence"])[0];

        Assert.Equal(0.06766, vector[0], 0.0005);
        Assert.Equal(0.06350, vector[1], 0.0005);
        Assert.Equal(0.04871, vector[2], 0.0005);
        Assert.Equal(0.07930, vector[3], 0.0005);
    }

    [Fact]
    public void Vectors_are_unit_length_and_have_the_model_dimensions()
    {
        var vectors = embedder.Embed(["Short.", string.Empty, string.Join(' ', Enumerable.Repeat("a long passage of words", 400))]);

        Assert.Equal(384, embedder.Dimensions);
        Assert.All(vectors, v => Assert.Equal(384, v.Length));
        Assert.All(vectors.Where(v => v.Any(x => x != 0)), v => Assert.InRange(Dot(v, v), 0.999, 1.001));
    }

    [Fact]
    public void Batching_and_ordering_do_not_change_a_float_vector()
    {
        var (alone, inBatch) = AloneAndInBatch(floatEmbedder);

        Assert.InRange(Dot(alone, inBatch), 0.9999, 1.0001);
    }

    [Fact]
    public void Batching_moves_a_quantized_vector_only_slightly()
    {
        var (alone, inBatch) = AloneAndInBatch(embedder);

        Assert.InRange(Dot(alone, inBatch), 0.99, 1.0001);
    }

    [Fact]
    public void Quantized_model_keeps_each_vector_close_to_the_float_model()
    {
        var texts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures", "dprk-wagner"), "001_*.txt").SelectMany(File.ReadAllLines)
            .Where(line => line.Split(' ').Length >= 8)
            .ToList();

        var quantized = embedder.Embed(texts);
        var exact = floatEmbedder.Embed(texts);

        Assert.True(texts.Count >= 10, $"only {texts.Count} paragraphs read");
        Assert.All(Enumerable.Range(0, texts.Count), i => Assert.InRange(Dot(quantized[i], exact[i]), 0.97, 1.0001));
    }

    [Fact]
    public void Quantized_model_keeps_the_order_of_similarities()
    {
        var texts = new[]
        {
            "The central bank raised interest rates by half a percentage point on Tuesday.",
            "On Tuesday the central bank increased its key rate by 0.5 points.",
            "Inflation stayed above the bank's target for a third month.",
            "The striker scored twice as the home side won the cup final.",
        };
        var quantized = embedder.Embed(texts);
        var exact = floatEmbedder.Embed(texts);

        var byQuantized = Enumerable.Range(1, 3).OrderByDescending(i => Dot(quantized[0], quantized[i])).ToArray();
        var byFloat = Enumerable.Range(1, 3).OrderByDescending(i => Dot(exact[0], exact[i])).ToArray();
        Assert.Equal(byFloat, byQuantized);
    }

    private static (float[] Alone, float[] InBatch) AloneAndInBatch(MiniLmEmbedder model)
    {
        var alone = model.Embed(["Rescue teams searched the collapsed building through the night."])[0];
        var inBatch = model.Embed(
        [
            "A much longer sentence that forces padding in the batch, with many more word pieces than the other one has.",
            "Rescue teams searched the collapsed building through the night.",
        ])[1];
        return (alone, inBatch);
    }

    private static double Dot(float[] a, float[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    public sealed class Model : IDisposable
    {
        public Model()
        {
            Embedder = MiniLmEmbedder.TryCreate(MiniLmOptions.Default, out var failure)
                ?? throw new InvalidOperationException(failure);
            FloatEmbedder = MiniLmEmbedder.TryCreate(MiniLmOptions.Default with { Quantized = false }, out failure)
                ?? throw new InvalidOperationException(failure);
        }

        public MiniLmEmbedder Embedder { get; }

        public MiniLmEmbedder FloatEmbedder { get; }

        public void Dispose()
        {
            Embedder.Dispose();
            FloatEmbedder.Dispose();
        }
    }
}
