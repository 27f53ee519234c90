namespace Crosscheck.Core.Claims;

/// <summary>
/// A token of a claim sentence. <paramref name="Norm"/> is lower case without dots, so "U.N." and "UN" match;
/// <paramref name="Stem"/> is set for content words only (Porter stem, or the normalised form of names and acronyms).
/// </summary>
internal sealed record ClaimToken(
    int Start,
    int End,
    string Text,
    string Norm,
    string? Stem,
    bool IsWord,
    bool IsCapitalised,
    bool IsProper,
    bool InQuote);
