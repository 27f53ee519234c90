using System.IO.Compression;
using System.Text;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Ingest;

namespace Crosscheck.Core.Tests.Ingest;

public sealed class DocumentReaderTests
{
    private const string Body = "<p>The council approved the budget on Monday after a debate that lasted most of the evening and ended in a narrow vote.</p>" +
        "<p>The mayor said the plan would fund new schools and repair the roads damaged by the winter storms across the county.</p>";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Rss_item_with_encoded_content_becomes_an_article_with_feed_metadata()
    {
        var rss = $"""
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel><title>Town Crier</title><link>https://crier.example</link><description>d</description>
                <item><title>Council approves budget</title><link>https://crier.example/budget</link>
                  <pubDate>Mon, 05 Dec 2022 10:00:00 GMT</pubDate><description>Short summary.</description>
                  <content:encoded><![CDATA[{Body}]]></content:encoded></item>
              </channel>
            </rss>
            """;
        var result = DocumentReader.Read("feed.xml", Utf8(rss));
        var article = Assert.Single(result.Articles);
        Assert.Equal("https://crier.example/budget", article.Url);
        Assert.Equal("Town Crier", article.OutletHint);
        Assert.Equal("Council approves budget", article.TitleHint);
        Assert.Equal(new DateTimeOffset(2022, 12, 5, 10, 0, 0, TimeSpan.Zero), article.PublishedHint);
        var clean = ArticleCleaner.Clean(article, new CleanerOptions(new DateOnly(2026, 1, 1)));
        Assert.StartsWith("The council approved the budget", clean.Text, StringComparison.Ordinal);
        Assert.Equal("2022-12-05", clean.Published!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Atom_entry_content_becomes_an_article()
    {
        var atom = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2022-12-05T10:00:00Z</updated>
              <entry><title>Budget passes</title><id>urn:1</id><link href="https://wire.example/1"/><updated>2022-12-05T10:00:00Z</updated>
                <content type="html">{System.Net.WebUtility.HtmlEncode(Body)}</content></entry>
            </feed>
            """;
        var article = Assert.Single(DocumentReader.Read("wire.atom", Utf8(atom)).Articles);
        Assert.Equal("https://wire.example/1", article.Url);
        Assert.Contains("council approved", article.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_lines_become_articles_and_a_bad_line_is_named()
    {
        var jsonl = "{\"url\":\"https://a.example/1\",\"title\":\"One\",\"html\":\"" + Body.Replace("\"", "\\\"", StringComparison.Ordinal) + "\",\"published\":\"2022-12-22\",\"outlet\":\"A\"}\n" +
            "[1,2]\n" +
            "{\"url\":\"https://a.example/2\",\"text\":\"Plain text body of the second article, long enough to be prose.\"}\n";
        var result = DocumentReader.Read("batch.jsonl", Utf8(jsonl));
        Assert.Equal(2, result.Articles.Length);
        Assert.Equal(ContentFormat.Html, result.Articles[0].Format);
        Assert.Equal(ContentFormat.PlainText, result.Articles[1].Format);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("batch.jsonl:2", problem.Source);
    }

    [Fact]
    public void Warc_gz_response_records_become_html_articles()
    {
        var html = $"<html><head><title>Budget</title></head><body><article>{Body}</article></body></html>";
        var http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
        var httpBytes = Utf8(http);
        var request = "WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: https://crier.example/budget\r\nContent-Length: 4\r\n\r\nGET \r\n\r\n";
        var response = $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://crier.example/budget\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {httpBytes.Length}\r\n\r\n";
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Utf8(request));
            gzip.Write(Utf8(response));
            gzip.Write(httpBytes);
            gzip.Write(Utf8("\r\n\r\n"));
        }

        var result = DocumentReader.Read("crawl.warc.gz", buffer.ToArray());
        Assert.Empty(result.Problems);
        var article = Assert.Single(result.Articles);
        Assert.Equal("https://crier.example/budget", article.Url);
        Assert.Equal(ContentFormat.Html, article.Format);
    }

    [Fact]
    public void Truncated_warc_is_a_named_problem()
    {
        var warc = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n";
        var problem = Assert.Single(DocumentReader.Read("cut.warc", Utf8(warc)).Problems);
        Assert.Contains("truncated", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_and_empty_inputs_are_refused_with_a_reason()
    {
        Assert.Contains("binary", Assert.Single(DocumentReader.Read("x.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D]).Problems).Reason, StringComparison.Ordinal);
        Assert.Contains("empty", Assert.Single(DocumentReader.Read("x.txt", []).Problems).Reason, StringComparison.Ordinal);
        Assert.Contains("empty", Assert.Single(DocumentReader.Read("x.txt", Utf8("  \n\n ")).Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_1252_bytes_are_decoded()
    {
        var bytes = Encoding.Latin1.GetBytes("The caf\u00e9 owner said the na\u00efve plan would fail, according to the council's own r\u00e9sum\u00e9 of the debate.");
        var article = Assert.Single(DocumentReader.Read("legacy.txt", bytes).Articles);
        Assert.Contains("caf\u00e9", article.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Utf16_text_without_a_byte_order_mark_is_decoded_not_refused_as_binary(string encoding)
    {
        const string text = "The minister said on Monday that the talks in Geneva would continue next week, officials said.";
        var bytes = Encoding.GetEncoding(encoding).GetBytes(text);

        var article = Assert.Single(DocumentReader.Read("export.txt", bytes).Articles);

        Assert.Equal(text, article.Content);
    }

    [Fact]
    public void A_text_of_one_line_is_the_body_not_a_title()
    {
        const string line = "東京で会議が月曜日に開かれ、大臣は交渉が続くと述べた。東京で会議が月曜日に開かれ、大臣は交渉が続くと述べた";
        var article = Assert.Single(DocumentReader.Read("note.txt", Utf8(line)).Articles);

        var clean = ArticleCleaner.Clean(article, new CleanerOptions(new DateOnly(2026, 1, 1)));

        Assert.Equal(line, clean.Text);
        Assert.Null(clean.Title);
    }

    [Fact]
    public void Malformed_feed_is_a_named_problem()
    {
        var problem = Assert.Single(DocumentReader.Read("broken.rss", Utf8("<rss><channel><item><title>x</item></rss>")).Problems);
        Assert.Equal("broken.rss", problem.Source);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(11);
        foreach (var name in new[] { "r.txt", "r.html", "r.xml", "r.jsonl", "r.warc", "r.warc.gz" })
        {
            for (var i = 0; i < 100; i++)
            {
                var bytes = new byte[random.Next(0, 400)];
                random.NextBytes(bytes);
                var result = DocumentReader.Read(name, bytes);
                Assert.True(result.Articles.Length + result.Problems.Length >= 1);
            }
        }
    }

    [Fact]
    public void Cut_gzip_file_is_refused_rather_than_read_as_part_of_its_text()
    {
        // Varied words, so that the deflate stream runs long enough to be cut in its middle.
        var text = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"word{i * 7919 % 10007}")) + "\n";
        var whole = Gzip(Utf8(text));
        Assert.Equal(text, Assert.Single(DocumentReader.Read("notes.txt.gz", whole).Articles).Content);

        var problem = Assert.Single(DocumentReader.Read("notes.txt.gz", whole.AsSpan(0, whole.Length / 2)).Problems);
        Assert.Equal("notes.txt.gz", problem.Source);
        Assert.Contains("truncated", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("truncated", Assert.Single(DocumentReader.Read("notes.txt.gz", whole.AsSpan(0, whole.Length - 3)).Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_members_written_one_after_another_are_read_whole()
    {
        var first = Gzip(Utf8("The council met on Monday and approved the budget for the coming year. "));
        var second = Gzip(Utf8("The mayor said the plan would fund new schools across the county."));
        var article = Assert.Single(DocumentReader.Read("minutes.txt.gz", [.. first, .. second]).Articles);
        Assert.EndsWith("across the county.", article.Content, StringComparison.Ordinal);
        Assert.StartsWith("The council met", article.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_file_inflating_past_the_limit_is_refused()
    {
        var bomb = Gzip(new byte[5_000_000]);
        var problem = Assert.Single(DocumentReader.Read("small.txt.gz", bomb, maxInflatedBytes: 1_000_000).Problems);
        Assert.Contains("inflates to more than the 1 MB limit", problem.Reason, StringComparison.Ordinal);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return buffer.ToArray();
    }
}
