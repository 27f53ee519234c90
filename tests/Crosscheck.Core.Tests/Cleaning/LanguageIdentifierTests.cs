using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Tests.Cleaning;

public sealed class LanguageIdentifierTests
{
    [Fact]
    public void English_prose_is_recognised_without_the_model()
    {
        Assert.Equal("en", LanguageIdentifier.Identify("The council approved the budget on Monday after a debate that lasted most of the evening and ended in a narrow vote of the members."));
    }

    [Theory]
    [InlineData("Le conseil municipal a approuvé le budget lundi après un débat qui a duré toute la soirée et s'est terminé par un vote serré.", "fr")]
    [InlineData("Der Stadtrat hat den Haushalt am Montag nach einer Debatte gebilligt, die fast den ganzen Abend dauerte und mit einer knappen Abstimmung endete.", "de")]
    [InlineData("Городской совет утвердил бюджет в понедельник после дебатов, которые продолжались почти весь вечер.", "ru")]
    public void Non_English_article_is_marked_with_its_language(string text, string expected)
    {
        Assert.Equal(expected, LanguageIdentifier.Identify(text));
    }

    [Fact]
    public void Text_without_words_is_undetermined()
    {
        Assert.Equal("und", LanguageIdentifier.Identify("— … 123 !!"));
    }
}
