using System.Collections.Immutable;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// Occurrences of one statement across articles. <see cref="Text"/> is the longest wording; <see cref="Speaker"/> the
/// speaker name most occurrences resolved to, the earliest occurrence's on a tie (null when none resolved);
/// <see cref="IsDirect"/> whether any occurrence quotes it directly.
/// </summary>
public sealed record QuoteGroup(string Text, string? Speaker, bool IsDirect, ImmutableArray<QuoteOccurrence> Occurrences);
