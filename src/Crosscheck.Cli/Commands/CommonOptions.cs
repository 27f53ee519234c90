using System.CommandLine;
using Crosscheck.Core.Ingest;
using Crosscheck.Embeddings.Onnx;
using Crosscheck.Storage.Sqlite;

namespace Crosscheck.Cli.Commands;

/// <summary>Options several commands share, defined once.</summary>
internal static class CommonOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite database file (created if missing).",
        DefaultValueFactory = _ => "crosscheck.db",
    };

    public static Option<double> MaxSize() => new("--max-size")
    {
        Description = "Largest input file accepted, in megabytes.",
        DefaultValueFactory = _ => DocumentReader.DefaultMaxInflatedBytes / 1_000_000.0,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table." };

    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Files or folders (recursive): .txt/.md, .html/.htm, RSS/Atom feeds, .jsonl, .warc, any of them .gz.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<bool> NoEmbeddings() => new("--no-embeddings")
    {
        Description = "Do not load the sentence-embedding model (MiniLM); similarity falls back to TF-IDF and word overlap.",
    };

    /// <summary>Loads the bundled sentence-embedding model, or warns and returns null so the stages fall back to TF-IDF.</summary>
    public static MiniLmEmbedder? LoadEmbedder()
    {
        var embedder = MiniLmEmbedder.TryCreate(null, out var failure);
        if (embedder is null)
        {
            Console.Error.WriteLine($"warning: the sentence-embedding model could not be loaded ({failure}); falling back to TF-IDF");
        }

        return embedder;
    }

    /// <summary>Opens the store, or prints why it cannot be opened and returns null.</summary>
    public static SqliteArticleStore? OpenStore(string path)
    {
        try
        {
            return SqliteArticleStore.Open(path);
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return null;
        }
    }
}
