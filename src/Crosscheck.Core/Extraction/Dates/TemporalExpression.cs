using Crosscheck.Core.Stories;

namespace Crosscheck.Core.Extraction.Dates;

/// <summary>
/// A date, weekday, relative date or duration in text, resolved against a reference date where it needs one.
/// <see cref="Start"/>..<see cref="End"/> (UTF-16, end exclusive) include a leading preposition that changes the meaning
/// ("since August", "on Thursday").
/// </summary>
/// <param name="Date">The first day of the period meant (the day, the first of the month, the first of January, the
/// Monday of a week); null for durations and for what cannot be resolved without a reference.</param>
/// <param name="LastDate">The last day of the period meant ("earlier this year" ends at the reference date).</param>
/// <param name="Precision">The calendar unit the expression names: a week's bounds are known to the day; a duration
/// of months has month precision.</param>
/// <param name="Iso">ISO 8601: "2022-12-22", "2022-11", "2022", a week "2022-W50", a date without its year "--12-22",
/// a duration "P10M"; null when unknown.</param>
/// <param name="Resolved">True when <see cref="Date"/> (or, for a duration, its length) is known.</param>
/// <param name="Duration">The length of a duration; null for dates.</param>
public sealed record TemporalExpression(
    int Start,
    int End,
    string Text,
    TemporalKind Kind,
    DateOnly? Date,
    DateOnly? LastDate,
    DatePrecision Precision,
    string? Iso,
    bool Resolved,
    TemporalModifier Modifier,
    TemporalDuration? Duration);
