using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Tests.Reuse;

/// <summary>Crafted articles for reuse tests: neutral prose on made-up topics, so no rule can lean on real news.</summary>
internal static class ReuseTestArticles
{
    public const string Wire =
        "The regional water authority approved a plan on Monday to build three desalination plants along the southern coast, " +
        "a project officials say will cost about 2.4 billion dollars over the next decade.\n\n" +
        "The plants are meant to supply drinking water to roughly 900,000 households during the dry months, when reservoirs " +
        "in the hills fall to a fraction of their capacity.\n\n" +
        "Engineers from the authority presented the design to the council after two years of studies on the seabed, the tides " +
        "and the effect of the brine on fish that breed near the shore.\n\n" +
        "Environmental groups asked for an independent review of the brine discharge, arguing that the studies had been paid " +
        "for by the companies bidding for the construction contracts.\n\n" +
        "The authority said the first plant could open in four years if the permits arrive on time and the tender attracts " +
        "at least three serious bidders.";

    public const string Unrelated =
        "A small bakery in the old town has won the national bread prize for the second year running, beating more than " +
        "two hundred entries from across the country.\n\n" +
        "The owner, who took over the shop from her grandfather, said the secret was a sourdough starter kept alive since " +
        "the nineteen sixties and a very slow overnight rise.\n\n" +
        "Queues now form before dawn, and the bakery has hired four more staff to keep up with orders from restaurants in " +
        "the capital.";

    public static CleanArticle Article(string key, string text, DateOnly? published = null, string? outlet = null, params string[] credits) =>
        new(
            new ArticleId("a-" + key),
            key,
            null,
            null,
            outlet,
            published is { } date ? new PublicationDate(date) : null,
            null,
            null,
            [.. credits],
            "en",
            text,
            []);
}
