namespace Crosscheck.Core.Extraction.Dates;

/// <summary>What the words around a date say about the part of it meant or the side of it.</summary>
public enum TemporalModifier
{
    None,

    /// <summary>early, at the start of, at the beginning of.</summary>
    Early,

    /// <summary>mid, in the middle of.</summary>
    Mid,

    /// <summary>late, toward the end of.</summary>
    Late,

    /// <summary>since: from the date on.</summary>
    Since,

    /// <summary>until, by: up to the date.</summary>
    Until,

    Before,
    After,
}
