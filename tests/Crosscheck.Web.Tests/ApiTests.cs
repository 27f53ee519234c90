using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crosscheck.Web.Tests;

public sealed class ApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private async Task<JsonNode> JsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(Url(path));
        Assert.Equal(expected, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> PostAsync(HttpContent content)
    {
        var response = await client.PostAsync(Url("/api/articles"), content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Stories_are_listed_newest_first_in_pages()
    {
        var first = await JsonAsync("/api/stories?page=1&pageSize=2");
        Assert.Equal(3, first["total"]!.GetValue<int>());
        Assert.Equal(["s-newer", factory.Database.Story.Id], first["stories"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
        var second = await JsonAsync("/api/stories?page=2&pageSize=2");
        Assert.Equal("s-older", Assert.Single(second["stories"]!.AsArray())!["id"]!.GetValue<string>());
        var story = first["stories"]![1]!;
        Assert.Equal(3, story["article_count"]!.GetValue<int>());
        Assert.Equal(2, story["origin_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Story_list_query_filters_by_claims_quotes_and_texts()
    {
        var page = await JsonAsync("/api/stories?q=convicts");
        Assert.Equal(["s-newer", factory.Database.Story.Id], page["stories"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/api/stories?page=0")]
    [InlineData("/api/stories?pageSize=0")]
    [InlineData("/api/stories?pageSize=101")]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=%20")]
    public async Task Bad_query_parameters_get_a_validation_problem(string path)
    {
        using var response = await client.GetAsync(Url(path));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]);
    }

    [Fact]
    public async Task Story_is_served_with_the_contract_field_names()
    {
        var story = await JsonAsync("/api/stories/" + factory.Database.Story.Id);
        Assert.Equal(factory.Database.Story.Title, story["title"]!.GetValue<string>());
        var claim = story["claims"]![0]!;
        Assert.Equal("corroborated", claim["status"]!.GetValue<string>());
        var occurrence = claim["occurrences"]![0]!;
        Assert.NotNull(occurrence["article"]);
        Assert.NotNull(occurrence["start"]);
        Assert.Equal("different developments (2022-12-22 vs 2023-01-20)", story["discrepancies"]![0]!["explained_by"]!.GetValue<string>());
        Assert.Equal("John Kirby", story["quotes"]![0]!["speaker_name"]!.GetValue<string>());
        Assert.Equal("2022-12-22", story["developments"]![0]!["date"]!.GetValue<string>());
    }

    [Fact]
    public async Task Article_is_served_with_cleaned_text_removed_lines_and_reuse()
    {
        var expected = factory.Database.Report.Articles[0];
        var article = await JsonAsync("/api/articles/" + expected.Id);
        Assert.Equal(expected.Text, article["text"]!.GetValue<string>());
        Assert.Equal("caption", article["removed"]![0]!["reason"]!.GetValue<string>());
        var passage = article["reuse"]![0]!["passages"]![0]!;
        Assert.Equal(expected.Reuse[0].Passages[0].OtherStart, passage["other_start"]!.GetValue<int>());
        Assert.Equal(expected.Origin, article["origin"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/stories/s-missing")]
    [InlineData("/api/articles/a-missing")]
    public async Task Unknown_ids_get_a_not_found_problem(string path)
    {
        var problem = await JsonAsync(path, HttpStatusCode.NotFound);
        Assert.Equal(404, problem["status"]!.GetValue<int>());
        Assert.Contains("missing", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_returns_ranked_hits_with_marked_snippets()
    {
        var result = await JsonAsync("/api/search?q=convicts");
        var hits = result["hits"]!.AsArray();
        Assert.NotEmpty(hits);
        var ranks = hits.Select(h => h!["rank"]!.GetValue<double>()).ToList();
        Assert.Equal(ranks.Order(), ranks);
        var hit = hits[0]!;
        var mark = hit["marks"]![0]!;
        Assert.Equal("convicts", mark["text"]!.GetValue<string>());
        Assert.Equal("convicts", hit["snippet"]!.GetValue<string>()[mark["start"]!.GetValue<int>()..mark["end"]!.GetValue<int>()]);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(a b")]
    [InlineData("title:x OR")]
    [InlineData("'; DROP TABLE articles; --")]
    public async Task Search_syntax_in_queries_is_never_an_error(string query)
    {
        using var search = await client.GetAsync(Url("/api/search?q=" + Uri.EscapeDataString(query)));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        using var stories = await client.GetAsync(Url("/api/stories?q=" + Uri.EscapeDataString(query)));
        Assert.Equal(HttpStatusCode.OK, stories.StatusCode);
    }

    [Fact]
    public async Task Posted_json_article_is_stored_and_the_analysis_rerun()
    {
        var runs = factory.Database.AnalysisRuns;
        using var content = Json(new
        {
            url = "https://example.org/news/sanctions-widened",
            title = "Sanctions widened",
            text = "The Treasury widened sanctions on Tuesday to cover three more shipping companies accused of moving arms.",
            published = "2023-01-24",
            outlet = "Example Wire",
        });
        var (status, body, response) = await PostAsync(content);
        using (response)
        {
            Assert.Equal(HttpStatusCode.Created, status);
            var id = Assert.Single(body!["articles"]!.AsArray())!.GetValue<string>();
            Assert.Equal(1, body["added"]!.GetValue<int>());
            Assert.Equal("/api/articles/" + id, response.Headers.Location?.OriginalString);
            Assert.Equal(runs + 1, factory.Database.AnalysisRuns);
            Assert.True(factory.Database.LastAnalyzedCount > factory.Database.Report.Articles.Length, "the analysis saw the new article with the stored ones");
            var article = await JsonAsync("/api/articles/" + id);
            Assert.Equal("Sanctions widened", article["title"]!.GetValue<string>());
            Assert.Equal("Example Wire", article["outlet"]!.GetValue<string>());
            Assert.Equal("2023-01-24", article["published"]!.GetValue<string>()[..10]);
            Assert.NotEmpty(await JsonAsync("/api/search?q=Treasury") is { } found ? found["hits"]!.AsArray() : []);
        }

        using var same = Json(new
        {
            url = "https://example.org/news/sanctions-widened",
            title = "Sanctions widened",
            text = "The Treasury widened sanctions on Tuesday to cover three more shipping companies accused of moving arms.",
        });
        var (again, repeat, second) = await PostAsync(same);
        using (second)
        {
            Assert.Equal(HttpStatusCode.Created, again);
            Assert.Equal(1, repeat!["already_stored"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Uploaded_feed_file_adds_each_item()
    {
        const string feed = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Example Wire</title>
            <item><title>Port reopens</title><link>https://example.org/port</link><description>The port reopened on Monday after a week of repairs to the main quay and its cranes.</description></item>
            <item><title>Bridge closes</title><link>https://example.org/bridge</link><description>The bridge closed on Tuesday for an inspection of its cables after a storm damaged them.</description></item>
            </channel></rss>
            """;
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(Encoding.UTF8.GetBytes(feed));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/rss+xml");
        form.Add(file, "file", "wire.rss");
        var (status, body, response) = await PostAsync(form);
        using (response)
        {
            Assert.Equal(HttpStatusCode.Created, status);
            Assert.Equal(2, body!["articles"]!.AsArray().Count);
        }
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"title":"No body"}""", "text" },
        { """{"text":"Some text here.","html":"<p>Some text</p>"}""", "text" },
        { """{"text":"Some text here.","url":"javascript:alert(1)"}""", "url" },
        { """{"text":"Some text here.","url":"not a url"}""", "url" },
        { """{"text":"Some text here.","published":"yesterday-ish"}""", "published" },
        { """{"text": """, "body" },
        { "[1,2]", "body" },
        { "null", "body" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Invalid_json_bodies_get_a_validation_problem_naming_the_field(string json, string field)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var (status, body, response) = await PostAsync(content);
        using (response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(body!["errors"]![field]);
        }
    }

    [Fact]
    public async Task Unsupported_media_type_is_refused()
    {
        using var content = new StringContent("plain words", Encoding.UTF8, "text/plain");
        var (status, body, response) = await PostAsync(content);
        using (response)
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
            Assert.Equal(415, body!["status"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Empty_uploaded_file_is_unprocessable_with_the_reason()
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent([]);
        form.Add(file, "file", "empty.txt");
        var (status, body, response) = await PostAsync(form);
        using (response)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
            Assert.Contains("empty", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Multipart_body_without_a_file_is_a_validation_problem()
    {
        using var field = new StringContent("just a field");
        using var form = new MultipartFormDataContent { { field, "note" } };
        var (status, body, response) = await PostAsync(form);
        using (response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.NotNull(body!["errors"]!["file"]);
        }
    }

    [Fact]
    public async Task Body_over_the_limit_is_refused_with_413()
    {
        var text = new string('a', (int)ApiFactory.UploadLimit);
        using var content = Json(new { text });
        var (status, body, response) = await PostAsync(content);
        using (response)
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
            Assert.Contains("0.1 MB", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        // Without a Content-Length the limit is enforced while reading.
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { text })));
        using var chunked = new StreamContent(stream);
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var (chunkedStatus, _, chunkedResponse) = await PostAsync(chunked);
        using (chunkedResponse)
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunkedStatus);
        }
    }

    [Fact]
    public void Default_upload_limit_is_twenty_megabytes() =>
        Assert.Equal(20_000_000, new CrosscheckWebOptions("x.db", _ => throw new InvalidOperationException()).MaxUploadBytes);

    [Fact]
    public async Task OpenApi_document_describes_the_api()
    {
        var document = await JsonAsync("/openapi");
        Assert.StartsWith("3.", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        var paths = document["paths"]!.AsObject();
        Assert.Contains("/api/stories", paths.Select(p => p.Key));
        Assert.Contains("/api/stories/{id}", paths.Select(p => p.Key));
        Assert.NotNull(paths["/api/articles"]!["post"]);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/stories")]
    [InlineData("/api/stories/s-missing")]
    [InlineData("/assets/site.js")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await client.GetAsync(Url(path));
        Assert.Equal(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Pages_render_the_story_list_dossier_article_and_comparison()
    {
        var story = factory.Database.Story;
        var (a, b) = (factory.Database.Report.Articles[0], factory.Database.Report.Articles[1]);
        var list = await client.GetStringAsync(Url("/"));
        Assert.Contains(WebUtility.HtmlEncode(story.Title).Replace("&#39;", "&#x27;", StringComparison.Ordinal), list, StringComparison.Ordinal);
        var dossier = await client.GetStringAsync(Url("/stories/" + story.Id));
        Assert.Contains("id=\"claim-c-personnel\"", dossier, StringComparison.Ordinal);
        Assert.Contains("class=\"card discrepancy\"", dossier, StringComparison.Ordinal);
        var article = await client.GetStringAsync(Url("/articles/" + a.Id));
        Assert.Contains("<mark class=\"reuse\"", article, StringComparison.Ordinal);
        Assert.Contains("<del>", article, StringComparison.Ordinal);
        var compare = await client.GetStringAsync(Url($"/compare?a={a.Id}&b={b.Id}"));
        Assert.Contains("class=\"pair\"", compare, StringComparison.Ordinal);
        using var missing = await client.GetAsync(Url("/stories/s-missing"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
