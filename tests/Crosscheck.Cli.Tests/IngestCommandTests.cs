using System.Globalization;
using System.IO.Compression;
using System.Text;
using Crosscheck.Storage.Sqlite;

namespace Crosscheck.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crosscheck-cli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return buffer.ToArray();
    }

    private static string Story(int n) =>
        $"Council approves budget number {n.ToString(CultureInfo.InvariantCulture)}\n\n" +
        $"The town council approved budget number {n.ToString(CultureInfo.InvariantCulture)} on Monday after a debate that lasted most of the evening and ended in a vote.\n\n" +
        "The mayor said the plan would fund new schools and repair the roads that were damaged in the winter storms.";

    [Fact]
    public void Bad_inputs_are_named_with_their_reason_and_the_rest_is_stored()
    {
        Write("good/story.txt", Utf8(Story(1)));
        Write("bad/binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00, 0x00]);
        Write("bad/empty.txt", []);
        Write("bad/broken.jsonl", Utf8("{\"url\": \"https://example.com/a\", \"text\": \"" + Story(2).Replace("\n", "\\n", StringComparison.Ordinal) + "\"}\n{not json\n"));
        Write("bad/huge.txt", Utf8(new string('a', 2_100_000)));
        Write("bad/expands.txt.gz", Gzip(Utf8(new string('a', 2_100_000))));
        var story = Gzip(Utf8(Story(3)));
        Write("bad/cut.txt.gz", story[..^4]);

        var (exit, _, stderr) = CliRunner.Run(directory, "ingest", "good", "bad", "missing-folder", "--db", "test.db", "--max-size", "2");

        Assert.Equal(1, exit);
        Assert.Contains("binary.txt: binary content", stderr, StringComparison.Ordinal);
        Assert.Contains("empty.txt: empty file", stderr, StringComparison.Ordinal);
        Assert.Contains("broken.jsonl:2: invalid JSON", stderr, StringComparison.Ordinal);
        Assert.Contains("huge.txt: file is 2.1 MB, over the 2 MB limit", stderr, StringComparison.Ordinal);
        Assert.Contains("expands.txt.gz: gzip file inflates to more than the 2 MB limit", stderr, StringComparison.Ordinal);
        Assert.Contains("cut.txt.gz: truncated or corrupt gzip file", stderr, StringComparison.Ordinal);
        Assert.Contains("missing-folder: no such file or folder", stderr, StringComparison.Ordinal);
        using var store = SqliteArticleStore.Open(Path.Combine(directory, "test.db"));
        Assert.Equal(2, store.Count());
    }

    [Fact]
    public void Folder_linking_back_to_its_parent_is_read_once_and_named()
    {
        Write("news/a.txt", Utf8(Story(5)));
        Write("news/deeper/b.txt", Utf8(Story(6)));
        Directory.CreateSymbolicLink(Path.Combine(directory, "news", "deeper", "back"), Path.Combine(directory, "news"));

        var (exit, _, stderr) = CliRunner.Run(directory, "ingest", "news", "--db", "test.db");

        Assert.Equal(1, exit);
        Assert.Contains("back: links back to a folder already read", stderr, StringComparison.Ordinal);
        Assert.Contains("2 files: 2 articles added, 0 already stored", stderr, StringComparison.Ordinal);
        using var store = SqliteArticleStore.Open(Path.Combine(directory, "test.db"));
        Assert.Equal(2, store.Count());
    }

    [Fact]
    public void Windows_1252_text_is_decoded_not_mangled()
    {
        var bytes = Encoding.Latin1.GetBytes(Story(3).Replace("The mayor", "The caf\u00e9 owner", StringComparison.Ordinal));
        Write("legacy.txt", bytes);
        var (exit, _, stderr) = CliRunner.Run(directory, "ingest", "legacy.txt", "--db", "test.db");
        Assert.True(exit == 0, stderr);
        using var store = SqliteArticleStore.Open(Path.Combine(directory, "test.db"));
        Assert.Contains("caf\u00e9 owner", store.LoadArticles().Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reingesting_the_same_folder_is_idempotent()
    {
        Write("in/a.txt", Utf8(Story(4)));
        Write("in/b.txt", Utf8(Story(5)));
        Assert.Equal(0, CliRunner.Run(directory, "ingest", "in", "--db", "test.db").ExitCode);
        var (exit, _, stderr) = CliRunner.Run(directory, "ingest", "in", "--db", "test.db");
        Assert.Equal(0, exit);
        Assert.Contains("0 articles added, 2 already stored", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_database_is_refused_with_its_name_and_left_alone()
    {
        Write("in/a.txt", Utf8(Story(6)));
        var db = Write("broken.db", Utf8(new string('x', 8192)));
        var (exit, _, stderr) = CliRunner.Run(directory, "ingest", "in", "--db", db);
        Assert.Equal(1, exit);
        Assert.Contains(db, stderr, StringComparison.Ordinal);
        Assert.Equal(new string('x', 8192), File.ReadAllText(db));
    }

    [Fact]
    public void Missing_argument_or_unknown_command_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run(directory, "ingest").ExitCode);
        Assert.Equal(2, CliRunner.Run(directory, "no-such-command").ExitCode);
    }

    [Fact]
    public void Killed_ingest_leaves_a_consistent_database_and_a_rerun_finishes_the_job()
    {
        const int files = 3000;
        for (var i = 0; i < files; i++)
        {
            Write($"many/{i:D5}.txt", Utf8(Story(1000 + i)));
        }

        var db = Path.Combine(directory, "killed.db");
        using (var process = CliRunner.Start(directory, "ingest", "many", "--db", db))
        {
            // Wait until at least one batch has committed, then kill without warning.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !process.HasExited && CommittedCount(db) == 0)
            {
                Thread.Sleep(20);
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit();
        }

        var afterKill = CommittedCount(db);
        Assert.InRange(afterKill, 1, files);

        var (exit, _, stderr) = CliRunner.Run(directory, "ingest", "many", "--db", db);
        Assert.True(exit == 0, stderr);
        using var store = SqliteArticleStore.Open(db);
        Assert.Equal(files, store.Count());
    }

    private static int CommittedCount(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM articles";
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }
}
