using Crosscheck.Core.Text;

namespace Crosscheck.Core.Tests.Text;

public sealed class TokenSearchTests
{
    [Fact]
    public void A_search_from_any_earlier_token_finds_what_the_plain_search_finds()
    {
        // Long enough that a walk from the start runs out and a search takes over.
        const string text = "The Acme Group said on Monday that it had sent forty-two drones, via a broker in Vienna, to the \"Northern\" forces.";
        var tokens = WordTokenizer.Tokenize(text);
        for (var offset = -1; offset <= text.Length + 1; offset++)
        {
            var expected = TokenSearch.FirstTokenAtOrAfter(tokens, offset);
            for (var from = -1; from <= tokens.Length + 1; from++)
            {
                Assert.Equal(expected, TokenSearch.FirstTokenAtOrAfter(tokens, offset, from));
            }
        }
    }

    [Fact]
    public void The_plain_search_finds_the_first_token_ending_after_the_offset()
    {
        var tokens = WordTokenizer.Tokenize("He met Kirby.");
        Assert.Equal(0, TokenSearch.FirstTokenAtOrAfter(tokens, 0));
        Assert.Equal(1, TokenSearch.FirstTokenAtOrAfter(tokens, 2));
        Assert.Equal(2, TokenSearch.FirstTokenAtOrAfter(tokens, 6));
        Assert.Equal(4, TokenSearch.FirstTokenAtOrAfter(tokens, 13));
        Assert.Equal(0, TokenSearch.FirstTokenAtOrAfter([], 3, 0));
    }
}
