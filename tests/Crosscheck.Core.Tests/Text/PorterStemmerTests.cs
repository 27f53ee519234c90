using Crosscheck.Core.Text;

namespace Crosscheck.Core.Tests.Text;

public sealed class PorterStemmerTests
{
    // Examples from Porter (1980), step by step, and from the reference implementation's vocabulary.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("fizzed", "fizz")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("digitizer", "digit")]
    [InlineData("vietnamization", "vietnam")]
    [InlineData("operator", "oper")]
    [InlineData("decisiveness", "decis")]
    [InlineData("hopefulness", "hope")]
    [InlineData("sensibiliti", "sensibl")]
    [InlineData("triplicate", "triplic")]
    [InlineData("formative", "form")]
    [InlineData("electrical", "electr")]
    [InlineData("goodness", "good")]
    [InlineData("allowance", "allow")]
    [InlineData("adjustable", "adjust")]
    [InlineData("replacement", "replac")]
    [InlineData("adoption", "adopt")]
    [InlineData("communism", "commun")]
    [InlineData("effective", "effect")]
    [InlineData("probate", "probat")]
    [InlineData("rate", "rate")]
    [InlineData("controll", "control")]
    [InlineData("generalization", "gener")]
    [InlineData("oscillators", "oscil")]
    [InlineData("archaeology", "archaeolog")]
    public void Word_is_reduced_to_its_porter_stem(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void Words_of_one_or_two_letters_are_returned_unchanged()
    {
        Assert.Equal("is", PorterStemmer.Stem("is"));
        Assert.Equal("by", PorterStemmer.Stem("by"));
        Assert.Equal("", PorterStemmer.Stem(""));
    }
}
