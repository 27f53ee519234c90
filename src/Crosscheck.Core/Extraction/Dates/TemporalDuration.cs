namespace Crosscheck.Core.Extraction.Dates;

/// <summary>A length of time; <see cref="Amount"/> is null when the text does not say it ("several months").</summary>
public sealed record TemporalDuration(double? Amount, TemporalUnit Unit);
