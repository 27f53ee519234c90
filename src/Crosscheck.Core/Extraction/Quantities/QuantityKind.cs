namespace Crosscheck.Core.Extraction.Quantities;

/// <summary>What a number stands for.</summary>
public enum QuantityKind
{
    /// <summary>A number of things or people ("50,000 personnel").</summary>
    Count,

    /// <summary>An amount of money with its currency.</summary>
    Money,

    /// <summary>A percentage or a change in percentage points.</summary>
    Percent,

    /// <summary>A physical measure with a unit (distance, mass, volume, area, power).</summary>
    Measure,
}
