namespace Crosscheck.Core.Extraction.Quantities;

/// <summary>
/// One token for the quantity parser: a number ("50,000", "1.85"), a run of letters (lower-cased in
/// <see cref="Lower"/>), or a single symbol. <see cref="Glued"/> is true when no space separates it from the token
/// before, which tells "$US100" and "500-kilometer" apart from "$ US 100" and "500 - kilometer".
/// </summary>
internal readonly record struct QuantityToken(int Start, int End, QuantityTokenKind Kind, bool Glued, string Lower, double Value)
{
    public bool IsNumber => Kind is QuantityTokenKind.Number or QuantityTokenKind.Plain4;

    public bool IsWord => Kind == QuantityTokenKind.Word;

    public bool IsSymbol => Kind == QuantityTokenKind.Symbol;
}
