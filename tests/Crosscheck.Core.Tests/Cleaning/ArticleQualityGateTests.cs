using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Tests.Cleaning;

public sealed class ArticleQualityGateTests
{
    [Fact]
    public void News_prose_is_accepted()
    {
        const string text = """
            The city council voted on Tuesday to close the old bridge over the river after inspectors found cracks in two of its supports.

            Engineers said the repairs would take at least six months and cost more than the council had set aside for the whole year.

            Residents who cross the bridge every day will have to use a detour through the industrial estate, adding about twenty minutes to the trip.

            The mayor said she regretted the disruption but that the safety of the people who use the bridge had to come first.
            """;

        Assert.Null(ArticleQualityGate.Reject(text));
    }

    [Fact]
    public void Social_widget_text_is_rejected()
    {
        const string text = """
            Tweet with a location

            You can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications. You always have the option to delete your Tweet location history.

            Learn more
            """;

        Assert.NotNull(ArticleQualityGate.Reject(text));
    }

    [Fact]
    public void Crawler_notice_is_rejected_as_a_page_about_the_web()
    {
        const string text = """
            These crawls are part of an effort to archive pages as they are created and archive the pages that they refer to. That way, as the pages that are referenced are changed or taken from the web, a link to the version that was live when the page was written will be preserved. Then the Internet Archive hopes that references to these archived pages will be put in place of a link that would be otherwise be broken, or a companion link to allow people to see what was originally intended by a page's authors.
            """;

        Assert.NotNull(ArticleQualityGate.Reject(text));
    }

    [Fact]
    public void A_list_of_short_lines_is_rejected()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"Item {i} Category Price"));

        Assert.NotNull(ArticleQualityGate.Reject(text));
    }

    [Fact]
    public void A_headline_over_a_video_player_is_kept()
    {
        const string text = """
            Flooding forces thousands from their homes along the northern coast

            Play Video
            """;

        Assert.Null(ArticleQualityGate.Reject(text));
    }

    [Fact]
    public void A_short_error_page_is_rejected()
    {
        const string text = "We're sorry, but this page is not available. Try typing the web address again, or search the site.";

        Assert.NotNull(ArticleQualityGate.Reject(text));
    }

    [Fact]
    public void Fewer_words_than_a_headline_are_rejected()
    {
        Assert.NotNull(ArticleQualityGate.Reject("Read more"));
    }
}
