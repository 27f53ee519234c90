namespace Crosscheck.Core.Stories;

/// <summary>Where an article's date came from, strongest first.</summary>
public enum DateEvidence
{
    Published,
    Dateline,
    Weekday,
    RelativeExpression,
    CaptionLowerBound,
}
