using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Crosscheck.Core.Ingest;

/// <summary>
/// JSON Lines: one article a line with <c>url</c>, <c>title</c>, <c>text</c> or <c>html</c>, <c>published</c>,
/// <c>outlet</c>. A bad line is a problem naming its line number; the good lines are still taken.
/// </summary>
public static class JsonLinesParser
{
    public static ReadResult Parse(string source, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var articles = ImmutableArray.CreateBuilder<RawArticle>();
        var problems = ImmutableArray.CreateBuilder<IngestProblem>();
        var lineNumber = 0;

        // Lines are parsed in place: a copy of each line (and of the whole content, split) would only be discarded.
        for (var lineStart = 0; lineStart <= content.Length; lineNumber++)
        {
            var lineEnd = content.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? content.Length : lineEnd;
            var line = content.AsMemory(lineStart, lineEnd - lineStart);
            lineStart = lineEnd + 1;
            if (line.Span.IsWhiteSpace())
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var article = FromJson(source, lineNumber + 1, document.RootElement, out var reason);
                if (article is null)
                {
                    problems.Add(new IngestProblem(LineSource(source, lineNumber + 1), reason!));
                }
                else
                {
                    articles.Add(article);
                }
            }
            catch (JsonException e)
            {
                problems.Add(new IngestProblem(LineSource(source, lineNumber + 1), $"invalid JSON ({e.Message})"));
            }
        }

        return ReadResult.Of(articles.ToImmutable(), problems.ToImmutable());
    }

    private static string LineSource(string source, int lineNumber) => $"{source}:{lineNumber.ToString(CultureInfo.InvariantCulture)}";

    private static RawArticle? FromJson(string source, int lineNumber, JsonElement json, out string? reason)
    {
        reason = null;
        if (json.ValueKind != JsonValueKind.Object)
        {
            reason = "a line must be a JSON object";
            return null;
        }

        var url = Text(json, "url");
        var html = Text(json, "html");
        var text = Text(json, "text");
        if (string.IsNullOrWhiteSpace(html) && string.IsNullOrWhiteSpace(text))
        {
            reason = "the object has neither \"text\" nor \"html\"";
            return null;
        }

        DateTimeOffset? published = null;
        if (Text(json, "published") is { } when)
        {
            if (!DateTimeOffset.TryParse(when, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                reason = $"\"published\" is not a date: {when}";
                return null;
            }

            published = parsed;
        }

        var format = string.IsNullOrWhiteSpace(html) ? ContentFormat.PlainText : ContentFormat.Html;
        var body = format == ContentFormat.Html ? html! : text!;
        return RawArticle.Create(url ?? LineSource(source, lineNumber), url, format, body, Text(json, "title"), Text(json, "outlet"), published);
    }

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
