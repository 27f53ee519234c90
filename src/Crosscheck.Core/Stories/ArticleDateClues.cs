namespace Crosscheck.Core.Stories;

/// <summary>
/// What one article says about its own date, before the story's other articles are known: a dateline's month and
/// day (and year when given), the weekday its lead names, the latest date among its photo captions (the article
/// cannot predate a photo it shows), and whether it places something at the end of "last year".
/// </summary>
internal sealed record ArticleDateClues(
    DateOnly? Published,
    (int Month, int Day, int? Year)? Dateline,
    DayOfWeek? LeadWeekday,
    DateOnly? CaptionLowerBound,
    bool MentionsEndOfLastYear)
{
    /// <summary>The date the article can be ordered by on its own, without its story.</summary>
    public DateOnly? StandaloneDate =>
        Published ?? (Dateline is { Year: { } year } d ? new DateOnly(year, d.Month, d.Day) : null);
}
