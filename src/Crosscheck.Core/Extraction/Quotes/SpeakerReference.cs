using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// Who an attribution's source resolves to: the name mention it rests on (inside the source itself, or the earlier
/// mention a pronoun or description points back to) and the fullest form of that name in the text ("Kirby" → "John Kirby").
/// </summary>
public sealed record SpeakerReference(TextSpan Mention, string Name);
