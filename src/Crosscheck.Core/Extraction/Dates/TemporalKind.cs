namespace Crosscheck.Core.Extraction.Dates;

/// <summary>How a temporal expression is written, which says what it needs to be resolved.</summary>
public enum TemporalKind
{
    /// <summary>A calendar date, month or year ("Dec. 22", "December 22, 2022", "in November", "in 2014").</summary>
    Date,

    /// <summary>A day of the week ("on Thursday").</summary>
    Weekday,

    /// <summary>A date relative to the reference ("yesterday", "last month", "two weeks ago", "late last year").</summary>
    Relative,

    /// <summary>A length of time, not a point in it ("10 months", "a 10-month-old invasion").</summary>
    Duration,
}
