using Crosscheck.Core;

namespace Crosscheck.Core.Tests;

public sealed class ArticleIdTests
{
    [Fact]
    public void Same_input_gives_the_same_id()
    {
        Assert.Equal(ArticleId.From("https://example.com/a", "body"), ArticleId.From("https://example.com/a", "body"));
    }

    [Fact]
    public void Different_content_gives_a_different_id()
    {
        Assert.NotEqual(ArticleId.From(null, "body one"), ArticleId.From(null, "body two"));
    }

    [Fact]
    public void Id_has_the_article_prefix_and_sixteen_hex_digits()
    {
        Assert.Matches("^a-[0-9a-f]{16}$", ArticleId.From(null, "x").Value);
    }
}
