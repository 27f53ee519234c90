namespace Crosscheck.Web.Api;

/// <summary>The JSON body of POST /api/articles: exactly one of <paramref name="Text"/> and <paramref name="Html"/>.</summary>
/// <param name="Published">ISO 8601 date or date-time.</param>
public sealed record ArticleSubmission(string? Url, string? Title, string? Text, string? Html, string? Published, string? Outlet);
