using Crosscheck.Core.Text;

namespace Crosscheck.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Abbreviations_and_initials_do_not_end_a_sentence()
    {
        var text = "Mr. Kirby said U.S. officials met on Dec. 22. They left.";
        var sentences = SentenceSplitter.Split(text).Select(s => s.Text).ToArray();
        Assert.Equal(["Mr. Kirby said U.S. officials met on Dec. 22.", "They left."], sentences);
    }

    [Fact]
    public void Closing_quote_stays_with_its_sentence()
    {
        var text = "\"We can confirm it,\" he said. \"It is done.\" Kirby left.";
        var sentences = SentenceSplitter.Split(text).Select(s => s.Text).ToArray();
        Assert.Equal(["\"We can confirm it,\" he said.", "\"It is done.\"", "Kirby left."], sentences);
    }

    [Fact]
    public void Paragraph_break_ends_a_sentence_without_punctuation()
    {
        var text = "Fight for Bakhmut\n\nMoscow proclaimed it.";
        var spans = SentenceSplitter.Split(text);
        Assert.Equal(2, spans.Length);
        Assert.Equal("Fight for Bakhmut", spans[0].Text);
        Assert.Equal(text.IndexOf("Moscow", StringComparison.Ordinal), spans[1].Start);
    }

    [Fact]
    public void Spans_point_into_the_text()
    {
        var text = "  One sentence here. Another one! A third?  ";
        foreach (var span in SentenceSplitter.Split(text))
        {
            Assert.Equal(span.Text, text[span.Start..span.End]);
        }
    }
}
