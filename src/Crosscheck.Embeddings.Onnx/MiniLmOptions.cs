namespace Crosscheck.Embeddings.Onnx;

/// <summary>
/// Settings of the MiniLM embedder. Inputs longer than <see cref="MaxTokens"/> word pieces are cut: the model was
/// trained on passages of up to 256 and news leads carry their topic early. Batches are formed from inputs of
/// similar length so that little of each batch is padding.
/// </summary>
public sealed record MiniLmOptions(int MaxTokens = 256, int BatchSize = 32, int IntraOpThreads = 0)
{
    public static MiniLmOptions Default { get; } = new();
}
