using Crosscheck.Core.Extraction.Ner;

namespace Crosscheck.Core.Tests.Extraction.Ner;

public class NerLexiconTests
{
    private static readonly NerLabels Labels = new(["LOC", "PER"]);

    [Fact]
    public void Words_with_capitals_or_digits_seen_often_and_never_in_a_name_are_common_outside_names()
    {
        var lexicon = NerLexicon.Build(Sentences(
            ("He said 1995 was calm", "O O O O O", NerLexicon.CommonOutsideCount),
            ("Paris said so", "B-LOC O O", NerLexicon.CommonOutsideCount),
            ("But Kirby said so", "O B-PER O O", NerLexicon.CommonOutsideCount - 1)));

        Assert.True(lexicon.IsCommonOutsideNames("He"));
        Assert.True(lexicon.IsCommonOutsideNames("1995"));
        Assert.False(lexicon.IsCommonOutsideNames("Paris"));
        Assert.False(lexicon.IsCommonOutsideNames("But"));
        Assert.False(lexicon.IsCommonOutsideNames("said"));
    }

    [Fact]
    public void Known_names_are_found_from_their_first_word_exact_and_ignoring_case()
    {
        var lexicon = NerLexicon.Build(Sentences(
            ("New York Times said so", "B-PER I-PER I-PER O O", 1),
            ("New York is big", "B-LOC I-LOC O O", 1)));
        string[] tokens = ["the", "new", "York", "Times", "said"];
        string[] lowered = [.. tokens.Select(t => t.ToLowerInvariant())];
        var matches = new List<(int Start, int End, int Types, bool Lowered)>();

        Assert.False(lexicon.StartOf("the", "the").Opens);
        var start = lexicon.StartOf("new", "new");
        Assert.True(start.Opens);
        lexicon.NamesAt(tokens, lowered, 1, start, matches);

        // "new York" is a known name only ignoring case; "new York Times" likewise; "New" alone is no name.
        Assert.Equal([(1, 3, 1 << Labels.Types.IndexOf("LOC"), true), (1, 4, 1 << Labels.Types.IndexOf("PER"), true)], matches);
    }

    [Fact]
    public void A_lexicon_written_before_the_common_words_were_kept_reads_with_none()
    {
        var lexicon = NerLexicon.Build(Sentences(("He said so", "O O O", NerLexicon.CommonOutsideCount)));
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            lexicon.Write(writer);
        }

        var current = Read(stream.ToArray(), formatVersion: 2);
        // Format 1 ended after the phrases: the same bytes without the common words' count and words.
        var withoutCommon = stream.ToArray()[..^(sizeof(int) + 1 + "He".Length)];
        var old = Read(withoutCommon, formatVersion: 1);

        Assert.True(current.IsCommonOutsideNames("He"));
        Assert.False(old.IsCommonOutsideNames("He"));
        Assert.Equal(current.LabelsOf("said"), old.LabelsOf("said"));
    }

    private static NerLexicon Read(byte[] bytes, int formatVersion)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        var lexicon = NerLexicon.Read(reader, formatVersion);
        Assert.Equal(bytes.Length, reader.BaseStream.Position);
        return lexicon;
    }

    private static IEnumerable<(string[] Tokens, int[] Labels)> Sentences(params (string Text, string Tags, int Times)[] sentences) =>
        sentences.SelectMany(s => Enumerable.Repeat((s.Text.Split(' '), Labels.FromIob(s.Tags.Split(' '))), s.Times));
}
