using System.IO.Compression;

namespace Crosscheck.Core.Ingest;

/// <summary>
/// Turns one input (its name and bytes) into raw articles. The format comes from the file name where it is
/// telling and from the content otherwise; every failure becomes a problem naming the input, never an exception.
/// </summary>
public static class DocumentReader
{
    public static IReadOnlyCollection<string> SupportedExtensions { get; } =
        [".txt", ".md", ".text", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".jsonl", ".ndjson", ".warc", ".gz"];

    public static ReadResult Read(string source, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return ReadResult.Failed(source, "empty file");
        }

        var name = source;
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            var inflated = Gunzip(bytes, out var gzipProblem);
            if (inflated is null)
            {
                return ReadResult.Failed(source, gzipProblem!);
            }

            bytes = inflated;
            name = name[..^3];
        }

        var format = FormatFromName(name);
        if (format == InputFormat.Warc)
        {
            return WarcReader.Read(source, bytes);
        }

        var decoded = TextDecoder.Decode(bytes, out var problem);
        if (decoded is null)
        {
            return ReadResult.Failed(source, problem!);
        }

        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return ReadResult.Failed(source, "empty file (only whitespace)");
        }

        format ??= Sniff(decoded.Text);
        return format switch
        {
            InputFormat.Html => Single(RawArticle.Create(source, null, ContentFormat.Html, decoded.Text)),
            InputFormat.Feed => FeedParser.Parse(source, decoded.Text),
            InputFormat.JsonLines => JsonLinesParser.Parse(source, decoded.Text),
            _ => Single(RawArticle.Create(source, null, ContentFormat.PlainText, decoded.Text)),
        };
    }

    public static InputFormat? FormatFromName(string name)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        return extension switch
        {
            ".txt" or ".md" or ".text" => InputFormat.PlainText,
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".rss" or ".atom" or ".xml" => InputFormat.Feed,
            ".jsonl" or ".ndjson" => InputFormat.JsonLines,
            ".warc" => InputFormat.Warc,
            _ => null,
        };
    }

    private static InputFormat Sniff(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        if (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            return head.Contains("<html", StringComparison.OrdinalIgnoreCase) ? InputFormat.Html : InputFormat.Feed;
        }

        if (head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Feed;
        }

        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Html;
        }

        return head.StartsWith("{", StringComparison.Ordinal) ? InputFormat.JsonLines : InputFormat.PlainText;
    }

    private static ReadResult Single(RawArticle article) => ReadResult.Of([article], []);

    private static byte[]? Gunzip(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = null;
        try
        {
            using var input = new MemoryStream(bytes.ToArray());
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            gzip.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            problem = $"not a valid gzip file ({e.Message})";
            return null;
        }
    }
}
