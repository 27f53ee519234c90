using Crosscheck.Core.Extraction.Ner;

namespace Crosscheck.Core.Tests.Extraction.Ner;

public class DescriptionTableTests
{
    private static NerFeatureExtractor.WordFeatures Description(string word) =>
        new(word.ToLowerInvariant(), "Xx", [], [], [], MayStartName: false, NameStart: default, Closure: WordClosure.Open, NameLike: true, Scores: [word.Length]);

    [Fact]
    public void A_kept_word_is_found_and_an_unknown_one_is_not()
    {
        var table = new DescriptionTable(8);
        var kirby = Description("Kirby");
        table.TryAdd("Kirby", kirby);

        Assert.True(table.TryGetValue("Kirby", out _, out var found));
        Assert.Same(kirby, found);
        Assert.False(table.TryGetValue("kirby", out _, out _));
        Assert.False(table.TryGetValue("Wagner", out _, out _));
    }

    [Fact]
    public void A_word_found_from_part_of_a_text_gives_the_kept_string()
    {
        var table = new DescriptionTable(8);
        var kept = "Lisbon";
        table.TryAdd(kept, Description(kept));

        Assert.True(table.TryGetValue("flew to Lisbon on Friday".AsSpan(8, 6), out var text, out _));
        Assert.Same(kept, text);
        Assert.False(table.TryGetValue("flew to Lisbon on Friday".AsSpan(8, 5), out _, out _));
    }

    [Fact]
    public void The_first_description_of_a_word_is_kept()
    {
        var table = new DescriptionTable(8);
        var first = Description("Wagner");
        table.TryAdd("Wagner", first);
        table.TryAdd("Wagner", Description("Wagner"));

        Assert.True(table.TryGetValue("Wagner", out _, out var found));
        Assert.Same(first, found);
    }

    [Fact]
    public void A_full_table_keeps_the_words_that_came_first()
    {
        var table = new DescriptionTable(3);
        foreach (var word in new[] { "one", "two", "three", "four", "five" })
        {
            table.TryAdd(word, Description(word));
        }

        Assert.True(table.TryGetValue("one", out _, out _));
        Assert.True(table.TryGetValue("three", out _, out _));
        Assert.False(table.TryGetValue("four", out _, out _));
        Assert.False(table.TryGetValue("five", out _, out _));
    }

    [Fact]
    public void Words_added_from_several_threads_are_each_found_with_their_own_description()
    {
        var table = new DescriptionTable(20_000);
        var words = Enumerable.Range(0, 10_000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Parallel.ForEach(words, new ParallelOptions { MaxDegreeOfParallelism = 4 }, word =>
        {
            table.TryAdd(word, Description(word));
            Assert.True(table.TryGetValue(word, out _, out var found));
            Assert.Equal(word.ToLowerInvariant(), found.Lowered);
        });

        Assert.All(words, word => Assert.True(table.TryGetValue(word, out _, out var found) && found.Scores![0] == word.Length));
    }
}
