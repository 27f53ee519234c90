namespace Crosscheck.Core.Extraction.Quantities;

/// <summary>
/// What the parser found after a number: its kind and unit, where it ends, whether it was joined by a hyphen
/// ("500-kilometer border") and so modifies a noun, and whether it was a time unit (a duration, not a quantity).
/// </summary>
internal readonly record struct Suffix(QuantityKind Kind, string? Unit, int End, bool Adjectival, bool IsDuration);
