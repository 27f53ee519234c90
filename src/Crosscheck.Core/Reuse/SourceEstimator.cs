using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Reuse;

/// <summary>
/// Tells which of two articles sharing text is the likely source. The earlier publication is; at equal or unknown
/// dates, an article whose credits name the other's outlet took its text from it; otherwise the direction stays
/// unknown rather than guessed.
/// </summary>
public static class SourceEstimator
{
    public static ReuseDirection Direction(CleanArticle article, CleanArticle other)
    {
        var byDate = CompareDates(article.Published, other.Published);
        if (byDate != 0)
        {
            return byDate < 0 ? ReuseDirection.ThisIsSource : ReuseDirection.OtherIsSource;
        }

        var creditsOther = Credits(article, other.Outlet);
        var creditedByOther = Credits(other, article.Outlet);
        return (creditsOther, creditedByOther) switch
        {
            (true, false) => ReuseDirection.OtherIsSource,
            (false, true) => ReuseDirection.ThisIsSource,
            _ => ReuseDirection.Unknown,
        };
    }

    // Instants are compared only when both sides have one: a bare date against a time of day on the same day
    // says nothing about which came first.
    private static int CompareDates(PublicationDate? x, PublicationDate? y)
    {
        if (x is null || y is null)
        {
            return 0;
        }

        if (x.Instant is { } xi && y.Instant is { } yi)
        {
            return xi.CompareTo(yi);
        }

        return x.Date.CompareTo(y.Date);
    }

    private static bool Credits(CleanArticle article, string? outlet)
    {
        if (string.IsNullOrWhiteSpace(outlet))
        {
            return false;
        }

        foreach (var credit in article.Credits)
        {
            if (credit.Contains(outlet, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
