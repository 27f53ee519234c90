using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Crosscheck.Core.Ingest;

/// <summary>
/// Turns one input (its name and bytes) into raw articles. The format comes from the file name where it is
/// telling and from the content otherwise; every failure becomes a problem naming the input, never an exception.
/// </summary>
public static class DocumentReader
{
    public static IReadOnlyCollection<string> SupportedExtensions { get; } =
        [".txt", ".md", ".text", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".jsonl", ".ndjson", ".warc", ".gz"];

    /// <summary>
    /// The default size limit of an input: what a file given on the command line or uploaded may weigh, and what a gzipped
    /// one may inflate to unless the caller says otherwise.
    /// </summary>
    public const long DefaultMaxInflatedBytes = 20_000_000;

    /// <summary>
    /// Reads one input; a gzipped one may inflate to at most <paramref name="maxInflatedBytes"/>, so that a small file
    /// cannot expand without bound in memory.
    /// </summary>
    public static ReadResult Read(string source, ReadOnlySpan<byte> bytes, long maxInflatedBytes = DefaultMaxInflatedBytes)
    {
        if (bytes.IsEmpty)
        {
            return ReadResult.Failed(source, "empty file");
        }

        var name = source;
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            var inflated = Gunzip(bytes, maxInflatedBytes, out var gzipProblem);
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

    private static byte[]? Gunzip(ReadOnlySpan<byte> bytes, long maxInflatedBytes, out string? problem)
    {
        problem = null;
        byte[] inflated;
        try
        {
            using var input = new MemoryStream(bytes.ToArray());
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                if (output.Length + read > maxInflatedBytes)
                {
                    problem = $"gzip file inflates to more than the {maxInflatedBytes / 1_000_000.0:0.#} MB limit";
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            inflated = output.ToArray();
        }
        catch (InvalidDataException e)
        {
            problem = $"not a valid gzip file ({e.Message})";
            return null;
        }

        if (!TrailerMatches(bytes, inflated))
        {
            problem = "truncated or corrupt gzip file (its end does not check out against the inflated data)";
            return null;
        }

        return inflated;
    }

    // GZipStream stops quietly where a cut file ends, so a cut file would inflate to part of its text. Every gzip member
    // ends with the CRC-32 and length of its data; the last member's data is the tail of the inflated bytes, so the file's
    // last eight bytes must describe that tail.
    private static bool TrailerMatches(ReadOnlySpan<byte> file, byte[] inflated)
    {
        if (file.Length < 18)
        {
            return false;
        }

        var crc = BinaryPrimitives.ReadUInt32LittleEndian(file[^8..]);
        var length = BinaryPrimitives.ReadUInt32LittleEndian(file[^4..]);
        return length <= inflated.Length && Crc32.HashToUInt32(inflated.AsSpan(inflated.Length - (int)length)) == crc;
    }
}
