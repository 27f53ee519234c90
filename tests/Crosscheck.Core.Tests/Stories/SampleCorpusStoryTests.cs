using Crosscheck.Core.Stories;

namespace Crosscheck.Core.Tests.Stories;

public sealed class SampleCorpusStoryTests
{
    [Fact]
    public void Sample_reports_form_one_story_with_the_later_briefing_as_its_own_development()
    {
        var articles = SampleCorpus.All();
        string Number(ArticleId id) => Path.GetFileName(articles.Single(a => a.Id == id).Source)[..3];

        var story = Assert.Single(new StoryClusterer().Cluster(articles));

        Assert.Equal(5, story.Articles.Length);
        Assert.Equal(2, story.Developments.Length);
        var first = story.Developments[0];
        Assert.Equal("2022-12-22", first.Date!.ToIso());
        Assert.Equal(["000", "001", "002", "004"], first.Articles.Select(Number).Order());
        var later = story.Developments[1];
        Assert.Equal(["003"], later.Articles.Select(Number));
        Assert.True(later.Date!.Earliest > new DateOnly(2022, 12, 31), later.Date.ToIso());
        var byNumber = story.ArticleDates.ToDictionary(p => Number(p.Key), p => p.Value);
        Assert.Equal(DateEvidence.Weekday, byNumber["000"].Evidence);
        Assert.Equal(new DateOnly(2022, 12, 22), byNumber["002"].Date);
    }
}
