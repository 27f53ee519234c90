namespace Crosscheck.Core.Claims;

/// <summary>A day or date in a claim sentence, normalised to a key comparable within its kind.</summary>
internal sealed record DateMention(DateMentionKind Kind, string Key, int First, int Last);
