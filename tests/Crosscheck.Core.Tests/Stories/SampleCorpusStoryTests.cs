using System.Collections.Immutable;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Stories;

namespace Crosscheck.Core.Tests.Stories;

/// <summary>
/// The sample corpus as a cleaner would hand it over: title, body paragraphs, publication date or dateline where
/// the page states one, and the caption lines it removed. The metadata below is what each page itself shows.
/// </summary>
public sealed class SampleCorpusStoryTests
{
    private static readonly (string File, DateOnly? Published, string? Dateline, string[] Removed)[] Pages =
    [
        ("000_b38dca9ea768462e.txt", null, null, ["White House National Security Council Strategic"]),
        ("001_a91f8e70cfaecba7.txt", new DateOnly(2022, 12, 23), null, ["Advertisement", "Yevgeny Prigozhin is supporting Russian war efforts with weapons supplied by N Korea, the US says. Photo"]),
        ("002_d590c6a3bc0264bc.txt", null, "WASHINGTON, Dec 22 (Reuters)", []),
        ("003_5a8d64c5a00ff039.txt", null, null, ["Russian President Vladimir Putin, right,", "Yuri Kadobnov", "The Associated Press", "Yevgeny Prigozhin, left, gestures", "White House National Security spokesman John Kirby displays", "A man walks past a television screen"]),
        ("004_0cf084d475006415.txt", null, null, []),
    ];

    [Fact]
    public void Sample_reports_form_one_story_with_the_later_briefing_as_its_own_development()
    {
        var articles = Pages.Select(Load).ToList();

        var story = Assert.Single(new StoryClusterer().Cluster(articles));

        Assert.Equal(5, story.Articles.Length);
        Assert.Equal(2, story.Developments.Length);
        var first = story.Developments[0];
        Assert.Equal("2022-12-22", first.Date!.ToIso());
        Assert.Equal(["000", "001", "002", "004"], first.Articles.Select(a => a.Value).Order());
        var later = story.Developments[1];
        Assert.Equal(["003"], later.Articles.Select(a => a.Value));
        Assert.True(later.Date!.Earliest > new DateOnly(2022, 12, 31), later.Date.ToIso());
        Assert.Equal(DateEvidence.Weekday, story.ArticleDates[new ArticleId("000")].Evidence);
        Assert.Equal(new DateOnly(2022, 12, 22), story.ArticleDates[new ArticleId("002")].Date);
    }

    private static CleanArticle Load((string File, DateOnly? Published, string? Dateline, string[] Removed) page)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "fixtures", "dprk-wagner", page.File))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var removed = lines.Where(l => page.Removed.Any(r => l.StartsWith(r, StringComparison.Ordinal))).ToList();
        var body = lines.Except(removed).ToList();
        var reasons = removed.Select(l => new RemovedLine(l, l == "Advertisement" ? RemovalReason.Advertisement : RemovalReason.Caption));
        return new CleanArticle(
            new ArticleId(page.File[..3]), page.File, null, body[0], null, page.Published is { } p ? new PublicationDate(p) : null,
            page.Dateline, null, [], "en", string.Join("\n\n", body.Skip(1)), reasons.ToImmutableArray());
    }
}
