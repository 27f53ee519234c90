using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Ingest;

namespace Crosscheck.Core.Tests;

/// <summary>The five sample reports (copied from samples/dprk-wagner to the test output), raw and cleaned.</summary>
internal static class SampleCorpus
{
    public static readonly DateOnly Today = new(2026, 11, 27);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "fixtures", "dprk-wagner");

    public static RawArticle Raw(string prefix)
    {
        var path = System.IO.Directory.GetFiles(Directory, prefix + "_*.txt").Single();
        var result = DocumentReader.Read(path, File.ReadAllBytes(path));
        return result.Articles.Single();
    }

    public static CleanArticle Clean(string prefix) => ArticleCleaner.Clean(Raw(prefix), new CleanerOptions(Today));

    public static IReadOnlyList<CleanArticle> All() => new[] { "000", "001", "002", "003", "004" }.Select(Clean).ToArray();
}
