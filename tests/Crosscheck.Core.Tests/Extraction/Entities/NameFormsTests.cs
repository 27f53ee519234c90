using Crosscheck.Core.Extraction.Entities;

namespace Crosscheck.Core.Tests.Extraction.Entities;

public class NameFormsTests
{
    [Theory]
    [InlineData("U.N.", "un")]
    [InlineData("  Smith’s ", "smith")]
    [InlineData("The  White\nHouse", "white house")]
    [InlineData("Zelenskyy's", "zelenskyy")]
    [InlineData("José Martí", "jose marti")]
    public void Key_folds_case_accents_dots_possessives_and_spaces(string surface, string key) =>
        Assert.Equal(key, NameForms.Key(surface));

    [Theory]
    [InlineData("navalnyy", "navalny")]
    [InlineData("navalniy", "navalny")]
    [InlineData("alexei navalnyy", "alexei navalny")]
    [InlineData("kirby", "kirby")]
    public void Spelling_key_forgives_doubled_letters_and_transliterated_endings(string key, string spelling) =>
        Assert.Equal(spelling, NameForms.SpellingKey(key));

    [Fact]
    public void A_spelling_key_that_changes_nothing_is_the_key_itself()
    {
        var key = "kirby";
        Assert.Same(key, NameForms.SpellingKey(key));
    }

    [Fact]
    public void Spelling_of_a_respelled_surname_is_found_without_making_its_keys()
    {
        var spellings = new HashSet<string>(StringComparer.Ordinal) { NameForms.SpellingKey("navalnyy") };

        Assert.True(NameForms.HasSpellingIn("Navalniy", spellings));
        Assert.True(NameForms.HasSpellingIn("Navalny's", spellings));
        Assert.False(NameForms.HasSpellingIn("Navarro", spellings));
    }

    [Theory]
    [InlineData("president vladimir putin", "vladimir putin")]
    [InlineData("mr kirby", "kirby")]
    [InlineData("prime minister", "minister")]
    [InlineData("jane smith", "jane smith")]
    public void Person_key_drops_leading_titles_and_keeps_the_last_word(string key, string person) =>
        Assert.Equal(person, NameForms.PersonKey(key));

    [Theory]
    [InlineData("Acme  Foundation Group", 0, 2)]
    [InlineData("Acme  Foundation Group", 1, 3)]
    [InlineData(" UN Security  Council ", 1, 2)]
    [InlineData("one", 0, 1)]
    public void Joined_words_are_those_of_a_split_and_join(string text, int from, int to)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Span<char> buffer = stackalloc char[text.Length];

        Assert.Equal(string.Join(' ', words[from..to]), NameForms.JoinWords(text, from, to, buffer).ToString());
        Assert.Equal(words.Length, NameForms.WordCount(text));
    }
}
