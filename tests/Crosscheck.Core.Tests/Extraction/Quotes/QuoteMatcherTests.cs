using Crosscheck.Core.Extraction.Quotes;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Tests.Extraction.Quotes;

public class QuoteMatcherTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static QuoteOccurrence Occurrence(string article, string text) =>
        new(new ArticleId(article), Assert.Single(Extractor.Extract(text), a => a.IsDirect));

    [Fact]
    public void Two_wordings_of_one_quote_in_different_articles_are_one_group()
    {
        var fox = Occurrence("a-fox", "\u2018Today, we can confirm that North Korea has completed an initial arms delivery to Wagner, "
            + "which paid for that equipment,\u2019 Kirby continued.");
        var reuters = Occurrence("a-reuters", "\u201CWe can confirm that North Korea has completed the initial arms delivery to Wagner, "
            + "and it has paid for that equipment. Last month, North Korea delivered infantry rockets and missiles to Russia for use by "
            + "Wagner,\u201D he told reporters.");
        var other = Occurrence("a-other", "\u201CWagner is emerging as a rival power center to the Russian military,\u201D Kirby said.");

        var groups = new QuoteMatcher().Group([fox, reuters, other]);

        Assert.Equal(2, groups.Length);
        var confirm = Assert.Single(groups, g => g.Occurrences.Length == 2);
        Assert.Equal(["a-fox", "a-reuters"], confirm.Occurrences.Select(o => o.Article.Value).Order(StringComparer.Ordinal));
        Assert.StartsWith("We can confirm", confirm.Text, StringComparison.Ordinal);
        Assert.Equal("Kirby", confirm.Speaker);
        Assert.True(confirm.IsDirect);
    }

    [Fact]
    public void Group_speaker_is_the_one_most_occurrences_resolved_to()
    {
        var groups = new QuoteMatcher().Group(
        [
            Occurrence("a1", "\u201CWe will stand with the farmers for as long as it takes,\u201D Brown said."),
            Occurrence("a2", "\u201CWe will stand with the farmers for as long as it takes,\u201D Green said."),
            Occurrence("a3", "\u201CWe will stand with the farmers for as long as it takes,\u201D Green said on Monday."),
        ]);
        Assert.Equal("Green", Assert.Single(groups).Speaker);
    }

    [Theory]
    [InlineData("Brown", "Green")]
    [InlineData("Green", "Brown")]
    public void Group_speaker_tie_goes_to_the_earliest_occurrence(string first, string second)
    {
        var groups = new QuoteMatcher().Group(
        [
            Occurrence("a1", $"\u201CWe will stand with the farmers for as long as it takes,\u201D {first} said."),
            Occurrence("a2", $"\u201CWe will stand with the farmers for as long as it takes,\u201D {second} said."),
        ]);
        Assert.Equal(first, Assert.Single(groups).Speaker);
    }

    [Fact]
    public void Quotes_sharing_words_in_another_order_do_not_match()
    {
        var score = QuoteMatcher.Score(
            "the war in Ukraine will end with negotiations on the diplomatic track",
            "track diplomatic the on negotiations with end will Ukraine in war the");
        Assert.True(score < 0.5, $"score {score}");
    }

    [Fact]
    public void A_quote_cut_short_by_one_outlet_is_contained_in_the_fuller_one()
    {
        var score = QuoteMatcher.Score(
            "Wagner is searching around the world for arms suppliers",
            "In part because of our sanctions and export controls, Wagner is searching around the world for arms suppliers to support its operations");
        Assert.Equal(1.0, score, 3);
    }

    [Fact]
    public void Every_occurrence_lands_in_exactly_one_group()
    {
        var occurrences = new[]
        {
            Occurrence("a1", "\u201CWe will continue to stand with Ukraine for as long as it takes,\u201D Biden said."),
            Occurrence("a2", "\u201CWe will continue to stand with Ukraine, for as long as it takes,\u201D the president said."),
            Occurrence("a3", "\u201CThe Patriot system is quite old and will not work,\u201D Putin said."),
        };
        var groups = new QuoteMatcher().Group(occurrences);
        Assert.Equal(3, groups.Sum(g => g.Occurrences.Length));
        Assert.Equal(2, groups.Length);
    }

    [Fact]
    public void Groups_are_those_of_comparing_every_pair_of_quotes()
    {
        // Quotes drawn from a small vocabulary, many of them rewordings, cuts and extensions of others, so that a large
        // share of pairs sit near the thresholds: the matcher's pair filter must not lose one that the rule would join.
        var random = new Random(7);
        string[] vocabulary = ["the", "we", "will", "north", "korea", "arms", "wagner", "delivered", "rockets", "missiles", "sanctions", "more", "and", "to"];
        var texts = new List<string>();
        for (var i = 0; i < 400; i++)
        {
            if (texts.Count > 0 && random.Next(3) > 0)
            {
                var words = texts[random.Next(texts.Count)].Split(' ').ToList();
                var edits = random.Next(1, 4);
                for (var e = 0; e < edits && words.Count > 1; e++)
                {
                    switch (random.Next(3))
                    {
                        case 0: words.RemoveAt(random.Next(words.Count)); break;
                        case 1: words.Insert(random.Next(words.Count + 1), vocabulary[random.Next(vocabulary.Length)]); break;
                        default: words[random.Next(words.Count)] = vocabulary[random.Next(vocabulary.Length)]; break;
                    }
                }

                texts.Add(string.Join(' ', words));
            }
            else
            {
                texts.Add(string.Join(' ', Enumerable.Range(0, random.Next(2, 14)).Select(_ => vocabulary[random.Next(vocabulary.Length)])));
            }
        }

        var occurrences = texts.Select((t, i) => new QuoteOccurrence(new ArticleId($"a{i}"), new Attribution([new TextSpan(0, t.Length, t)], null, null, null, true))).ToList();
        var groups = new QuoteMatcher().Group(occurrences);

        var expected = Enumerable.Range(0, texts.Count).ToArray();
        int Root(int i) => expected[i] == i ? i : expected[i] = Root(expected[i]);
        var options = QuoteMatcherOptions.Default;
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                var (a, b) = (texts[i].Split(' '), texts[j].Split(' '));
                var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
                if (shorter.Length >= options.MinWords
                    && Containment(shorter, longer) >= options.MinWordContainment
                    && Containment(Bigrams(shorter), Bigrams(longer)) >= options.MinBigramContainment)
                {
                    expected[Root(i)] = Root(j);
                }
            }
        }

        var actual = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Length; g++)
        {
            foreach (var occurrence in groups[g].Occurrences)
            {
                actual[occurrence.Article.Value] = g;
            }
        }

        Assert.True(groups.Length < texts.Count / 2, "the quotes should form fewer groups than half their number");
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                Assert.True(
                    (Root(i) == Root(j)) == (actual[$"a{i}"] == actual[$"a{j}"]),
                    $"\"{texts[i]}\" and \"{texts[j]}\" should {(Root(i) == Root(j) ? "" : "not ")}be one group");
            }
        }
    }

    private static string[] Bigrams(string[] words) => [.. words.Zip(words.Skip(1), (x, y) => x + " " + y)];

    // The share of the shorter multiset that the longer holds too, each item counted as often as both have it.
    private static double Containment(string[] shorter, string[] longer)
    {
        var left = longer.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var shared = 0;
        foreach (var word in shorter)
        {
            if (left.TryGetValue(word, out var count) && count > 0)
            {
                shared++;
                left[word] = count - 1;
            }
        }

        return shorter.Length == 0 ? 0 : (double)shared / shorter.Length;
    }
}
