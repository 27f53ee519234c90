using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Crosscheck.Core.Ingest;

/// <summary>
/// Reads WARC 1.0/1.1 files (already un-gzipped) and takes the HTML of every successful HTTP response record.
/// Written here because no maintained .NET WARC library is served: the format is small (ISO 28500 headers,
/// a Content-Length-delimited block holding the raw HTTP response).
/// </summary>
public static class WarcReader
{
    public static ReadResult Read(string source, ReadOnlySpan<byte> bytes)
    {
        var articles = ImmutableArray.CreateBuilder<RawArticle>();
        var problems = ImmutableArray.CreateBuilder<IngestProblem>();
        var position = 0;
        var recordNumber = 0;
        while (true)
        {
            position = SkipBlankLines(bytes, position);
            if (position >= bytes.Length)
            {
                break;
            }

            recordNumber++;
            var recordSource = $"{source}#record-{recordNumber.ToString(CultureInfo.InvariantCulture)}";
            var headerEnd = IndexOfBlankLine(bytes, position);
            if (headerEnd.Start < 0)
            {
                problems.Add(new IngestProblem(recordSource, "truncated WARC record header"));
                break;
            }

            var headers = ParseHeaders(Encoding.UTF8.GetString(bytes[position..headerEnd.Start]), out var firstLine);
            if (!firstLine.StartsWith("WARC/", StringComparison.Ordinal))
            {
                problems.Add(new IngestProblem(recordSource, $"not a WARC record (starts with \"{Shorten(firstLine)}\")"));
                break;
            }

            if (!headers.TryGetValue("content-length", out var lengthText) || !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                problems.Add(new IngestProblem(recordSource, "WARC record without a valid Content-Length"));
                break;
            }

            var blockStart = headerEnd.End;
            if (blockStart + length > bytes.Length)
            {
                problems.Add(new IngestProblem(recordSource, "truncated WARC record (Content-Length runs past the end of the file)"));
                break;
            }

            var block = bytes.Slice(blockStart, length);
            position = blockStart + length;
            if (headers.GetValueOrDefault("warc-type") != "response")
            {
                continue;
            }

            var url = headers.GetValueOrDefault("warc-target-uri");
            var article = FromHttpResponse(url ?? recordSource, url, block, out var problem);
            if (article is not null)
            {
                articles.Add(article);
            }
            else if (problem is not null)
            {
                problems.Add(new IngestProblem(url ?? recordSource, problem));
            }
        }

        if (articles.Count == 0 && problems.Count == 0)
        {
            problems.Add(new IngestProblem(source, "WARC file holds no HTML response records"));
        }

        return ReadResult.Of(articles.ToImmutable(), problems.ToImmutable());
    }

    private static RawArticle? FromHttpResponse(string source, string? url, ReadOnlySpan<byte> block, out string? problem)
    {
        problem = null;
        var headerEnd = IndexOfBlankLine(block, 0);
        if (headerEnd.Start < 0)
        {
            problem = "HTTP response without a header end";
            return null;
        }

        var headers = ParseHeaders(Encoding.Latin1.GetString(block[..headerEnd.Start]), out var statusLine);
        var status = statusLine.Split(' ', 3);
        if (status.Length < 2 || status[1] != "200")
        {
            return null;
        }

        var contentType = headers.GetValueOrDefault("content-type") ?? string.Empty;
        if (!contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        byte[] body = block[headerEnd.End..].ToArray();
        try
        {
            if (headers.GetValueOrDefault("transfer-encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
            {
                body = Dechunk(body);
            }

            if (headers.GetValueOrDefault("content-encoding")?.Contains("gzip", StringComparison.OrdinalIgnoreCase) == true)
            {
                using var input = new MemoryStream(body);
                using var gzip = new GZipStream(input, CompressionMode.Decompress);
                using var output = new MemoryStream();
                gzip.CopyTo(output);
                body = output.ToArray();
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            problem = $"HTTP body could not be decoded ({e.Message})";
            return null;
        }

        var html = DecodeBody(body, contentType, out problem);
        return html is null ? null : RawArticle.Create(source, url, ContentFormat.Html, html);
    }

    private static string? DecodeBody(byte[] body, string contentType, out string? problem)
    {
        problem = null;
        var charsetAt = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (charsetAt >= 0)
        {
            var name = contentType[(charsetAt + 8)..].Trim().Trim('"', '\'').Split(';')[0];
            try
            {
                return Encoding.GetEncoding(name).GetString(body);
            }
            catch (ArgumentException)
            {
                // An unknown charset label falls through to detection, as browsers do.
            }
        }

        var decoded = TextDecoder.Decode(body, out problem);
        return decoded?.Text;
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var i = 0;
        while (i < body.Length)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', i);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(body, i, lineEnd - i).Trim().Split(';')[0];
            var size = int.Parse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                break;
            }

            var start = lineEnd + 1;
            output.Write(body, start, Math.Min(size, body.Length - start));
            i = start + size;
            while (i < body.Length && body[i] is (byte)'\r' or (byte)'\n')
            {
                i++;
            }
        }

        return output.ToArray();
    }

    private static Dictionary<string, string> ParseHeaders(string text, out string firstLine)
    {
        var lines = text.Split('\n');
        firstLine = lines[0].Trim();
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
            }
        }

        return headers;
    }

    private static (int Start, int End) IndexOfBlankLine(ReadOnlySpan<byte> bytes, int from)
    {
        for (var i = from; i < bytes.Length - 1; i++)
        {
            if (bytes[i] != '\n')
            {
                continue;
            }

            if (bytes[i + 1] == '\n')
            {
                return (i, i + 2);
            }

            if (bytes[i + 1] == '\r' && i + 2 < bytes.Length && bytes[i + 2] == '\n')
            {
                return (i, i + 3);
            }
        }

        return (-1, -1);
    }

    private static int SkipBlankLines(ReadOnlySpan<byte> bytes, int position)
    {
        while (position < bytes.Length && bytes[position] is (byte)'\r' or (byte)'\n')
        {
            position++;
        }

        return position;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
