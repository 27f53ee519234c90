namespace Crosscheck.Core.Stories;

/// <summary>How much of an inferred date is known.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
