using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// A trained named-entity model: the label set, the lexicon learned from the training data and one or two passes
/// of weights (the second pass sees the first pass's labels of the whole document). Immutable and thread-safe.
/// Saved as gzip: the weights are stored sparsely, quantised to 16 bits.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "crosscheck-ner";
    // 2 added the lexicon's common words outside names; 1 is still read.
    private const int FormatVersion = 2;

    // Marks a quotation or an aside opens with, as the tokenizer gives them.
    private static readonly FrozenSet<string> OpeningMarks = new[] { "\"", "\u201C", "\u2018", "'", "``", "(" }.ToFrozenSet(StringComparer.Ordinal);

    // Words a heading in title case capitalises and running text does not, in either case.
    private static readonly FrozenSet<string> TitleCaseFunctionWords = new[]
    {
        "the", "a", "an", "is", "are", "was", "were", "be", "of", "to", "in", "for", "on", "and", "but", "or", "with", "at",
        "by", "from", "as", "its", "it", "this", "that", "will", "has", "have", "not", "after", "over", "into", "about",
    }.SelectMany(word => new[] { word, char.ToUpperInvariant(word[0]) + word[1..] }).ToFrozenSet(StringComparer.Ordinal);

    private readonly NerFeatureExtractor extractor;
    private readonly JointWeightIndex index;
    private readonly int[][] labelContextScores;

    internal NerModel(NerLabels labels, NerLexicon lexicon, WordClusters clusters, int hashBits, ImmutableArray<NerWeights> passes)
    {
        Labels = labels;
        Lexicon = lexicon;
        Clusters = clusters;
        HashBits = hashBits;
        Passes = passes;
        extractor = new NerFeatureExtractor(lexicon, clusters, labels, hashBits);
        index = new JointWeightIndex(passes);
        labelContextScores = [.. Enumerable.Range(0, passes.Length).Select(LabelContextScores)];
    }

    // For each pass after the first, the summed weights of every label context's rows, Stride a context: most of what
    // the first pass's labels add to a token, one vector add rather than four feature lookups.
    private int[] LabelContextScores(int pass)
    {
        if (pass == 0)
        {
            return [];
        }

        var stride = Passes[pass].Stride;
        var scores = new int[extractor.LabelContexts * stride];
        for (var context = 0; context < extractor.LabelContexts; context++)
        {
            foreach (var row in extractor.LabelContextRows(context))
            {
                index.Add(scores.AsSpan(context * stride, stride), row, pass);
            }
        }

        return scores;
    }

    public ImmutableArray<string> EntityTypes => Labels.Types;

    internal NerLabels Labels { get; }

    internal NerLexicon Lexicon { get; }

    internal WordClusters Clusters { get; }

    internal int HashBits { get; }

    internal ImmutableArray<NerWeights> Passes { get; }

    /// <summary>IOB2 tags ("B-PER", "I-PER", "O") for the tokens of one document, sentence by sentence.</summary>
    public ImmutableArray<ImmutableArray<string>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var tokens = sentences.Select(s => s.ToArray()).ToArray();
        return [.. Decode(tokens).Select(labels => ImmutableArray.Create(Labels.ToIob(labels)))];
    }

    internal int[][] Decode(string[][] sentences) => Decode(extractor.Extract(sentences, index));

    /// <summary>Labels for a text's tokens given as ranges, sentenceLengths of them a sentence in turn (see <see cref="NerFeatureExtractor.Extract(string, ReadOnlySpan{ValueTuple{int, int}}, ReadOnlySpan{int}, JointWeightIndex)"/>).</summary>
    internal int[][] Decode(string text, ReadOnlySpan<(int Start, int End)> tokens, ReadOnlySpan<int> sentenceLengths) =>
        Decode(extractor.Extract(text, tokens, sentenceLengths, index));

    // Gives the document's pooled rows and view back once it is tagged.
    private int[][] Decode(DocumentFeatures document)
    {
        var sentences = document.Sentences;
        var width = index.Width;
        var stride = Passes.IsEmpty ? 0 : Passes[0].Stride;
        var starts = new int[sentences.Length + 1];
        var longest = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            starts[s + 1] = starts[s] + sentences[s].Length;
            longest = Math.Max(longest, sentences[s].Length);
        }

        // Scratch space comes from the shared pools: a document's scores are a few hundred kilobytes that would
        // otherwise be garbage as soon as it is tagged.
        var tokenCount = starts[^1];
        var scores = ArrayPool<int>.Shared.Rent(Math.Max(1, tokenCount * width));
        var sentence = ArrayPool<float>.Shared.Rent(Math.Max(1, longest * stride));
        var best = ArrayPool<float>.Shared.Rent(Math.Max(1, longest * stride));
        var back = ArrayPool<int>.Shared.Rent(Math.Max(1, longest * stride));
        int[][]? previous = null;
        try
        {
            var all = scores.AsSpan(0, tokenCount * width);
            all.Clear();
            for (var s = 0; s < sentences.Length; s++)
            {
                document.AddWordScores(s, all.Slice(starts[s] * width, sentences[s].Length * width), width);
                index.Score(document.Local[s], all, starts[s] * width);
            }

            for (var p = 0; p < Passes.Length; p++)
            {
                var extra = previous is null ? null : extractor.ExtractFirstPass(document, previous, withLabelContext: false);
                var labels = new int[sentences.Length][];
                for (var s = 0; s < labels.Length; s++)
                {
                    var n = sentences[s].Length;
                    var own = all.Slice(starts[s] * width, n * width);
                    // Closed tokens (see NerFeatureExtractor.IsClosed) are O in every pass: they have no scores to decode.
                    var closed = document.Closed(s);
                    if (extra is not null)
                    {
                        for (var i = 0; i < n; i++)
                        {
                            if (!closed.IsEmpty && closed[i])
                            {
                                continue;
                            }

                            var token = own.Slice((i * width) + (p * stride), stride);
                            var context = extractor.LabelContextOf(previous![s], i);
                            JointWeightIndex.Sum(token, labelContextScores[p].AsSpan(context * stride, stride));
                        }

                        index.Score(extra[s], own, p, closed);
                    }

                    index.Scale(own, n, p, sentence);
                    labels[s] = Passes[p].Decode(sentence.AsSpan(0, n * stride), n, best, back, closed);
                }

                if (extra is { Length: > 0 })
                {
                    extra[0].Rows.Release();
                }

                previous = labels;
            }
        }
        finally
        {
            if (previous is not null)
            {
                ReleaseCommonWordsOpeningSentences(document.Sentences, previous);
                ReleaseUnconfirmedNamesInTitleCase(document.Sentences, previous);
            }

            ArrayPool<int>.Shared.Return(scores);
            ArrayPool<float>.Shared.Return(sentence);
            ArrayPool<float>.Shared.Return(best);
            ArrayPool<int>.Shared.Return(back);
            document.Rows.Release();
            document.View.Return();
        }

        return previous ?? [];
    }

    // "Furthermore, …", "Ultimately, …", "Born in 1956, …", a heading "Video": a capital that only opens a sentence says
    // nothing of a name.
    // A one-word entity opening a sentence is released when the document never capitalises its word elsewhere and
    // either training saw the word in lower case and never inside a name, nor the capitalised word inside one, or
    // a comma follows a sentence adverb ("Honestly,", "Interestingly,") or a connective ("Hence,", "Regardless,"),
    // words too rare in the training news to be in its lexicon.
    private void ReleaseCommonWordsOpeningSentences(string[][] sentences, int[][] labels)
    {
        for (var s = 0; s < labels.Length; s++)
        {
            // A heading of one word ("Video") is a sentence of its own; a quotation's sentence opens after its mark
            // ("“Unfortunately, I do not staunch blood flow”").
            var first = sentences[s].Length > 1 && OpeningMarks.Contains(sentences[s][0]) ? 1 : 0;
            if (labels[s].Length <= first || !NerLabels.IsUnit(labels[s][first]))
            {
                continue;
            }

            // Only a capitalised word: "WHO" or "US" opening a sentence is an acronym, whatever the lower-case word.
            var word = sentences[s][first];
            if (word.Length < 2 || !char.IsUpper(word[0]) || word.AsSpan(1).IndexOfAnyInRange('A', 'Z') >= 0)
            {
                continue;
            }

            var lower = word.ToLowerInvariant();

            var common = Lexicon.LabelsOf(lower) == 1 << NerLabels.Outside && (Lexicon.LabelsOf(word) & ~(1 << NerLabels.Outside)) == 0;
            var adverbial = sentences[s].Length > first + 1 && sentences[s][first + 1] == "," && SentenceAdverbs.Contains(lower);
            if ((common || adverbial) && !CapitalisedInside(sentences, word))
            {
                labels[s][first] = NerLabels.Outside;
            }
        }
    }

    // "Stadia Is Essentially A Beta Version Until 2020, But The Price Tag Isn't Cheap": in a heading written in title
    // case every word has a capital, so a name there is kept only where the document's other sentences capitalise
    // each of its words too, or where it is a person's full name, which a heading's capitals do not make up.
    private void ReleaseUnconfirmedNamesInTitleCase(string[][] sentences, int[][] labels)
    {
        var person = Labels.Types.IndexOf("PER");
        HashSet<string>? confirmed = null;
        for (var s = 0; s < labels.Length; s++)
        {
            if (!IsTitleCase(sentences[s]))
            {
                continue;
            }

            confirmed ??= CapitalisedOutsideTitleCase(sentences);
            foreach (var (start, end, type) in NerLabels.Entities(labels[s]).ToList())
            {
                var known = type == person && end - start >= 2;
                var confirmedWords = true;
                for (var i = start; i < end && confirmedWords; i++)
                {
                    confirmedWords = !char.IsUpper(sentences[s][i][0]) || confirmed.Contains(sentences[s][i]);
                }

                if (!known && !confirmedWords)
                {
                    labels[s].AsSpan(start, end - start).Clear();
                }
            }
        }
    }

    // Title case: at least two function words capitalised after the first word, and none in lower case.
    private static bool IsTitleCase(string[] sentence)
    {
        var capitalised = 0;
        for (var i = 1; i < sentence.Length; i++)
        {
            var word = sentence[i];
            if (!TitleCaseFunctionWords.Contains(word))
            {
                continue;
            }

            if (char.IsLower(word[0]))
            {
                return false;
            }

            capitalised++;
        }

        return capitalised >= 2;
    }

    private static HashSet<string> CapitalisedOutsideTitleCase(string[][] sentences)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            if (IsTitleCase(sentence))
            {
                continue;
            }

            for (var i = 1; i < sentence.Length; i++)
            {
                if (char.IsUpper(sentence[i][0]))
                {
                    words.Add(sentence[i]);
                }
            }
        }

        return words;
    }

    // Whether the document capitalises the word where no sentence or quotation opens.
    private static bool CapitalisedInside(string[][] sentences, string word)
    {
        foreach (var sentence in sentences)
        {
            for (var i = 1; i < sentence.Length; i++)
            {
                if (sentence[i] == word && !(i == 1 && OpeningMarks.Contains(sentence[0])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(HashBits);
        writer.Write(Labels.Types.Length);
        foreach (var type in Labels.Types)
        {
            writer.Write(type);
        }

        Lexicon.Write(writer);
        Clusters.Write(writer);
        writer.Write(Passes.Length);
        foreach (var pass in Passes)
        {
            WriteWeights(writer, pass);
        }
    }

    public static NerModel Load(Stream stream)
    {
        // Inflated whole first: the reader takes the model a few bytes at a time, which costs a call into the inflater
        // each from the compressed stream and almost nothing from memory.
        var inflated = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true))
        {
            gzip.CopyTo(inflated);
        }

        inflated.Position = 0;
        using var reader = new BinaryReader(inflated, Encoding.UTF8);
        var magic = reader.ReadString();
        var version = reader.ReadInt32();
        if (!string.Equals(magic, Magic, StringComparison.Ordinal) || version is < 1 or > FormatVersion)
        {
            throw new InvalidDataException("Not a Crosscheck named-entity model of a known version.");
        }

        var hashBits = reader.ReadInt32();
        var typeCount = reader.ReadInt32();
        var types = ImmutableArray.CreateBuilder<string>(typeCount);
        for (var i = 0; i < typeCount; i++)
        {
            types.Add(reader.ReadString());
        }

        var labels = new NerLabels(types.MoveToImmutable());
        var lexicon = NerLexicon.Read(reader, version);
        var clusters = WordClusters.Read(reader);
        var passCount = reader.ReadInt32();
        var passes = ImmutableArray.CreateBuilder<NerWeights>(passCount);
        for (var i = 0; i < passCount; i++)
        {
            passes.Add(ReadWeights(reader, labels, hashBits));
        }

        return new NerModel(labels, lexicon, clusters, hashBits, passes.MoveToImmutable());
    }

    private static void WriteWeights(BinaryWriter writer, NerWeights weights)
    {
        foreach (var value in weights.Transitions)
        {
            writer.Write(value);
        }

        var scale = weights.QuantisationScale();
        writer.Write(scale);
        var previousRow = -1;
        foreach (var (row, values) in weights.Rows)
        {
            var mask = 0;
            for (var k = 0; k < values.Length; k++)
            {
                mask |= NerWeights.Quantise(values.Span[k], scale) != 0 ? 1 << k : 0;
            }

            if (mask == 0)
            {
                continue;
            }

            writer.Write7BitEncodedInt(row - previousRow);
            writer.Write7BitEncodedInt(mask);
            for (var k = 0; k < values.Length; k++)
            {
                if ((mask & (1 << k)) != 0)
                {
                    writer.Write(NerWeights.Quantise(values.Span[k], scale));
                }
            }

            previousRow = row;
        }

        writer.Write7BitEncodedInt(0);
    }

    // Optimised at its only call: its loop runs over every row of the model, which unoptimised code took a large part of
    // a run's first second to read.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static NerWeights ReadWeights(BinaryReader reader, NerLabels labels, int hashBits)
    {
        var l = labels.Count;
        var transitions = new float[NerWeights.TransitionLength(l)];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var scale = reader.ReadSingle();
        var stride = NerWeights.PaddedLength(l);
        var rowIds = new int[1024];
        var packed = new float[rowIds.Length * stride];
        var count = 0;
        var row = -1;
        while (reader.Read7BitEncodedInt() is var delta && delta != 0)
        {
            row += delta;
            var mask = reader.Read7BitEncodedInt();
            if (count == rowIds.Length)
            {
                Array.Resize(ref rowIds, count * 2);
                Array.Resize(ref packed, count * 2 * stride);
            }

            rowIds[count] = row;
            var at = count * stride;
            for (var k = 0; k < l; k++)
            {
                if ((mask & (1 << k)) != 0)
                {
                    packed[at + k] = reader.ReadInt16() * scale;
                }
            }

            count++;
        }

        Array.Resize(ref rowIds, count);
        Array.Resize(ref packed, count * stride);
        return NerWeights.FromPackedRows(labels, hashBits, rowIds, packed, transitions, scale);
    }
}
