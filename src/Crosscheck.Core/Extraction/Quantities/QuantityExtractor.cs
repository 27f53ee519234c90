using System.Collections.Immutable;

namespace Crosscheck.Core.Extraction.Quantities;

/// <summary>
/// Finds the counts, amounts of money, percentages and measures stated in a text, normalised for comparison across
/// reports ("1,000", "1000", "one thousand" and "1k" are the same value). Years, dates, times of day, ordinals, list
/// numbers, model names ("S-300") and durations ("10 months", which the date resolver reports) are not quantities.
/// </summary>
public static class QuantityExtractor
{
    /// <summary>The quantities in <paramref name="text"/>, in order, with UTF-16 offsets into it.</summary>
    public static ImmutableArray<Quantity> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new QuantityParser(text).Parse();
    }
}
