using System.Globalization;
using System.Text.Json;

namespace Crosscheck.Cli.Tests;

public sealed class EvalAttributionCommandTests : IDisposable
{
    // The first quote has a frame the extractor finds; the second, a chant with no frame, is one it misses.
    private const string Text = "\u201CWe will cut taxes for every family in this state,\u201D the governor said on Monday.\n"
        + "The crowd answered with a chant of \u201Cfour more years\u201D before the speech ended.\n";

    private readonly string directory = Directory.CreateTempSubdirectory("crosscheck-eval-attribution-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Errors_option_lists_the_missed_direct_quote_with_its_context_and_not_the_found_one()
    {
        var split = Path.Combine(directory, "split");
        Directory.CreateDirectory(Path.Combine(split, "text"));
        Directory.CreateDirectory(Path.Combine(split, "attributions"));
        File.WriteAllText(Path.Combine(split, "text", "article.txt"), Text);
        File.WriteAllText(Path.Combine(split, "attributions", "article_a1.ann"), Annotation(Text));

        var (exit, stdout, stderr) = CliRunner.Run(directory, "eval", "attribution", split, "--json", "--errors", "errors.txt");

        Assert.True(exit == 0, stderr);
        using var report = JsonDocument.Parse(stdout);
        Assert.Equal(2, report.RootElement.GetProperty("gold_direct").GetInt32());
        var errors = File.ReadAllText(Path.Combine(directory, "errors.txt"));
        Assert.Contains("== MISSED article", errors, StringComparison.Ordinal);
        Assert.Contains("[[\u201Cfour more years\u201D]]", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("cut taxes for every family in this state,\u201D]]", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void All_errors_option_also_lists_a_missed_indirect_attribution()
    {
        const string text = "The bridge will close in May for repairs, the transport office announced in a bulletin to residents.\n";
        var split = Path.Combine(directory, "split");
        Directory.CreateDirectory(Path.Combine(split, "text"));
        Directory.CreateDirectory(Path.Combine(split, "attributions"));
        File.WriteAllText(Path.Combine(split, "text", "article.txt"), text);
        const string content = "The bridge will close in May";
        File.WriteAllText(
            Path.Combine(split, "attributions", "article_a1.ann"),
            string.Create(CultureInfo.InvariantCulture, $"T1\tContent 0 {content.Length}\t{content}\nE1\tAttribution:T1 Content:T1\n"));

        CliRunner.Run(directory, "eval", "attribution", split, "--errors", "direct.txt");
        var (exit, _, stderr) = CliRunner.Run(directory, "eval", "attribution", split, "--errors", "all.txt", "--all-errors");

        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("== MISSED", File.ReadAllText(Path.Combine(directory, "direct.txt")), StringComparison.Ordinal);
        Assert.Contains("[[The bridge will close in May]]", File.ReadAllText(Path.Combine(directory, "all.txt")), StringComparison.Ordinal);
    }

    private static string Annotation(string text)
    {
        var first = text[..(text.IndexOf('\u201D', StringComparison.Ordinal) + 1)];
        var chant = "\u201Cfour more years\u201D";
        var chantStart = text.IndexOf(chant, StringComparison.Ordinal);
        var governor = text.IndexOf("the governor", StringComparison.Ordinal);
        var crowd = text.IndexOf("The crowd", StringComparison.Ordinal);
        return string.Join(
            '\n',
            string.Create(CultureInfo.InvariantCulture, $"T1\tContent 0 {first.Length}\t{first}"),
            string.Create(CultureInfo.InvariantCulture, $"T2\tSource {governor} {governor + 12}\tthe governor"),
            string.Create(CultureInfo.InvariantCulture, $"T3\tContent {chantStart} {chantStart + chant.Length}\t{chant}"),
            string.Create(CultureInfo.InvariantCulture, $"T4\tSource {crowd} {crowd + 9}\tThe crowd"),
            "E1\tAttribution:T1 Content:T1 Source:T2",
            "E2\tAttribution:T3 Content:T3 Source:T4",
            string.Empty);
    }
}
