namespace Crosscheck.Core.Extraction.Quantities;

/// <summary>
/// A number stated in text, normalised so that reports can be compared: "about 1,000 fighters", "$US100 million ($148
/// million) a month", "between 3 and 5 percent". <see cref="Start"/>..<see cref="End"/> (UTF-16, end exclusive) cover
/// the qualifier, the number, its unit, any conversion in brackets and any rate; the counted noun is not included.
/// </summary>
/// <param name="Value">The number, scaled ("1.85 billion" is 1.85e9); the lower bound of a range.</param>
/// <param name="UpperValue">The upper bound of a range ("10 to 15"), or of an order of magnitude ("tens of thousands"
/// is 10,000 to 100,000).</param>
/// <param name="Unit">An ISO 4217 code for money ("USD", "EUR", "GBP"; "$" for a dollar whose country the text does not
/// say), "%" or "percentage points" for percentages, a unit symbol for measures ("km", "mi", "t", "bbl"), null for
/// counts.</param>
/// <param name="Conversion">The same amount in another currency or unit, as the text gives it in brackets.</param>
/// <param name="Per">The period of a rate ("a month" gives "month").</param>
/// <param name="Frame">The head noun of what is counted or measured ("fighters" in "1000 Wagner fighters").</param>
/// <param name="FrameModifier">A short phrase after the head noun that narrows it ("recruited from Russian prisons").</param>
public sealed record Quantity(
    int Start,
    int End,
    string Text,
    QuantityKind Kind,
    double Value,
    double? UpperValue,
    string? Unit,
    QuantityQualifier Qualifier,
    Quantity? Conversion,
    string? Per,
    string? Frame,
    string? FrameModifier);
