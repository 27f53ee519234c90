using System.Collections.Immutable;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// Finds person, organisation, location and other named entities in running text with a <see cref="NerModel"/>:
/// splits sentences and tokens (CoNLL-like conventions), tags the whole text as one document so that mentions
/// inform each other, and maps tagged tokens back to character spans. Thread-safe.
/// </summary>
public sealed class NamedEntityTagger : IEntityTagger
{
    public const string ModelResourceName = "Crosscheck.Core.Extraction.Ner.ner-model.bin.gz";

    private static readonly Lazy<NamedEntityTagger> Embedded = new(() => new NamedEntityTagger(LoadEmbeddedModel()));

    private readonly EntityType[] typeMap;

    public NamedEntityTagger(NerModel model)
    {
        Model = model;
        typeMap = [.. model.EntityTypes.Select(MapType)];
    }

    /// <summary>The tagger with the model trained on CoNLL-2003 English that ships inside this assembly, loaded once.</summary>
    public static NamedEntityTagger Default => Embedded.Value;

    public NerModel Model { get; }

    public static NerModel LoadEmbeddedModel()
    {
        using var stream = typeof(NamedEntityTagger).Assembly.GetManifestResourceStream(ModelResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ModelResourceName} is missing.");
        return NerModel.Load(stream);
    }

    public ImmutableArray<EntityMention> Tag(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var spans = new (int Start, int End)[sentences.Length][];
        var tokens = new string[sentences.Length][];
        var ranges = new List<(int Start, int End)>();
        for (var s = 0; s < sentences.Length; s++)
        {
            ranges.Clear();
            foreach (var range in WordTokenizer.Ranges(text, sentences[s].Start, sentences[s].End))
            {
                ranges.Add(range);
            }

            spans[s] = [.. ranges];
            tokens[s] = Array.ConvertAll(spans[s], t => text[t.Start..t.End]);
        }

        var labels = Model.Decode(tokens);
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        for (var s = 0; s < labels.Length; s++)
        {
            foreach (var (first, end, type) in NerLabels.Entities(labels[s]))
            {
                var start = spans[s][first].Start;
                var stop = spans[s][end - 1].End;
                mentions.Add(new EntityMention(start, stop, typeMap[type], text[start..stop]));
            }
        }

        return mentions.ToImmutable();
    }

    private static EntityType MapType(string type) => type switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        _ => EntityType.Other,
    };
}
