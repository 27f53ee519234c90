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

    [Theory]
    [InlineData("The seven Republican no votes were Reps. Ted Yoho and Steve King.")]
    [InlineData("The bill's sponsor, Atty. Gen. Ken Paxton, spoke first.")]
    public void Plural_and_less_common_title_abbreviations_do_not_end_a_sentence(string text) =>
        Assert.Single(SentenceSplitter.Split(text));

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
    public void Sentences_glued_without_a_space_are_split()
    {
        var text = "The tower leaned, the engineer said.Repairs begin in May.";
        var sentences = SentenceSplitter.Split(text).Select(s => s.Text).ToArray();
        Assert.Equal(["The tower leaned, the engineer said.", "Repairs begin in May."], sentences);
    }

    [Fact]
    public void Sentence_glued_after_an_acronym_is_split()
    {
        var text = "He works for the USGS.Geologists mapped the fault.";
        var sentences = SentenceSplitter.Split(text).Select(s => s.Text).ToArray();
        Assert.Equal(["He works for the USGS.", "Geologists mapped the fault."], sentences);
    }

    [Fact]
    public void Glued_straight_quote_opens_the_next_sentence_when_none_is_open()
    {
        var text = "No quake has hit the fault for a century.\"It will come,\" Graves said.Most experts agree.";
        var sentences = SentenceSplitter.Split(text).Select(s => s.Text).ToArray();
        Assert.Equal(["No quake has hit the fault for a century.", "\"It will come,\" Graves said.", "Most experts agree."], sentences);
    }

    [Fact]
    public void Glued_straight_quote_closes_an_open_quotation()
    {
        var text = "He said: \"We will rebuild the pier.\"The mayor agreed.";
        var sentences = SentenceSplitter.Split(text).Select(s => s.Text).ToArray();
        Assert.Equal(["He said: \"We will rebuild the pier.\"", "The mayor agreed."], sentences);
    }

    [Theory]
    [InlineData("Shares rose 3.5 percent on Monday.")]
    [InlineData("Troops of the U.S.Army Corps left.")]
    [InlineData("The file is named report.PDF in the archive.")]
    [InlineData("Bring pens, paper etc.The rest is here.")]
    public void Dots_inside_numbers_acronyms_names_and_abbreviations_do_not_split_glued_text(string text)
    {
        var sentences = SentenceSplitter.Split(text).Select(s => s.Text).ToArray();
        Assert.Equal([text], sentences);
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
