using Crosscheck.Core.Extraction;
using Crosscheck.Core.Extraction.Entities;
using Crosscheck.Core.Extraction.Quotes;
using Crosscheck.Core.Reports;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Tests.Reports;

public class SpeakerLinkerTests
{
    private static readonly ArticleId[] Articles = [new("a-1"), new("a-2"), new("a-3")];

    // Each article names Prigozhin at 0-9 and Kirby at 20-25; a speaker resting on either mention.
    private static readonly Entity Prigozhin = new("e-p", "Yevgeny Prigozhin", EntityType.Person, [], [.. Articles.Select(a => new Span(a, 0, 9))]);
    private static readonly Entity Kirby = new("e-k", "John Kirby", EntityType.Person, ["Kirby"], [.. Articles.Select(a => new Span(a, 20, 25))]);

    private static QuoteOccurrence Occurrence(ArticleId article, SpeakerReference speaker) =>
        new(article, new Attribution([new TextSpan(40, 60, "Wagner is a rival")], null, null, speaker, IsDirect: true));

    [Fact]
    public void Quote_is_linked_through_the_occurrences_that_name_its_speaker_before_a_stray_one()
    {
        var quote = new QuoteGroup("Wagner is a rival", "John Kirby", IsDirect: true,
        [
            Occurrence(Articles[0], new SpeakerReference(new TextSpan(0, 9, "Prigozhin"), "Yevgeny Prigozhin")),
            Occurrence(Articles[1], new SpeakerReference(new TextSpan(20, 25, "Kirby"), "John Kirby")),
            Occurrence(Articles[2], new SpeakerReference(new TextSpan(20, 25, "Kirby"), "John Kirby")),
        ]);

        Assert.Equal("e-k", new SpeakerLinker([Prigozhin, Kirby]).EntityOf(quote)?.Id);
    }

    [Fact]
    public void Quote_whose_speaker_rests_on_no_entity_mention_is_linked_by_the_speaker_s_name()
    {
        var quote = new QuoteGroup("Wagner is a rival", "Kirby", IsDirect: true,
            [Occurrence(Articles[0], new SpeakerReference(new TextSpan(70, 75, "Kirby"), "Kirby"))]);

        Assert.Equal("e-k", new SpeakerLinker([Prigozhin, Kirby]).EntityOf(quote)?.Id);
    }
}
