using System.Globalization;
using Crosscheck.Core.Reports;

namespace Crosscheck.Web.Pages;

/// <summary>The frame every page shares: stylesheet and script from /assets (the CSP allows nothing inline), header, search box.</summary>
internal static class Layout
{
    private const int MaxLabelLength = 32;

    public static string Render(string title, string? query, Action<Html> body)
    {
        var html = new Html();
        html.Markup("<!doctype html>").Open("html", ("lang", "en")).Open("head")
            .Markup("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Element("title", $"{title} · Crosscheck")
            .Open("link", ("rel", "stylesheet"), ("href", "/assets/site.css"))
            .Open("script", ("src", "/assets/site.js"), ("defer", string.Empty)).Close("script")
            .Close("head").Open("body")
            .Open("header", ("class", "top"))
            .Element("a", "Crosscheck", ("href", "/"), ("class", "brand"))
            .Open("nav").Element("a", "Stories", ("href", "/")).Element("a", "Compare", ("href", "/compare")).Close("nav")
            .Open("form", ("action", "/"), ("method", "get"), ("role", "search"), ("class", "search"))
            .Open("input", ("type", "search"), ("name", "q"), ("value", query ?? string.Empty), ("placeholder", "Search articles, claims, quotes"), ("aria-label", "Search"))
            .Element("button", "Search", ("type", "submit"))
            .Close("form").Close("header")
            .Open("main");
        body(html);
        html.Close("main").Close("body").Close("html");
        return html.ToString();
    }

    public static string DateRange(string? first, string? last) =>
        (first, last) switch
        {
            (null, null) => "undated",
            _ when first == last || last is null => first!,
            (null, _) => last!,
            _ => $"{first} – {last}",
        };

    public static string Percent(double? value) => value is { } v ? v.ToString("P0", CultureInfo.InvariantCulture) : "–";

    /// <summary>How a source is named in lists: its outlet, or the start of its title when the outlet is unknown.</summary>
    public static string ShortLabel(ArticleEntry article)
    {
        if (article.Outlet is { Length: > 0 } outlet)
        {
            return outlet;
        }

        var title = article.Title ?? article.Id;
        if (title.Length <= MaxLabelLength)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', MaxLabelLength);
        return string.Concat(title.AsSpan(0, cut > 0 ? cut : MaxLabelLength), "…");
    }

    public static string ArticleHref(string id) => "/articles/" + Uri.EscapeDataString(id);

    public static string StoryHref(string id) => "/stories/" + Uri.EscapeDataString(id);

    public static string CompareHref(string a, string b) => $"/compare?a={Uri.EscapeDataString(a)}&b={Uri.EscapeDataString(b)}";
}
