using Crosscheck.Core.Stories;

namespace Crosscheck.Core.Tests.Stories;

public sealed class StoryRefinerTests
{
    // Term ids 0-9 are one event's vocabulary, 10-19 another's; each article carries a slightly different mix.
    private static ArticleSignals Article(int firstTerm, int shift, DateOnly? date = null)
    {
        var weights = Enumerable.Range(0, 8).Select(i => (firstTerm + ((i + shift) % 10), 1.0 + (0.1 * i))).ToList();
        return new ArticleSignals(SparseVector.FromWeights(weights), SparseVector.Empty, null, date);
    }

    [Fact]
    public void Two_streamed_stories_about_one_event_are_merged()
    {
        var articles = new[] { Article(0, 0), Article(0, 1), Article(0, 2), Article(0, 3) };

        var stories = StoryRefiner.Refine(articles, [[0, 1], [2, 3]], StoryOptions.Default);

        Assert.Equal([0, 1, 2, 3], Assert.Single(stories));
    }

    [Fact]
    public void Stories_about_different_events_stay_apart()
    {
        var articles = new[] { Article(0, 0), Article(0, 1), Article(10, 0), Article(10, 1) };

        var stories = StoryRefiner.Refine(articles, [[0, 1], [2, 3]], StoryOptions.Default);

        Assert.Equal(2, stories.Count);
        Assert.Contains([0, 1], stories);
        Assert.Contains([2, 3], stories);
    }

    [Fact]
    public void An_article_the_stream_misplaced_moves_to_the_story_it_reads_like()
    {
        var articles = new[] { Article(0, 0), Article(0, 1), Article(10, 0), Article(10, 1), Article(0, 2) };

        var stories = StoryRefiner.Refine(articles, [[0, 1], [2, 3, 4]], StoryOptions.Default);

        Assert.Contains([0, 1, 4], stories);
        Assert.Contains([2, 3], stories);
    }

    [Fact]
    public void Stories_further_apart_in_time_than_the_quiet_gap_are_not_merged()
    {
        var march = new DateOnly(2024, 3, 4);
        var articles = new[] { Article(0, 0, march), Article(0, 1, march), Article(0, 2, march.AddDays(60)), Article(0, 3, march.AddDays(61)) };

        var stories = StoryRefiner.Refine(articles, [[0, 1], [2, 3]], StoryOptions.Default);

        Assert.Equal(2, stories.Count);
    }
}
