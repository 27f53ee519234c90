using System.Globalization;

namespace Crosscheck.Core.Cleaning;

/// <summary>A publication date with the precision the source gives: a day, or an instant when a time is known.</summary>
public sealed record PublicationDate(DateOnly Date, DateTimeOffset? Instant = null)
{
    public string ToIso() =>
        Instant is { } instant
            ? instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static PublicationDate FromInstant(DateTimeOffset instant) => new(DateOnly.FromDateTime(instant.Date), instant);
}
