using System.Collections.Immutable;
using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Tests.Reuse;

/// <summary>
/// The committed sample reports as cleaned articles: the first line of a fixture is the title, the rest the body.
/// Publication dates are the ones the outlets printed; the others did not give one.
/// </summary>
internal static class SampleCorpus
{
    private static readonly Dictionary<string, DateOnly> PublishedDates = new(StringComparer.Ordinal)
    {
        ["001"] = new DateOnly(2022, 12, 23),
        ["002"] = new DateOnly(2022, 12, 22),
    };

    public static ImmutableArray<CleanArticle> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "dprk-wagner");
        return [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(LoadFile)];
    }

    public static CleanArticle Article(this ImmutableArray<CleanArticle> corpus, string number) =>
        corpus.Single(a => Path.GetFileName(a.Source).StartsWith(number, StringComparison.Ordinal));

    private static CleanArticle LoadFile(string path)
    {
        var content = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var newline = content.IndexOf('\n', StringComparison.Ordinal);
        var title = content[..newline].Trim();
        var text = content[newline..].Trim();
        var number = Path.GetFileName(path)[..3];
        var published = PublishedDates.TryGetValue(number, out var date) ? new PublicationDate(date) : null;
        return new CleanArticle(
            ArticleId.From(null, content), path, null, title, null, published, null, null, [], "en", text, []);
    }
}
