using System.Net;
using System.Text.Json;

namespace Crosscheck.Web.Tests;

public sealed class SemanticSearchTests(SemanticSearchFactory factory) : IClassFixture<SemanticSearchFactory>
{
    [Fact]
    public async Task Paraphrased_query_finds_the_claim_it_shares_no_words_with()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/search/semantic?q=Pyongyang%20shipped%20weapons%20to%20mercenaries", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var bestClaim = json.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("document"))
            .First(d => d.GetProperty("kind").GetString() == "claim");
        Assert.Equal("c-delivery", bestClaim.GetProperty("item_id").GetString());
    }

    [Fact]
    public async Task Semantic_search_without_a_query_is_a_validation_problem()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/search/semantic?q=%20", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

public sealed class SemanticSearchWithoutModelTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Semantic_search_without_a_model_says_it_is_off()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/search/semantic?q=arms", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("--no-embeddings", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
