using System.CommandLine;
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
        DefaultValueFactory = _ => 20,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table." };

    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Files or folders (recursive): .txt/.md, .html/.htm, RSS/Atom feeds, .jsonl, .warc, any of them .gz.",
        Arity = ArgumentArity.OneOrMore,
    };

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
