using Crosscheck.Core.Reports;
using Crosscheck.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Crosscheck.Web.Api;

/// <summary>The HTTP API: the report's objects as the contract names them (snake_case), and the upload that feeds the store.</summary>
internal static class ApiEndpoints
{
    public const int DefaultPageSize = 20;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");

        api.MapGet("/stories", (Dossier dossier, string? q, int? page, int? pageSize) =>
            {
                if (page is < 1 || pageSize is < 1 or > SqliteArticleStore.MaxPageSize)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["paging"] = [$"page must be at least 1 and pageSize between 1 and {SqliteArticleStore.MaxPageSize}"],
                    });
                }

                return Results.Ok(dossier.ListStories(q, page ?? 1, pageSize ?? DefaultPageSize));
            })
            .WithName("ListStories").WithSummary("Stories newest first; q filters by full-text match over articles, claims and quotes.")
            .Produces<StoryPage>().ProducesValidationProblem();

        api.MapGet("/stories/{id}", (Dossier dossier, string id) =>
                dossier.GetStory(id) is { } story ? Results.Ok(story) : NotFound("story", id))
            .WithName("GetStory").WithSummary("One story as in report.json.")
            .Produces<StoryEntry>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/articles/{id}", (Dossier dossier, string id) =>
                dossier.GetArticle(id) is { } article ? Results.Ok(article) : NotFound("article", id))
            .WithName("GetArticle").WithSummary("One article: cleaned text, removed lines, origin and reuse.")
            .Produces<ArticleEntry>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/search", (Dossier dossier, string? q, int? limit) =>
            {
                if (string.IsNullOrWhiteSpace(q))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["a search query is required"] });
                }

                return Results.Ok(new SearchResponse(q, dossier.Search(q, Math.Clamp(limit ?? 50, 1, 200))));
            })
            .WithName("Search").WithSummary("Full-text search over article texts, claims and quotes, best match (lowest bm25) first.")
            .Produces<SearchResponse>().ProducesValidationProblem();

        api.MapGet("/search/semantic", (Dossier dossier, string? q, int? limit) =>
            {
                if (string.IsNullOrWhiteSpace(q))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["a search query is required"] });
                }

                return dossier.SemanticSearch(q, Math.Clamp(limit ?? 20, 1, 200)) is { } hits
                    ? Results.Ok(new SemanticSearchResponse(q, hits))
                    : Results.Problem(
                        title: "Semantic search is off",
                        detail: "No sentence-embedding model is loaded (the server runs with --no-embeddings, or the model failed to load); use /api/search.",
                        statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .WithName("SemanticSearch")
            .WithSummary("Meaning-based search over claims, quotes and summary sentences with the sentence embeddings, closest first.")
            .Produces<SemanticSearchResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapPost("/articles", PostArticleAsync)
            .WithName("AddArticles")
            .WithSummary("Adds articles (a JSON article, or one multipart file of text, HTML, a feed or JSONL) and reanalyses.")
            .Accepts<ArticleSubmission>("application/json", "multipart/form-data")
            .Produces<IngestResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> PostArticleAsync(HttpRequest request, Dossier dossier, CrosscheckWebOptions options, IOptions<JsonOptions> json, CancellationToken cancellation)
    {
        var contentType = request.ContentType;
        var isJson = Submissions.IsJson(contentType);
        if (!isJson && !Submissions.IsMultipart(contentType))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "send application/json ({url,title,text|html,published,outlet}) or multipart/form-data with one file");
        }

        var body = await Submissions.ReadBodyAsync(request, options.MaxUploadBytes, cancellation);
        if (body is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large",
                detail: $"the body is over the {Submissions.Megabytes(options.MaxUploadBytes)} limit");
        }

        var (read, errors) = isJson
            ? Submissions.FromJson(body, json.Value.SerializerOptions)
            : await Submissions.FromMultipartAsync(body, contentType!, options.MaxUploadBytes, cancellation);
        if (read is null)
        {
            return Results.ValidationProblem(errors);
        }

        if (read.Articles.IsEmpty)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "No article could be read",
                detail: string.Join("; ", read.Problems.Select(p => p.Reason)));
        }

        var outcome = dossier.Ingest(read);
        var response = new IngestResponse(outcome.Articles, outcome.Added, outcome.AlreadyStored, [.. outcome.Problems.Select(p => p.ToString())]);
        return Results.Created("/api/articles/" + Uri.EscapeDataString(outcome.Articles[0]), response);
    }

    private static IResult NotFound(string what, string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}", detail: $"no {what} has the id '{id}'");
}
