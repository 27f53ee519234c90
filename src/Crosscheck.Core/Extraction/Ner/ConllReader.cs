using System.Collections.Immutable;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// Reads the CoNLL-2003 column format: one token a line with the word first and the entity tag last
/// (`token POS chunk NER`), a blank line between sentences and a `-DOCSTART-` line between documents.
/// </summary>
public static class ConllReader
{
    private const string DocumentStart = "-DOCSTART-";

    public static ImmutableArray<ConllDocument> Parse(string text)
    {
        using var reader = new StringReader(text);
        return Read(reader);
    }

    public static ImmutableArray<ConllDocument> Read(TextReader reader)
    {
        var documents = ImmutableArray.CreateBuilder<ConllDocument>();
        var sentences = ImmutableArray.CreateBuilder<ConllSentence>();
        var tokens = ImmutableArray.CreateBuilder<string>();
        var tags = ImmutableArray.CreateBuilder<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                EndSentence(sentences, tokens, tags);
                continue;
            }

            if (string.Equals(fields[0], DocumentStart, StringComparison.Ordinal))
            {
                EndSentence(sentences, tokens, tags);
                EndDocument(documents, sentences);
                continue;
            }

            var tag = fields.Length > 1 ? fields[^1] : "O";
            if (!IsTag(tag))
            {
                throw new FormatException($"Line {lineNumber}: '{tag}' is not an IOB entity tag.");
            }

            tokens.Add(fields[0]);
            tags.Add(tag);
        }

        EndSentence(sentences, tokens, tags);
        EndDocument(documents, sentences);
        return documents.ToImmutable();
    }

    private static bool IsTag(string tag) =>
        string.Equals(tag, "O", StringComparison.Ordinal) ||
        (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I');

    private static void EndSentence(
        ImmutableArray<ConllSentence>.Builder sentences, ImmutableArray<string>.Builder tokens, ImmutableArray<string>.Builder tags)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        sentences.Add(new ConllSentence(tokens.ToImmutable(), tags.ToImmutable()));
        tokens.Clear();
        tags.Clear();
    }

    private static void EndDocument(ImmutableArray<ConllDocument>.Builder documents, ImmutableArray<ConllSentence>.Builder sentences)
    {
        if (sentences.Count == 0)
        {
            return;
        }

        documents.Add(new ConllDocument(sentences.ToImmutable()));
        sentences.Clear();
    }
}
