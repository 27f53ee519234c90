using Crosscheck.Core.Extraction;
using Crosscheck.Core.Extraction.Ner;
using Crosscheck.Core.Text;

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
    public void Tagging_with_the_texts_tokens_finds_what_tagging_the_text_alone_finds()
    {
        foreach (var article in SampleCorpus.All())
        {
            var alone = NamedEntityTagger.Default.Tag(article.Text);

            Assert.NotEmpty(alone);
            Assert.Equal(alone.ToArray(), NamedEntityTagger.Default.Tag(article.Text, WordTokenizer.Tokenize(article.Text)).ToArray());
        }
    }

    [Fact]
    public void A_news_texts_tokens_are_each_sentences_tokens_in_turn()
    {
        foreach (var article in SampleCorpus.All())
        {
            var text = article.Text;
            var sentences = new List<(int Start, int End)>();
            SentenceSplitter.Ranges(text, 0, text.Length, sentences);
            var ranges = new List<(int Start, int End)>();
            var lengths = new List<int>();

            Assert.True(NamedEntityTagger.SplitBySentence(WordTokenizer.Tokenize(text).AsSpan(), sentences, ranges, lengths));
            Assert.Equal(sentences.SelectMany(s => RangesOf(text, s)), ranges);
            Assert.Equal(sentences.Select(s => RangesOf(text, s).Count), lengths);
        }
    }

    [Fact]
    public void Tokens_that_do_not_fit_the_sentences_are_not_used()
    {
        // One "token" over the whole paragraph crosses every sentence's end.
        var mentions = NamedEntityTagger.Default.Tag(Paragraph, [new TextSpan(0, Paragraph.Length, Paragraph)]);

        Assert.Equal(NamedEntityTagger.Default.Tag(Paragraph).ToArray(), mentions.ToArray());
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

    [Fact]
    public void A_text_is_tagged_the_same_whatever_was_tagged_before()
    {
        var fresh = new NamedEntityTagger(NamedEntityTagger.LoadEmbeddedModel()).Tag(Paragraph);
        var used = new NamedEntityTagger(NamedEntityTagger.LoadEmbeddedModel());
        used.Tag("MERKEL AND MACRON MEET IN PARIS. merkel said paris was calm, and london agreed.");
        used.Tag("Siemens, Reuters and the United Nations: Tuesday's crisis talks in London.");

        Assert.Equal(string.Join('|', fresh), string.Join('|', used.Tag(Paragraph)));
    }

    [Fact]
    public void A_text_is_tagged_as_its_tokens_are_tagged_as_strings()
    {
        var text = Headline + Paragraph;
        var model = NamedEntityTagger.Default.Model;
        var spans = SentenceSplitter.Split(text)
            .Select(s => WordTokenizer.Tokenize(text, s.Start, s.End)).ToArray();
        var labels = model.Decode([.. spans.Select(tokens => tokens.Select(t => t.Text).ToArray())]);
        var expected = labels.SelectMany((sentence, s) => NerLabels.Entities(sentence)
            .Select(e => (spans[s][e.Start].Start, spans[s][e.End - 1].End, model.EntityTypes[e.Type] switch
            {
                "PER" => EntityType.Person,
                "ORG" => EntityType.Organization,
                "LOC" => EntityType.Location,
                _ => EntityType.Other,
            })));

        var mentions = NamedEntityTagger.Default.Tag(text);

        Assert.Equal(expected, mentions.Select(m => (m.Start, m.End, m.Type)));
        Assert.Contains(mentions, m => m is { Text: "Angela Merkel", Type: EntityType.Person });
    }

    [Theory]
    [InlineData("It won't supply power, but, fortunately, the 96W adapter that your machine came with will.\n\nFurthermore, if you're considering an external GPU, many of the enclosures have USB-A and Ethernet ports.", "Furthermore")]
    [InlineData("Jam has always seemed like one of those things that only other people made, and then I tried it. Honestly, it\u2019s so easy that anyone can do it with a few simple ingredients.", "Honestly")]
    [InlineData("\u201CI am not very familiar with the history of Rasputin,\u201D Prigozhin said.\n\n\u201CUnfortunately, I do not staunch blood flow. I bleed the enemies of our motherland,\u201D he said.", "Unfortunately")]
    public void Sentence_adverb_opening_a_sentence_is_no_entity(string text, string adverb) =>
        Assert.DoesNotContain(NamedEntityTagger.Default.Tag(text), m => m.Text == adverb);

    [Fact]
    public void Common_word_alone_on_its_line_is_no_entity()
    {
        const string text = "Technology and global competition have made it more important than ever that the country stay productive, he writes.\n\n"
            + "Video\n\n"
            + "At its core, the book addresses what is perhaps the most important question in economics.";
        Assert.DoesNotContain(NamedEntityTagger.Default.Tag(text), m => m.Text == "Video");
    }

    [Fact]
    public void Word_opening_a_sentence_stays_a_name_where_the_text_capitalises_it_elsewhere()
    {
        const string text = "Earlier, Senator Kelly spoke to reporters in Phoenix. Kelly, a former astronaut, said the bill would pass.";
        var mentions = NamedEntityTagger.Default.Tag(text);
        Assert.Contains(mentions, m => m.Text == "Kelly" && m.Start == text.IndexOf("Kelly,", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_of_a_title_case_heading_are_no_names_unless_the_text_capitalises_them()
    {
        const string text = "That is just the start of what Google is doing with its cloud.\n\n"
            + "Stadia Is Essentially A Beta Version Until 2020, But The Price Tag Isn't Cheap\n\n"
            + "Provided You Have A Solid Internet Connection, The Streaming Quality Seems To Be Mostly Excellent\n\n"
            + "Come November 19, those who paid $129 for Google Stadia will get access to the service.";
        var mentions = NamedEntityTagger.Default.Tag(text);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Beta", StringComparison.Ordinal) || m.Text.Contains("Streaming", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Text.Contains("Stadia", StringComparison.Ordinal) && m.Start > text.IndexOf("Come", StringComparison.Ordinal));
    }

    [Fact]
    public void Full_name_of_a_person_in_a_title_case_heading_stays_a_name()
    {
        const string text = "For Date Night, Amanda Seyfried Took Her Husband To The Movies\n\nThe actress and her husband were seen leaving a cinema on Friday.";
        Assert.Contains(NamedEntityTagger.Default.Tag(text), m => m is { Text: "Amanda Seyfried", Type: EntityType.Person });
    }

    [Fact]
    public void A_text_is_tagged_the_same_after_a_document_with_a_huge_vocabulary()
    {
        var fresh = new NamedEntityTagger(NamedEntityTagger.LoadEmbeddedModel()).Tag(Paragraph);
        var used = new NamedEntityTagger(NamedEntityTagger.LoadEmbeddedModel());
        var words = Enumerable.Range(0, 40_000).Select(i => "Word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        used.Tag(string.Join(' ', words) + ". Paris and London.");

        Assert.Equal(string.Join('|', fresh), string.Join('|', used.Tag(Paragraph)));
    }

    [Fact]
    public void Summed_word_scores_equal_the_hashed_features_added_one_by_one()
    {
        var model = NamedEntityTagger.Default.Model;
        var sentences = Sentences(Headline + Paragraph);
        var index = new JointWeightIndex(model.Passes);
        var extractor = new NerFeatureExtractor(model.Lexicon, model.Clusters, model.Labels, model.HashBits);
        var hashed = extractor.Extract(sentences);
        var summed = extractor.Extract(sentences, index);

        var closed = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            var width = index.Width;
            var expected = new int[sentences[s].Length * width];
            var actual = new int[expected.Length];
            index.Score(hashed.Local[s], expected, 0);
            summed.AddWordScores(s, actual, width);
            index.Score(summed.Local[s], actual, 0);
            for (var i = 0; i < sentences[s].Length; i++)
            {
                Assert.True(hashed.Closed(s).IsEmpty);
                if (summed.Closed(s)[i])
                {
                    // Tagging fixes a closed token's label, so it neither looks up nor sums anything for it.
                    closed++;
                    Assert.Empty(summed.Local[s].Of(i).ToArray());
                    Assert.All(actual.AsSpan(i * width, width).ToArray(), score => Assert.Equal(0, score));
                }
                else
                {
                    Assert.Equal(expected.AsSpan(i * width, width).ToArray(), actual.AsSpan(i * width, width).ToArray());
                }
            }

            Assert.True(RowCount(summed.Local[s]) * 2 < RowCount(hashed.Local[s]));
        }

        Assert.InRange(closed, 10, sentences.Sum(tokens => tokens.Length) - 10);
    }

    [Theory]
    [InlineData("he said the plan was sound", 1, true)]
    [InlineData("Kirby said the plan was sound", 1, true)]
    [InlineData("he met the press", 2, true)]
    [InlineData("he met the Pope", 2, false)]
    [InlineData("ask the 9 judges", 1, false)]
    [InlineData("a bank of the river", 2, true)]
    [InlineData("the Bank of England", 2, false)]
    [InlineData("they zorbulated at dawn", 1, true)]
    [InlineData("they zorbulated at Dover", 1, true)]
    [InlineData("they zorbulated Dover", 1, false)]
    [InlineData("the People \u2019s Republic", 2, false)]
    [InlineData("the people \u2019s choice", 2, true)]
    [InlineData("they backed pro-Russian groups", 2, false)]
    [InlineData("sales of the iPhone rose", 3, false)]
    [InlineData("a g7 summit", 1, false)]
    [InlineData("He said so", 0, true)]
    [InlineData("talks on Tuesday", 2, true)]
    [InlineData("Kirby said so", 0, false)]
    [InlineData("George W Bush", 1, false)]
    [InlineData("Zorbulon said so", 0, false)]
    public void Words_are_closed_when_training_saw_them_only_outside_names_or_lower_case_with_no_name_like_neighbour(string sentence, int i, bool closed)
    {
        var model = NamedEntityTagger.Default.Model;
        var extractor = new NerFeatureExtractor(model.Lexicon, model.Clusters, model.Labels, model.HashBits);

        Assert.Equal(closed, extractor.IsClosed(sentence.Split(' '), i));
    }

    [Fact]
    public void Whole_number_scores_tag_as_the_float_weights_of_each_pass_do()
    {
        var model = NamedEntityTagger.Default.Model;
        var sentences = Sentences(Headline + Paragraph);
        var extractor = new NerFeatureExtractor(model.Lexicon, model.Clusters, model.Labels, model.HashBits);
        int[][]? previous = null;
        foreach (var pass in model.Passes)
        {
            var rows = extractor.Extract(sentences, previous);
            previous = Array.ConvertAll(rows, pass.Decode);
        }

        var tagged = model.TagDocument([.. sentences.Select(s => (IReadOnlyList<string>)s)]);
        Assert.Equal(previous!.Select(labels => string.Join(' ', model.Labels.ToIob(labels))), tagged.Select(tags => string.Join(' ', tags)));
        Assert.Contains(tagged, tags => tags.Contains("B-PER"));
    }

    private const string Headline = "MERKEL AND MACRON MEET IN PARIS AS EU TALKS RESUME\n\n";

    private static int RowCount(SentenceFeatures sentence) => Enumerable.Range(0, sentence.Count).Sum(i => sentence.Of(i).Length);

    private static string[][] Sentences(string text) =>
        [.. SentenceSplitter.Split(text)
            .Select(s => WordTokenizer.Tokenize(text, s.Start, s.End).Select(t => t.Text).ToArray())];

    private static List<(int Start, int End)> RangesOf(string text, (int Start, int End) sentence)
    {
        var ranges = new List<(int Start, int End)>();
        foreach (var range in WordTokenizer.Ranges(text, sentence.Start, sentence.End))
        {
            ranges.Add(range);
        }

        return ranges;
    }
}
