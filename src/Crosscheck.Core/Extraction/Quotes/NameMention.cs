using System.Collections.Immutable;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// A proper name in the text, with the lower-cased words that describe it where it is introduced (the title and
/// role words before it, "Russian President", and an appositive after it, ", the Russian president,").
/// </summary>
internal sealed record NameMention(int Start, int End, string Text, bool IsPerson, ImmutableArray<string> Description);
