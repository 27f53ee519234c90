using System.Collections.Immutable;

namespace Crosscheck.Core.Claims;

/// <summary>
/// A figure in a claim sentence: its value (multiplier applied), its unit ("$", "%", "" for a count), whether it is
/// given as an approximation, and the stems of the words it counts (<paramref name="Frame"/>, the words after it up to
/// the clause end or the next figure; the words before it when nothing follows). Token indexes are into the
/// sentence's tokens: <paramref name="First"/> starts the figure (with its currency symbol), <paramref name="Last"/>
/// ends its frame.
/// </summary>
internal sealed record NumberMention(
    double Value,
    string Unit,
    bool Approximate,
    int First,
    int Last,
    ImmutableArray<string> Frame);
