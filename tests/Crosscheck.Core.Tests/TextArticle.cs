using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Tests;

/// <summary>A cleaned article of bare text, with no metadata, for stages read sentence by sentence.</summary>
internal static class TextArticle
{
    public static CleanArticle Of(string text) =>
        new(ArticleId.From(null, text), "test", null, null, null, null, null, null, [], "en", text, []);
}
