using System.Collections.Immutable;

namespace Crosscheck.Core.Text;

/// <summary>
/// The tokens <see cref="WordTokenizer"/> finds, gathered in a buffer kept per thread and copied once into an array of
/// the right size: growing a builder token by token allocated twice the final list again.
/// </summary>
public static class SharedTokenizer
{
    [ThreadStatic]
    private static TextSpan[]? buffer;

    public static ImmutableArray<TextSpan> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = buffer ??= new TextSpan[1024];
        var count = 0;
        foreach (var (start, end) in WordTokenizer.Ranges(text, 0, text.Length))
        {
            if (count == spans.Length)
            {
                Array.Resize(ref spans, spans.Length * 2);
                buffer = spans;
            }

            spans[count++] = new TextSpan(start, end, text[start..end]);
        }

        var tokens = ImmutableArray.Create(spans, 0, count);

        // The buffer lives long and the token strings do not: held from it, they would outlive the collections that
        // should free them. Sharing strings between texts (a table of recent words) saved a fifth of the allocation but
        // cost more CPU in collections than it saved, for that reason.
        Array.Clear(spans, 0, count);
        return tokens;
    }
}
