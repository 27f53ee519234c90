using System.Collections.Immutable;
using System.Runtime.InteropServices;
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

    [ThreadStatic]
    private static Scratch? spare;

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
        // The ranges are lists the thread keeps, taken while in use so that a nested call makes its own.
        var scratch = spare ?? new Scratch();
        spare = null;
        var (sentences, tokens, lengths) = (scratch.Sentences, scratch.Tokens, scratch.Lengths);
        SentenceSplitter.Ranges(text, 0, text.Length, sentences);
        foreach (var (start, end) in sentences)
        {
            var before = tokens.Count;
            foreach (var range in WordTokenizer.Ranges(text, start, end))
            {
                tokens.Add(range);
            }

            lengths.Add(tokens.Count - before);
        }

        var ranges = CollectionsMarshal.AsSpan(tokens);
        var labels = Model.Decode(text, ranges, CollectionsMarshal.AsSpan(lengths));
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        var first = 0;
        for (var s = 0; s < labels.Length; s++)
        {
            foreach (var (from, end, type) in NerLabels.Entities(labels[s]))
            {
                var start = ranges[first + from].Start;
                var stop = ranges[first + end - 1].End;
                mentions.Add(new EntityMention(start, stop, typeMap[type], text[start..stop]));
            }

            first += lengths[s];
        }

        sentences.Clear();
        tokens.Clear();
        lengths.Clear();
        spare = scratch;
        return mentions.ToImmutable();
    }

    private sealed class Scratch
    {
        public List<(int Start, int End)> Sentences { get; } = [];

        public List<(int Start, int End)> Tokens { get; } = [];

        public List<int> Lengths { get; } = [];
    }

    private static EntityType MapType(string type) => type switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        _ => EntityType.Other,
    };
}
