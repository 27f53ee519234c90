namespace Crosscheck.Core.Cleaning;

/// <summary>Settings of the cleaning stage.</summary>
/// <param name="Today">Reference date for inferring a missing year (a dateline's "Dec 22" with "Thursday").</param>
/// <param name="MinOutletRepeats">A short line seen in at least this many articles of one outlet is template text.</param>
public sealed record CleanerOptions(DateOnly Today, int MinOutletRepeats = 3);
