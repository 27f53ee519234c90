using System.IO.Hashing;
using System.Text;

namespace Crosscheck.Core;

/// <summary>Stable identity of an article: the same input always yields the same id.</summary>
public readonly record struct ArticleId(string Value)
{
    /// <summary>
    /// Derives the id from the article's identity key (its URL when it has one) and its raw content, so that
    /// re-ingesting the same article is idempotent while two different pages never collide.
    /// </summary>
    public static ArticleId From(string? url, string rawContent)
    {
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes(url ?? string.Empty));
        hash.Append([0]);
        hash.Append(Encoding.UTF8.GetBytes(rawContent));
        return new ArticleId("a-" + Convert.ToHexStringLower(hash.GetCurrentHash())[..16]);
    }

    public override string ToString() => Value;
}
