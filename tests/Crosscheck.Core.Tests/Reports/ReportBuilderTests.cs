using Crosscheck.Core.Analysis;
using Crosscheck.Core.Extraction.Ner;
using Crosscheck.Core.Reports;

namespace Crosscheck.Core.Tests.Reports;

public class ReportBuilderTests
{
    [Fact]
    public void Quote_linked_to_an_entity_names_its_speaker_as_the_story_names_the_entity()
    {
        var report = ReportBuilder.Build(new CorpusAnalyzer(NamedEntityTagger.Default).Analyze(SampleCorpus.All()));

        var story = Assert.Single(report.Stories);
        var names = story.Entities.ToDictionary(e => e.Id, e => e.Name);
        var linked = story.Quotes.Where(q => q.Speaker is not null).ToList();
        Assert.NotEmpty(linked);
        Assert.All(linked, q => Assert.Equal(names[q.Speaker!], q.SpeakerName));
    }
}
