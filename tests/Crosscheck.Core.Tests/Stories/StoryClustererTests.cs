using System.Collections.Immutable;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Stories;

namespace Crosscheck.Core.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly string[] Quake =
    [
        "A magnitude 6.8 earthquake struck the mountain province of Valdoria early on Monday, collapsing houses in the town of Serrano and cutting power to thousands. Rescue teams from Serrano searched the rubble for survivors.",
        "Rescuers in Valdoria pulled survivors from collapsed homes in Serrano after the 6.8 magnitude earthquake, as aftershocks rattled the province and the power grid remained down across the mountain towns.",
        "The death toll from the Valdoria earthquake rose as rescue teams reached remote villages near Serrano, where the quake destroyed houses, roads and the regional power station.",
    ];

    private static readonly string[] Transfer =
    [
        "Striker Marco Lindqvist completed his record transfer to Hartfield United on Monday, signing a five-year contract after the clubs agreed a fee for the forward.",
        "Hartfield United unveiled Marco Lindqvist at their stadium after the record transfer fee was agreed, with the striker saying the contract was a dream move for his career.",
        "Fans of Hartfield United packed the stadium shop for shirts bearing the name of Marco Lindqvist, the striker whose record transfer was completed this week.",
    ];

    [Fact]
    public void Articles_about_two_events_form_two_stories()
    {
        var articles = Quake.Select((t, i) => Article($"q{i}", t, new DateOnly(2024, 3, 4)))
            .Concat(Transfer.Select((t, i) => Article($"t{i}", t, new DateOnly(2024, 3, 4))))
            .ToList();

        var stories = new StoryClusterer().Cluster(articles);

        Assert.Equal(2, stories.Length);
        Assert.Contains(stories, s => s.Articles.Select(a => a.Value).Order().SequenceEqual(["q0", "q1", "q2"]));
        Assert.Contains(stories, s => s.Articles.Select(a => a.Value).Order().SequenceEqual(["t0", "t1", "t2"]));
    }

    [Fact]
    public void Like_events_that_share_no_name_are_two_stories()
    {
        // Two stabbings on one day, worded alike, in two cities with nobody and nothing named in common.
        var articles = new List<CleanArticle>
        {
            Article("a", "A man was stabbed to death on a crowded commuter train in Portwell, police said. A suspect was arrested at the next station after passengers held him down.", new DateOnly(2024, 3, 4)),
            Article("b", "A teacher was stabbed to death in a lecture hall in Kessendorf, police said. The attacker fled on foot and was arrested hours later in a nearby park.", new DateOnly(2024, 3, 4)),
        };

        Assert.True(new StoryClusterer(StoryOptions.Default with { NamelessShare = 1 }).Cluster(articles).Length == 1, "worded alike, the two reports would otherwise join");
        Assert.Equal(2, new StoryClusterer().Cluster(articles).Length);
    }

    [Fact]
    public void A_follow_up_days_later_becomes_a_second_development()
    {
        var articles = new List<CleanArticle>
        {
            Article("q0", Quake[0], new DateOnly(2024, 3, 4)),
            Article("q1", Quake[1], new DateOnly(2024, 3, 4)),
            Article("q2", Quake[2], new DateOnly(2024, 3, 5)),
            Article("q3", "Ten days after the Valdoria earthquake, the government announced a rebuilding fund for Serrano and the mountain province, promising new houses and a repaired power station before winter.", new DateOnly(2024, 3, 14)),
        };

        var story = Assert.Single(new StoryClusterer().Cluster(articles));

        Assert.Equal(2, story.Developments.Length);
        Assert.Equal("2024-03-04", story.Developments[0].Date!.ToIso());
        Assert.Equal(["q0", "q1", "q2"], story.Developments[0].Articles.Select(a => a.Value));
        Assert.Equal("2024-03-14", story.Developments[1].Date!.ToIso());
        Assert.Equal(["q3"], story.Developments[1].Articles.Select(a => a.Value));
    }

    [Fact]
    public void A_story_quiet_for_longer_than_the_gap_takes_no_new_articles()
    {
        var articles = new List<CleanArticle>
        {
            Article("q0", Quake[0], new DateOnly(2024, 3, 4)),
            Article("q1", Quake[1], new DateOnly(2024, 3, 5)),
            Article("t0", Transfer[0], new DateOnly(2024, 3, 30)),
            Article("q2", Quake[2], new DateOnly(2024, 3, 31)),
        };

        var stories = new StoryClusterer(StoryOptions.Default with { QuietAfterDays = 7 }).Cluster(articles);

        Assert.Equal(3, stories.Length);
        Assert.Contains(stories, s => s.Articles.Select(a => a.Value).SequenceEqual(["q2"]));
        Assert.Contains(stories, s => s.Articles.Select(a => a.Value).SequenceEqual(["q0", "q1"]));
    }

    [Fact]
    public void Story_id_comes_from_the_first_article_and_the_title_is_a_member_headline()
    {
        var first = new StoryClusterer().Cluster([Article("q0", Quake[0], new DateOnly(2024, 3, 4), "Quake hits Valdoria")]);
        var more = new StoryClusterer().Cluster(
        [
            Article("q0", Quake[0], new DateOnly(2024, 3, 4), "Quake hits Valdoria"),
            Article("q1", Quake[1], new DateOnly(2024, 3, 5), "Survivors pulled from rubble"),
        ]);

        Assert.StartsWith("s-", first[0].Id, StringComparison.Ordinal);
        Assert.Equal(first[0].Id, Assert.Single(more).Id);
        Assert.Contains(more[0].Title, new[] { "Quake hits Valdoria", "Survivors pulled from rubble" });
    }

    [Fact]
    public void Random_input_never_throws()
    {
        var random = new Random(7);
        const string alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ.,;:!?'\"()\n\u2019\u201C\u201D0123456789-";
        for (var round = 0; round < 30; round++)
        {
            var articles = Enumerable.Range(0, random.Next(0, 12)).Select(i =>
            {
                var text = new string(Enumerable.Range(0, random.Next(0, 400)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                DateOnly? date = random.Next(3) == 0 ? null : new DateOnly(2020, 1, 1).AddDays(random.Next(800));
                var caption = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                return Article($"r{round}-{i}", text, date, random.Next(2) == 0 ? null : text[..Math.Min(20, text.Length)], caption, random.Next(2) == 0 ? text[..Math.Min(30, text.Length)] : null);
            }).ToList();

            var stories = new StoryClusterer().Cluster(articles);

            Assert.Equal(articles.Count, stories.Sum(s => s.Articles.Length));
            Assert.All(stories, s => Assert.Equal(s.Articles.Length, s.Developments.Sum(d => d.Articles.Length)));
        }
    }

    internal static CleanArticle Article(string id, string text, DateOnly? published, string? title = null, string? caption = null, string? dateline = null) =>
        new(new ArticleId(id), id, null, title, null, published is { } p ? new PublicationDate(p) : null, dateline, null, [], "en", text,
            caption is null ? [] : ImmutableArray.Create(new RemovedLine(caption, RemovalReason.Caption)));
}
