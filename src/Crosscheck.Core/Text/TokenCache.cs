using System.Collections.Immutable;

namespace Crosscheck.Core.Text;

/// <summary>
/// The word tokens of texts, each text tokenised once, so that the stages reading one story's articles (quotes,
/// entities, events) share them, and wire copies that repeat a text word for word share one list. One per story; not
/// for use from several threads.
/// </summary>
internal sealed class TokenCache
{
    // Each stage asks with the article's own string: found by reference, a text is hashed in full only once.
    private readonly Dictionary<string, ImmutableArray<TextSpan>> byInstance = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, ImmutableArray<TextSpan>> byText = new(StringComparer.Ordinal);

    public ImmutableArray<TextSpan> Of(string text)
    {
        if (byInstance.TryGetValue(text, out var tokens))
        {
            return tokens;
        }

        if (!byText.TryGetValue(text, out tokens))
        {
            tokens = WordTokenizer.Tokenize(text);
            byText[text] = tokens;
        }

        byInstance[text] = tokens;
        return tokens;
    }
}
