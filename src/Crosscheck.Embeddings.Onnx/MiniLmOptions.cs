namespace Crosscheck.Embeddings.Onnx;

/// <summary>
/// Settings of the MiniLM embedder. Inputs longer than <see cref="MaxTokens"/> word pieces are cut: sentences fit in
/// 128, a news lead carries its story's topic within them, and the model runs twice as fast as at 256 (its training
/// length). Batches are formed from inputs of similar length so that little of each batch is padding.
/// <see cref="Quantized"/> runs the weight matrices in 8-bit integers (see <see cref="WeightQuantizer"/>): several
/// times faster on CPU, vectors within about 0.99 cosine of the float model's. The activations are quantized per
/// batch, so with it a text's vector moves slightly (cosine above 0.99) with the texts batched beside it.
/// </summary>
public sealed record MiniLmOptions(int MaxTokens = 128, int BatchSize = 32, int IntraOpThreads = 0, bool Quantized = true)
{
    public static MiniLmOptions Default { get; } = new();
}
