using System.Text.Json;

namespace Crosscheck.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crosscheck-run-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Run_on_the_sample_corpus_writes_both_reports()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "fixtures", "dprk-wagner");
        var (exit, _, stderr) = CliRunner.Run(directory, "run", samples, "--out", "out", "--db", "run.db");
        Assert.True(exit == 0, stderr);

        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "out", "report.json")));
        var articles = report.RootElement.GetProperty("articles");
        Assert.Equal(5, articles.GetArrayLength());
        foreach (var article in articles.EnumerateArray())
        {
            Assert.Matches("^a-[0-9a-f]{16}$", article.GetProperty("id").GetString());
            Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("text").GetString()));
        }

        Assert.Contains("# Crosscheck report", File.ReadAllText(Path.Combine(directory, "out", "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_folder_that_cannot_be_made_is_named_before_any_work_and_nothing_is_stored()
    {
        File.WriteAllText(Path.Combine(directory, "taken"), "a file, not a folder");
        var samples = Path.Combine(AppContext.BaseDirectory, "fixtures", "dprk-wagner");

        var (exit, _, stderr) = CliRunner.Run(directory, "run", samples, "--out", Path.Combine("taken", "out"), "--db", "run.db");

        Assert.Equal(2, exit);
        Assert.Contains("error: --out " + Path.Combine("taken", "out") + ": the folder cannot be made", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory, "run.db")));
    }

    [Fact]
    public void File_a_command_cannot_write_is_named_without_a_stack_trace()
    {
        File.WriteAllText(Path.Combine(directory, "taken"), "a file, not a folder");
        var cues = Path.Combine(directory, "cues");
        Directory.CreateDirectory(Path.Combine(cues, "text"));
        Directory.CreateDirectory(Path.Combine(cues, "attributions"));

        var (exit, _, stderr) = CliRunner.Run(directory, "train", "cues", cues, "--out", Path.Combine("taken", "cues.tsv"));

        Assert.Equal(1, exit);
        Assert.Contains("error: ", stderr, StringComparison.Ordinal);
        Assert.Contains("cues.tsv", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_input_gives_the_same_article_ids_in_a_fresh_database()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "fixtures", "dprk-wagner");
        CliRunner.Run(directory, "run", samples, "--out", "one", "--db", "one.db");
        CliRunner.Run(directory, "run", samples, "--out", "two", "--db", "two.db");
        string Ids(string folder)
        {
            using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, folder, "report.json")));
            return string.Join(',', report.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        }

        Assert.Equal(Ids("one"), Ids("two"));
    }
}
