using System.Globalization;

namespace Crosscheck.Core.Stories;

/// <summary>
/// A date known to some precision: <see cref="Date"/> is the first day of the known period (the day, the first of
/// the month, or the first of January). <see cref="NotBefore"/> is a lower bound when only that is known, e.g.
/// from the date of a photo the article shows.
/// </summary>
public sealed record StoryDate(DateOnly Date, DatePrecision Precision, DateEvidence Evidence, DateOnly? NotBefore = null)
{
    /// <summary>The last day the period can stand for.</summary>
    public DateOnly Latest => Precision switch
    {
        DatePrecision.Day => Date,
        DatePrecision.Month => Date.AddMonths(1).AddDays(-1),
        _ => new DateOnly(Date.Year, 12, 31),
    };

    /// <summary>The first day the date can be, given its period and any lower bound.</summary>
    public DateOnly Earliest => NotBefore is { } bound && bound > Date ? bound : Date;

    /// <summary>ISO 8601 to the known precision: "2022-12-22", "2022-12" or "2022".</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    public static StoryDate Day(DateOnly date, DateEvidence evidence) => new(date, DatePrecision.Day, evidence);
}
