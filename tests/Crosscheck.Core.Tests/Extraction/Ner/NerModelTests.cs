using Crosscheck.Core.Extraction.Ner;

namespace Crosscheck.Core.Tests.Extraction.Ner;

public class NerModelTests
{
    private const string Training = """
        -DOCSTART- -X- -X- O

        John NNP B-NP B-PER
        Smith NNP I-NP I-PER
        visited VBD B-VP O
        Paris NNP B-NP B-LOC
        . . O O

        Acme NNP B-NP B-ORG
        Corp NNP I-NP I-ORG
        hired VBD B-VP O
        Mary NNP B-NP B-PER
        Jones NNP I-NP I-PER
        . . O O

        -DOCSTART- -X- -X- O

        Mary NNP B-NP B-PER
        Jones NNP I-NP I-PER
        left VBD B-VP O
        Berlin NNP B-NP B-LOC
        for IN B-PP O
        Paris NNP B-NP B-LOC
        . . O O

        John NNP B-NP B-PER
        Smith NNP I-NP I-PER
        joined VBD B-VP O
        Acme NNP B-NP B-ORG
        Corp NNP I-NP I-ORG
        . . O O
        """;

    private static readonly NerTrainingOptions Small = new()
    {
        Epochs = 5, HashBits = 12, Passes = 2, LexiconFolds = 2, PredictionFolds = 2, PredictionEpochs = 3,
    };

    [Fact]
    public void A_model_learns_its_training_data_and_tags_the_same_after_save_and_load()
    {
        var documents = ConllReader.Parse(Training);
        var model = NerTrainer.Train(documents, null, [], Small);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);

        foreach (var document in documents)
        {
            var sentences = document.Sentences.Select(s => (IReadOnlyList<string>)s.Tokens).ToList();
            var original = model.TagDocument(sentences);
            var reloaded = loaded.TagDocument(sentences);
            Assert.Equal(original.Select(s => string.Join(' ', s)), reloaded.Select(s => string.Join(' ', s)));
            Assert.Equal(document.Sentences.Select(s => string.Join(' ', s.Tags)), original.Select(s => string.Join(' ', s)));
        }

        Assert.Equal(["LOC", "ORG", "PER"], loaded.EntityTypes.ToArray());
    }

    [Fact]
    public void Models_taking_turns_on_one_thread_each_tag_as_they_would_alone()
    {
        var documents = ConllReader.Parse(Training);
        var model = NerTrainer.Train(documents, null, [], Small);
        var shipped = NamedEntityTagger.Default.Model;

        foreach (var document in documents)
        {
            var sentences = document.Sentences.Select(s => (IReadOnlyList<string>)s.Tokens).ToList();
            var alone = shipped.TagDocument(sentences);
            Assert.Equal(document.Sentences.Select(s => string.Join(' ', s.Tags)), model.TagDocument(sentences).Select(s => string.Join(' ', s)));
            Assert.Equal(alone.Select(s => string.Join(' ', s)), shipped.TagDocument(sentences).Select(s => string.Join(' ', s)));
        }
    }

    [Fact]
    public void Progress_is_reported_for_every_epoch_of_every_pass()
    {
        var reports = new List<NerTrainingProgress>();
        NerTrainer.Train(ConllReader.Parse(Training), ConllReader.Parse(Training), [], Small, reports.Add);

        var trainEpochs = reports.Where(r => r.Phase == "train").ToList();
        Assert.Equal(2 * Small.Epochs, trainEpochs.Count);
        Assert.All(trainEpochs, r => Assert.NotNull(r.DevF1));
    }

    [Fact]
    public void Data_that_is_not_a_model_is_rejected()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        {
            gzip.Write("not a model"u8);
        }

        stream.Position = 0;
        Assert.ThrowsAny<Exception>(() => NerModel.Load(stream));
    }
}
