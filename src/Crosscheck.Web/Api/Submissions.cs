using System.Globalization;
using System.Text.Json;
using Crosscheck.Core.Ingest;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Crosscheck.Web.Api;

/// <summary>
/// Reads an upload (a JSON article or one multipart file) within the size limit and turns it into raw articles through
/// the same readers the command line uses; every refusal is a problem a client can act on.
/// </summary>
internal static class Submissions
{
    private const int MaxUrlLength = 2048;

    /// <summary>The body, or null when it is longer than the limit (checked before and while reading).</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellation)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        // The limit is enforced here for every transfer encoding, so the server's own (lower) default must not cut in first.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = null;
        }

        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellation)) > 0)
        {
            if (body.Length + read > limit)
            {
                return null;
            }

            await body.WriteAsync(buffer.AsMemory(0, read), cancellation);
        }

        return body.ToArray();
    }

    public static (ReadResult? Read, Dictionary<string, string[]> Errors) FromJson(byte[] body, JsonSerializerOptions json)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        ArticleSubmission? submission;
        try
        {
            submission = JsonSerializer.Deserialize<ArticleSubmission>(body, json);
        }
        catch (JsonException e)
        {
            errors["body"] = [$"not valid JSON: {e.Message}"];
            return (null, errors);
        }

        if (submission is null)
        {
            errors["body"] = ["expected a JSON object with text or html"];
            return (null, errors);
        }

        var hasText = !string.IsNullOrWhiteSpace(submission.Text);
        var hasHtml = !string.IsNullOrWhiteSpace(submission.Html);
        if (hasText == hasHtml)
        {
            errors["text"] = [hasText ? "give text or html, not both" : "text or html is required"];
        }

        Uri? url = null;
        if (submission.Url is { } given && (given.Length > MaxUrlLength || !Uri.TryCreate(given, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https")))
        {
            errors["url"] = [$"must be an absolute http or https URL of at most {MaxUrlLength} characters"];
        }

        DateTimeOffset? published = null;
        if (submission.Published is { } date)
        {
            if (DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                published = parsed;
            }
            else
            {
                errors["published"] = ["must be an ISO 8601 date or date-time"];
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var article = RawArticle.Create(
            url?.ToString() ?? "api",
            url?.ToString(),
            hasHtml ? ContentFormat.Html : ContentFormat.PlainText,
            hasHtml ? submission.Html! : submission.Text!,
            Blank(submission.Title),
            Blank(submission.Outlet),
            published);
        return (ReadResult.Of([article], []), errors);
    }

    /// <summary>The first file part of a multipart body, read by name and content like a file given to `crosscheck ingest`; a gzipped one may inflate to the upload limit.</summary>
    public static async Task<(ReadResult? Read, Dictionary<string, string[]> Errors)> FromMultipartAsync(byte[] body, string contentType, long maxInflatedBytes, CancellationToken cancellation)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || HeaderUtilities.RemoveQuotes(media.Boundary).Value is not { Length: > 0 } boundary)
        {
            errors["body"] = ["multipart body without a boundary"];
            return (null, errors);
        }

        using var stream = new MemoryStream(body, writable: false);
        var reader = new MultipartReader(boundary, stream);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellation) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
                {
                    continue;
                }

                var name = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "upload");
                using var content = new MemoryStream();
                await section.Body.CopyToAsync(content, cancellation);
                return (DocumentReader.Read("upload:" + (string.IsNullOrWhiteSpace(name) ? "upload" : name), content.ToArray(), maxInflatedBytes), errors);
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            errors["body"] = [$"malformed multipart body: {e.Message}"];
            return (null, errors);
        }

        errors["file"] = ["no file part in the multipart body"];
        return (null, errors);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    public static bool IsMultipart(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) && media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);
}
