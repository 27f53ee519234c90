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
