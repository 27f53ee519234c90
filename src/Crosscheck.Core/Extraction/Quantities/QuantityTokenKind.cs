namespace Crosscheck.Core.Extraction.Quantities;

internal enum QuantityTokenKind
{
    Number,

    /// <summary>A number with separators that do not form a grouped or decimal number ("1.2.3", "12,34").</summary>
    Malformed,

    /// <summary>A whole number of four digits without separators, which may be a year.</summary>
    Plain4,

    Word,
    Symbol,
}
