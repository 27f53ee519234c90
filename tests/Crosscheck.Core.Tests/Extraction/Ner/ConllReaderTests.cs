using Crosscheck.Core.Extraction.Ner;

namespace Crosscheck.Core.Tests.Extraction.Ner;

public class ConllReaderTests
{
    private const string Sample = """
        -DOCSTART- -X- -X- O

        EU NNP B-NP B-ORG
        rejects VBZ B-VP O
        German JJ B-NP B-MISC

        Peter NNP B-NP B-PER
        Blackburn NNP I-NP I-PER

        -DOCSTART- -X- -X- O

        BRUSSELS NNP B-NP B-LOC
        """;

    [Fact]
    public void Documents_and_sentences_are_split_at_docstart_and_blank_lines()
    {
        var documents = ConllReader.Parse(Sample);

        Assert.Equal(2, documents.Length);
        Assert.Equal(2, documents[0].Sentences.Length);
        Assert.Equal(["EU", "rejects", "German"], documents[0].Sentences[0].Tokens.ToArray());
        Assert.Equal(["B-ORG", "O", "B-MISC"], documents[0].Sentences[0].Tags.ToArray());
        Assert.Equal(["B-PER", "I-PER"], documents[0].Sentences[1].Tags.ToArray());
        Assert.Equal(["BRUSSELS"], documents[1].Sentences[0].Tokens.ToArray());
    }

    [Fact]
    public void A_last_column_that_is_not_a_tag_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => ConllReader.Parse("EU NNP B-NP ORG\n"));
    }
}
