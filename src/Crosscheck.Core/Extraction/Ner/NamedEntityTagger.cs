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

    public ImmutableArray<EntityMention> Tag(string text) => Tag(text, default(ImmutableArray<TextSpan>));

    /// <summary>
    /// As <see cref="Tag(string)"/>, taking each sentence's tokens from the text's tokens where none crosses a
    /// sentence's end (the tokenizer finds the same tokens in a sentence as in the whole text then); else, or without
    /// tokens, each sentence is tokenized on its own.
    /// </summary>
    public ImmutableArray<EntityMention> Tag(string text, ImmutableArray<TextSpan> tokens)
    {
        // The ranges are lists the thread keeps, taken while in use so that a nested call makes its own.
        var scratch = spare ?? new Scratch();
        spare = null;
        var (sentences, ranges, lengths) = (scratch.Sentences, scratch.Tokens, scratch.Lengths);
        SentenceSplitter.Ranges(text, 0, text.Length, sentences);
        if (tokens.IsDefault || !SplitBySentence(tokens.AsSpan(), sentences, ranges, lengths))
        {
            ranges.Clear();
            lengths.Clear();
            foreach (var (start, end) in sentences)
            {
                var before = ranges.Count;
                foreach (var range in WordTokenizer.Ranges(text, start, end))
                {
                    ranges.Add(range);
                }

                lengths.Add(ranges.Count - before);
            }
        }

        var tokenRanges = CollectionsMarshal.AsSpan(ranges);
        var labels = Model.Decode(text, tokenRanges, CollectionsMarshal.AsSpan(lengths));
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        var first = 0;
        for (var s = 0; s < labels.Length; s++)
        {
            foreach (var (from, end, type) in NerLabels.Entities(labels[s]))
            {
                var start = tokenRanges[first + from].Start;
                var stop = tokenRanges[first + end - 1].End;
                mentions.Add(new EntityMention(start, stop, typeMap[type], text[start..stop]));
            }

            first += lengths[s];
        }

        sentences.Clear();
        ranges.Clear();
        lengths.Clear();
        spare = scratch;
        return mentions.ToImmutable();
    }

    /// <summary>Hands each sentence the text's tokens inside it, in order (ranges, and their count a sentence); false where a token is not inside one sentence.</summary>
    internal static bool SplitBySentence(
        ReadOnlySpan<TextSpan> textTokens, List<(int Start, int End)> sentences, List<(int Start, int End)> tokens, List<int> lengths)
    {
        var k = 0;
        foreach (var (start, end) in sentences)
        {
            var before = tokens.Count;
            for (; k < textTokens.Length && textTokens[k].Start < end; k++)
            {
                if (textTokens[k].Start < start || textTokens[k].End > end)
                {
                    return false;
                }

                tokens.Add((textTokens[k].Start, textTokens[k].End));
            }

            lengths.Add(tokens.Count - before);
        }

        return k == textTokens.Length;
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
