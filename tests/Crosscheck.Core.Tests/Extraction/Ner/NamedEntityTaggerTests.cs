using Crosscheck.Core.Extraction;
using Crosscheck.Core.Extraction.Ner;

namespace Crosscheck.Core.Tests.Extraction.Ner;

public class NamedEntityTaggerTests
{
    private const string Paragraph =
        "German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Tuesday to discuss the crisis. " +
        "Officials from the European Union and the United Nations joined the talks, Reuters reported.\n\n" +
        "Merkel later flew to London, where shares of Siemens rose 2 percent.";

    [Fact]
    public void Persons_organisations_and_locations_are_found_in_a_news_paragraph()
    {
        var mentions = NamedEntityTagger.Default.Tag(Paragraph);

        Assert.Contains(mentions, m => m is { Text: "Angela Merkel", Type: EntityType.Person });
        Assert.Contains(mentions, m => m is { Text: "Emmanuel Macron", Type: EntityType.Person });
        Assert.Contains(mentions, m => m is { Text: "Merkel", Type: EntityType.Person });
        Assert.Contains(mentions, m => m is { Text: "Paris", Type: EntityType.Location });
        Assert.Contains(mentions, m => m is { Text: "London", Type: EntityType.Location });
        Assert.Contains(mentions, m => m is { Text: "European Union", Type: EntityType.Organization });
        Assert.Contains(mentions, m => m is { Text: "Reuters", Type: EntityType.Organization });
        Assert.DoesNotContain(mentions, m => m.Text is "Tuesday" or "crisis" or "percent");
    }

    [Fact]
    public void Mention_spans_point_at_their_text()
    {
        foreach (var mention in NamedEntityTagger.Default.Tag(Paragraph))
        {
            Assert.Equal(Paragraph[mention.Start..mention.End], mention.Text);
        }
    }

    [Fact]
    public void Random_input_never_throws_and_spans_stay_in_range()
    {
        var random = new Random(2003);
        const string alphabet = "abcXYZ .,;:!?'\"-()\n\t0123456789éß\u2019\u201C\u201DAlice Bob Paris ";
        for (var round = 0; round < 200; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 300)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            foreach (var mention in NamedEntityTagger.Default.Tag(text))
            {
                Assert.InRange(mention.Start, 0, text.Length);
                Assert.InRange(mention.End, mention.Start + 1, text.Length);
                Assert.Equal(text[mention.Start..mention.End], mention.Text);
            }
        }
    }

    [Fact]
    public void Tagging_from_many_threads_gives_the_same_result()
    {
        var expected = NamedEntityTagger.Default.Tag(Paragraph);
        var results = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 16, _ => results.Add(string.Join('|', NamedEntityTagger.Default.Tag(Paragraph))));

        Assert.All(results, r => Assert.Equal(string.Join('|', expected), r));
    }
}
