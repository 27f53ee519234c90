namespace Crosscheck.Core.Extraction.Dates;

/// <summary>The unit of a duration.</summary>
public enum TemporalUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}
