using System.IO.Hashing;
using System.Text;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// Keys for the cross-article repetition signal: a line normalised (case, spacing, digits) and hashed together
/// with the outlet it appeared under, so that only an outlet's own template lines count as repeated.
/// </summary>
public static class LineKey
{
    public static ulong For(string outletKey, string line)
    {
        var builder = new StringBuilder(outletKey.Length + line.Length + 1);
        builder.Append(outletKey.ToLowerInvariant()).Append('\u0001');
        var lastWasSpace = false;
        foreach (var c in line.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(char.IsDigit(c) ? '0' : char.ToLowerInvariant(c));
        }

        return XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(builder.ToString()));
    }

    /// <summary>The outlet a raw article is filed under before cleaning: its declared outlet, its host, or its folder.</summary>
    public static string OutletKeyOf(Ingest.RawArticle raw)
    {
        if (!string.IsNullOrWhiteSpace(raw.OutletHint))
        {
            return raw.OutletHint;
        }

        if (raw.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return uri.Host;
        }

        var slash = raw.Source.LastIndexOfAny(['/', '\\']);
        return slash < 0 ? string.Empty : raw.Source[..slash];
    }
}
