using System.Text.Json;

namespace Crosscheck.Cli.Tests;

/// <summary>The whole pipeline on the sample corpus, checked through the commands a user runs.</summary>
public sealed class StoryCommandsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("crosscheck-stories-").FullName;

    public StoryCommandsTests()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "fixtures", "dprk-wagner");
        var (exit, _, stderr) = CliRunner.Run(directory, "run", samples, "--out", "out", "--db", "s.db", "--no-embeddings");
        Assert.True(exit == 0, stderr);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private JsonDocument Story()
    {
        var (_, listing, _) = CliRunner.Run(directory, "stories", "--db", "s.db", "--json");
        using var stories = JsonDocument.Parse(listing);
        var id = Assert.Single(stories.RootElement.EnumerateArray()).GetProperty("id").GetString()!;
        var (exit, json, stderr) = CliRunner.Run(directory, "story", id, "--db", "s.db", "--format", "json");
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(json);
    }

    private Dictionary<string, string> Numbers()
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "out", "report.json")));
        return report.RootElement.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => Path.GetFileName(a.GetProperty("source").GetString()!)[..3]);
    }

    [Fact]
    public void Sample_reports_are_one_story_with_the_later_briefing_as_a_dated_development()
    {
        using var story = Story();
        var numbers = Numbers();
        Assert.Equal(5, story.RootElement.GetProperty("articles").GetArrayLength());
        var developments = story.RootElement.GetProperty("developments").EnumerateArray().ToList();
        Assert.Equal("2022-12-22", developments[0].GetProperty("date").GetString());
        Assert.Equal(["000", "001", "002", "004"], developments[0].GetProperty("articles").EnumerateArray().Select(a => numbers[a.GetString()!]).Order());
        Assert.Equal(["003"], developments[1].GetProperty("articles").EnumerateArray().Select(a => numbers[a.GetString()!]));
        Assert.NotNull(developments[1].GetProperty("date").GetString());
    }

    [Fact]
    public void Wire_copies_share_an_origin_and_count_once()
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "out", "report.json")));
        var origins = report.RootElement.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => Path.GetFileName(a.GetProperty("source").GetString()!)[..3], a => a.GetProperty("origin").GetString());
        Assert.Equal(origins["001"], origins["002"]);
        Assert.Equal(4, origins.Values.Distinct().Count());

        using var story = Story();
        var claims = story.RootElement.GetProperty("claims").EnumerateArray().ToList();
        var delivery = claims.Single(c => c.GetProperty("text").GetString()!.Contains("completed", StringComparison.Ordinal)
            && c.GetProperty("text").GetString()!.Contains("arms delivery to Wagner", StringComparison.Ordinal));
        Assert.True(delivery.GetProperty("origins").GetInt32() >= 3);
        Assert.Equal("corroborated", delivery.GetProperty("status").GetString());
        var killed = claims.Single(c => c.GetProperty("text").GetString()!.Contains("Wagner fighters killed in recent weeks", StringComparison.Ordinal));
        Assert.Equal(1, killed.GetProperty("origins").GetInt32());
    }

    [Fact]
    public void Distortions_of_the_garbled_copy_are_discrepancies()
    {
        using var story = Story();
        var discrepancies = story.RootElement.GetProperty("discrepancies").EnumerateArray().ToList();
        string Variants(JsonElement d) => string.Join(" | ", d.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("text").GetString()));
        Assert.Contains(discrepancies, d => d.GetProperty("kind").GetString() == "name" && Variants(d).Contains("Bagmut", StringComparison.Ordinal));
        Assert.Contains(discrepancies, d => d.GetProperty("kind").GetString() == "wording" && Variants(d).Contains("surrendered", StringComparison.Ordinal));
        Assert.Contains(discrepancies, d => d.GetProperty("kind").GetString() == "number" && Variants(d).Contains("prisons", StringComparison.Ordinal));
        Assert.DoesNotContain(discrepancies, d => Variants(d).Contains("$148", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_fact_points_at_the_passage_it_came_from()
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "out", "report.json")));
        var texts = report.RootElement.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("text").GetString()!);
        var story = report.RootElement.GetProperty("stories")[0];
        foreach (var part in new[] { "claims", "quotes", "events" })
        {
            foreach (var item in story.GetProperty(part).EnumerateArray())
            {
                foreach (var occurrence in item.GetProperty("occurrences").EnumerateArray())
                {
                    var text = texts[occurrence.GetProperty("article").GetString()!];
                    var start = occurrence.GetProperty("start").GetInt32();
                    var end = occurrence.GetProperty("end").GetInt32();
                    Assert.InRange(start, 0, end);
                    Assert.InRange(end, start, text.Length);
                    Assert.Equal(text[start..end], occurrence.GetProperty("text").GetString());
                }
            }
        }
    }

    [Fact]
    public void Unknown_story_id_is_named_in_the_error()
    {
        var (exit, _, stderr) = CliRunner.Run(directory, "story", "s-0000000000000000", "--db", "s.db");
        Assert.Equal(1, exit);
        Assert.Contains("s-0000000000000000", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Dossier_lists_timeline_claims_and_sources()
    {
        var markdown = File.ReadAllText(Path.Combine(directory, "out", "report.md"));
        Assert.Contains("### Timeline", markdown, StringComparison.Ordinal);
        Assert.Contains("### Claims", markdown, StringComparison.Ordinal);
        Assert.Contains("### Discrepancies", markdown, StringComparison.Ordinal);
        Assert.Contains("### Quotes by speaker", markdown, StringComparison.Ordinal);
        Assert.Contains("### Sources", markdown, StringComparison.Ordinal);
    }
}
