using System.Text;
using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Tests.Cleaning;

public class HtmlArticleExtractorTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    private static HtmlExtraction ExtractFixture(string name) =>
        Extractor.Extract(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "html", name, "source.html")), "https://example.org/story");

    [Fact]
    public void Article_paragraphs_and_inner_headings_are_kept_in_order()
    {
        var extraction = ExtractFixture("news-article");

        Assert.Equal(6, extraction.Paragraphs.Length);
        Assert.StartsWith("The harbour bridge reopened", extraction.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("Traffic returns to the old town", extraction.Paragraphs[3]);
        Assert.StartsWith("Buses will return", extraction.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Navigation_ads_newsletter_related_comments_and_footer_are_not_in_the_text()
    {
        var text = ExtractFixture("news-article").Text;

        Assert.DoesNotContain("Business", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", text, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry service to end", text, StringComparison.Ordinal);
        Assert.DoesNotContain("commute", text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_is_not_repeated_in_the_body()
    {
        var extraction = ExtractFixture("news-article");

        Assert.DoesNotContain(extraction.Paragraphs, p => p == extraction.Title);
    }

    [Fact]
    public void Blocks_dropped_inside_the_article_carry_their_reason()
    {
        var removed = ExtractFixture("news-article").Removed;

        Assert.Contains(new RemovedLine("Cyclists cross the reopened span on Thursday morning.", RemovalReason.Caption), removed);
        Assert.Contains(new RemovedLine("Advertisement", RemovalReason.Advertisement), removed);
        Assert.Contains(removed, r => r.Reason == RemovalReason.Newsletter && r.Text.StartsWith("Sign up", StringComparison.Ordinal));
        Assert.Contains(removed, r => r.Reason == RemovalReason.CommentPrompt && r.Text.Contains("Share on", StringComparison.Ordinal));
        Assert.Contains(removed, r => r.Reason == RemovalReason.RelatedLink && r.Text.StartsWith("Ferry service", StringComparison.Ordinal));
    }

    [Fact]
    public void Metadata_comes_from_meta_tags_and_json_ld()
    {
        var extraction = ExtractFixture("news-article");

        Assert.Equal("Harbour bridge reopens after two-year repair", extraction.Title);
        Assert.Equal("The Coastal Ledger", extraction.Outlet);
        Assert.Equal("Maria Okafor", extraction.Byline);
        Assert.Equal("en", extraction.Language);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 9, 30, 0, TimeSpan.Zero), extraction.Published?.Instant);
    }

    [Fact]
    public void Json_ld_graph_gives_date_and_all_authors_when_meta_tags_are_missing()
    {
        var extraction = ExtractFixture("blog-post");

        Assert.Equal("Wie Stadtgärten das Klima verbessern", extraction.Title);
        Assert.Equal("Grünes Netz", extraction.Outlet);
        Assert.Equal("Jonas Weber, Lea Brandt", extraction.Byline);
        Assert.Equal(new PublicationDate(new DateOnly(2023, 7, 2)), extraction.Published);
        Assert.Equal("de", extraction.Language);
    }

    [Fact]
    public void Theme_class_words_on_the_page_wrapper_do_not_hide_the_article()
    {
        var extraction = ExtractFixture("blog-post");

        Assert.Equal(6, extraction.Paragraphs.Length);
        Assert.Equal("Was Gärtnerinnen und Gärtner beachten sollten", extraction.Paragraphs[2]);
        Assert.Contains(new RemovedLine("Foto: Ein Gemeinschaftsgarten im Sommer.", RemovalReason.Caption), extraction.Removed);
        Assert.DoesNotContain(extraction.Paragraphs, p => p.Contains("Unser Team", StringComparison.Ordinal));
    }

    [Fact]
    public void Time_element_gives_the_date_when_nothing_else_does()
    {
        const string html = """
            <html><body><article><time datetime="2021-11-05T18:00:00-05:00">Nov 5</time>
            <p>A paragraph long enough to be read as the body of this small article about nothing in particular.</p></article></body></html>
            """;

        var published = Extractor.Extract(html).Published;

        Assert.Equal(new DateTimeOffset(2021, 11, 5, 18, 0, 0, TimeSpan.FromHours(-5)), published?.Instant);
    }

    [Fact]
    public void The_date_printed_in_the_byline_dates_a_page_that_gives_no_other()
    {
        const string html = """
            <html><body><article><div class="byline">Jeff FoustMonday, November 18, 2019</div>
            <p>A paragraph long enough to be read as the body of this small article about nothing in particular.</p></article></body></html>
            """;

        var extraction = Extractor.Extract(html);

        Assert.Equal(("Jeff Foust", new PublicationDate(new DateOnly(2019, 11, 18))), (extraction.Byline, extraction.Published));
    }

    [Fact]
    public void A_date_written_out_with_a_zone_name_in_a_meta_tag_gives_the_day()
    {
        const string html = """<html><head><meta property="article:published_time" content="November 19, 2019, 07:47 PM EST"></head><body></body></html>""";

        Assert.Equal(new PublicationDate(new DateOnly(2019, 11, 19)), Extractor.Extract(html).Published);
    }

    [Fact]
    public void A_date_printed_in_an_element_named_for_it_dates_a_page_without_metadata()
    {
        const string html = """
            <html><body><article><h1>Titan mapped</h1><span class="article-date">Posted 19 NOV 2019</span>
            <p>A paragraph long enough to be read as the body of this small article about nothing in particular.</p>
            <ul class="related-dates"><li>A list of related articles from 3 March 2015, 8 May 2016 and many other days long ago</li></ul></article></body></html>
            """;

        Assert.Equal(new PublicationDate(new DateOnly(2019, 11, 19)), Extractor.Extract(html).Published);
    }

    [Theory]
    [InlineData("https://www.nytimes.com/2019/11/18/business/trump-trade-war-china.html", 2019, 11, 18)]
    [InlineData("https://www.example.com/news/2021/2/3/", 2021, 2, 3)]
    public void The_day_in_the_page_address_dates_a_page_that_gives_no_other(string url, int year, int month, int day)
    {
        const string html = """<html><body><article><p>A paragraph long enough to be read as the body of this small article about nothing in particular.</p></article></body></html>""";

        Assert.Equal(new PublicationDate(new DateOnly(year, month, day)), Extractor.Extract(html, url).Published);
        Assert.Null(Extractor.Extract(html, "https://www.example.com/2021/13/45/story").Published);
    }

    [Fact]
    public void A_clock_time_without_zone_keeps_only_the_day()
    {
        const string html = """<html><head><meta name="pubdate" content="2020-02-29 23:15"></head><body></body></html>""";

        Assert.Equal(new PublicationDate(new DateOnly(2020, 2, 29)), Extractor.Extract(html).Published);
    }

    [Fact]
    public void Malformed_html_with_binary_junk_still_yields_its_text()
    {
        var extraction = ExtractFixture("malformed");

        Assert.Contains(extraction.Paragraphs, p => p.StartsWith("First paragraph of a page", StringComparison.Ordinal));
        Assert.Null(extraction.Published);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain text, no markup at all")]
    [InlineData("<html><body></body></html>")]
    [InlineData("<script>var a = '<p>not text</p>';</script>")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\": [\"NewsArticle\"], \"author\": 42, \"datePublished\": {}}</script>")]
    [InlineData("<script type=\"application/ld+json\">{broken json</script>")]
    public void Degenerate_pages_do_not_throw(string html)
    {
        var extraction = Extractor.Extract(html);

        Assert.DoesNotContain(extraction.Paragraphs, p => p.Contains("not text", StringComparison.Ordinal));
    }

    [Fact]
    public void Deeply_nested_markup_does_not_overflow_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 20_000)) + "deep text";

        var extraction = Extractor.Extract(html);

        Assert.NotNull(extraction);
    }

    [Fact]
    public void Random_input_never_throws_and_keeps_no_empty_paragraph()
    {
        var random = new Random(20240314);
        string[] pieces =
        [
            "<p>", "</p>", "<div class=\"ad\">", "</div>", "<a href=x>", "</a>", "<br>", "<h2>", "</h2>", "<li>", "<ul>", "<figcaption>",
            "<script>", "</script>", "<!--", "-->", "<time datetime=\"2020-01-01\">", "&amp;", "&#0;", "\0", "\uFFFF", "\uD800", " ", "\n",
            "word", "Sentence with several words.", "<meta property=\"og:title\" content=\"t\">", "<html lang=\"\">", "<table><td>", "\"",
        ];
        for (var i = 0; i < 300; i++)
        {
            var html = new StringBuilder();
            var length = random.Next(0, 200);
            for (var j = 0; j < length; j++)
            {
                html.Append(random.Next(4) == 0 ? ((char)random.Next(0, 0x3000)).ToString() : pieces[random.Next(pieces.Length)]);
            }

            var extraction = Extractor.Extract(html.ToString());

            Assert.All(extraction.Paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(p)));
            Assert.All(extraction.Removed, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
        }
    }
}
