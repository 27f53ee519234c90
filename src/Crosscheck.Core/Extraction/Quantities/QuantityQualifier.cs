namespace Crosscheck.Core.Extraction.Quantities;

/// <summary>How the text hedges a number: two reports that say "about 1,000" and "more than 1,000" do not disagree.</summary>
public enum QuantityQualifier
{
    None,

    /// <summary>about, around, roughly, some, approximately, an estimated.</summary>
    Approximately,

    /// <summary>nearly, almost, close to, just under.</summary>
    Nearly,

    /// <summary>more than, over, above, upwards of, in excess of.</summary>
    MoreThan,

    /// <summary>at least, no fewer than, no less than.</summary>
    AtLeast,

    /// <summary>up to, as many as.</summary>
    UpTo,

    /// <summary>at most, no more than.</summary>
    AtMost,

    /// <summary>fewer than, less than, under, below.</summary>
    LessThan,
}
