using System.Diagnostics;
using Crosscheck.Core.Embeddings;

namespace Crosscheck.Benchmarks;

/// <summary>
/// Passes texts to an embedder and keeps count of what the pipeline asked of it: texts, characters and the wall
/// time spent inside the model, so the benchmark can tell how much of a stage is embedding.
/// </summary>
internal sealed class MeteredEmbedder(ISentenceEmbedder inner) : ISentenceEmbedder
{
    private readonly Stopwatch busy = new();
    private readonly Lock gate = new();

    public int Dimensions => inner.Dimensions;

    public long Texts { get; private set; }

    public long Characters { get; private set; }

    public int Calls { get; private set; }

    public TimeSpan Busy => busy.Elapsed;

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        lock (gate)
        {
            Calls++;
            Texts += texts.Count;
            Characters += texts.Sum(t => (long)t.Length);
            busy.Start();
            try
            {
                return inner.Embed(texts);
            }
            finally
            {
                busy.Stop();
            }
        }
    }

    public string Describe() =>
        $"{Texts:N0} texts in {Calls:N0} calls, {Characters / Math.Max(1.0, Texts):0} characters each, {Busy.TotalSeconds:0.00} s in the model";
}
