using Crosscheck.Core.Text;

namespace Crosscheck.Core.Tests.Text;

public sealed class WordTokenizerTests
{
    [Fact]
    public void Numbers_abbreviations_and_possessives_are_tokenised_as_in_news_corpora()
    {
        var tokens = WordTokenizer.Tokenize("The U.S. paid $1,000.50 to Russia's Wagner-led group.").Select(t => t.Text);
        Assert.Equal(["The", "U.S.", "paid", "$", "1,000.50", "to", "Russia", "'s", "Wagner-led", "group", "."], tokens);
    }

    [Fact]
    public void Sentence_final_word_does_not_keep_its_dot()
    {
        var tokens = WordTokenizer.Tokenize("He met Kirby.").Select(t => t.Text);
        Assert.Equal(["He", "met", "Kirby", "."], tokens);
    }

    [Fact]
    public void Random_input_never_throws_and_spans_stay_in_range()
    {
        var random = new Random(7);
        const string alphabet = "aZ9 .,'’-\"\n\t$€\u0301U.S.";
        for (var round = 0; round < 500; round++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            foreach (var token in WordTokenizer.Tokenize(text))
            {
                Assert.InRange(token.Start, 0, text.Length);
                Assert.InRange(token.End, token.Start + 1, text.Length);
            }

            foreach (var sentence in SentenceSplitter.Split(text))
            {
                Assert.Equal(sentence.Text, text[sentence.Start..sentence.End]);
            }
        }
    }

    [Fact]
    public void Each_token_holds_the_text_between_its_offsets_whether_its_string_is_shared_or_not()
    {
        // Function words in both cases, words that share a shared word's first and last letters and length, punctuation.
        const string text = "The said sad, That thought tht; he He hE. Of OF of-the über-état 1,000.5 U.S. Russia's (and)";
        var tokens = WordTokenizer.Tokenize(text);
        Assert.NotEmpty(tokens);
        foreach (var token in tokens)
        {
            Assert.Equal(text[token.Start..token.End], token.Text);
        }

        var the = tokens.First(t => t.Text == "The").Text;
        Assert.Same(the, WordTokenizer.Tokenize("The end.")[0].Text);
    }
}
