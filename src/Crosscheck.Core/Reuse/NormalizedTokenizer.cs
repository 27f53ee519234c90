namespace Crosscheck.Core.Reuse;

/// <summary>
/// Walks the words of a text in the normalised form reuse detection compares: lower case, punctuation stripped,
/// apostrophes inside words and separators inside numbers dropped ("group's" = "groups", "1,000" = "1000"), so
/// that typographic differences between two copies of one text do not hide the copy.
/// </summary>
internal static class NormalizedTokenizer
{
    public const int MaxTokenLength = 48;

    // Lower-case forms of the non-ASCII characters met so far: char.ToLowerInvariant asks ICU for each one, which
    // costs more than the rest of the tokenizer on text with accented or non-Latin words. Entries are filled on
    // first use; two threads filling one write the same value.
    private static readonly char[] LowerCase = new char[char.MaxValue + 1];

    /// <summary>
    /// Reads the next word at or after <paramref name="position"/>, writes its normalised form (truncated to the
    /// buffer) into <paramref name="buffer"/> and returns its length, or 0 at the end of the text.
    /// </summary>
    public static int Next(string text, ref int position, Span<char> buffer, out int start, out int end)
    {
        var i = position;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        start = i;
        var length = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (length < buffer.Length)
                {
                    buffer[length++] = ToLower(c);
                }

                i++;
                continue;
            }

            if (i + 1 < text.Length && IsInnerJoiner(c, text[i - 1], text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        end = i;
        position = i;
        return length;
    }

    private static char ToLower(char c)
    {
        if (char.IsAscii(c))
        {
            return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        var lower = LowerCase[c];
        if (lower == '\0')
        {
            lower = char.ToLowerInvariant(c);
            LowerCase[c] = lower;
        }

        return lower;
    }

    private static bool IsInnerJoiner(char c, char previous, char next) =>
        c switch
        {
            '\'' or '\u2019' or '\u02BC' => char.IsLetter(previous) && char.IsLetter(next),
            ',' or '.' => char.IsDigit(previous) && char.IsDigit(next),
            _ => false,
        };
}
