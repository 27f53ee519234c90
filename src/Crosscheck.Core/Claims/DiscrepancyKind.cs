namespace Crosscheck.Core.Claims;

/// <summary>What differs between reports of one claim.</summary>
public enum DiscrepancyKind
{
    /// <summary>Figures that disagree on the same thing, or the same figure attached to a different thing.</summary>
    Number,

    /// <summary>Different days or dates for the same event.</summary>
    Date,

    /// <summary>A word of a copy that changes its origin's meaning.</summary>
    Wording,

    /// <summary>Spelling variants of one name.</summary>
    Name,

    /// <summary>One report negates or denies what another asserts.</summary>
    Negation,

    /// <summary>The same statement credited to different speakers.</summary>
    Attribution,
}
