namespace Crosscheck.Core.Cleaning;

/// <summary>
/// Splits pasted or plain text into paragraphs. Text pasted from web pages has one paragraph per line; text
/// hard-wrapped at a fixed width (e-mail, wire terminals) has paragraphs separated by blank lines, and its lines
/// are joined back together.
/// </summary>
public static class PlainTextParagraphs
{
    public static IReadOnlyList<string> Split(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u00A0', ' ');
        var chunks = normalised.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var hardWrapped = IsHardWrapped(chunks);
        var paragraphs = new List<string>();
        foreach (var chunk in chunks)
        {
            var lines = chunk.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (hardWrapped)
            {
                paragraphs.Add(string.Join(' ', lines));
            }
            else
            {
                paragraphs.AddRange(lines.Select(CollapseSpaces));
            }
        }

        return paragraphs;
    }

    // Hard wrapping shows as many multi-line chunks whose lines (but the last) cluster just under a fixed width.
    private static bool IsHardWrapped(string[] chunks)
    {
        var wrappedLines = 0;
        var lines = 0;
        foreach (var chunk in chunks)
        {
            var chunkLines = chunk.Split('\n');
            for (var i = 0; i < chunkLines.Length - 1; i++)
            {
                lines++;
                if (chunkLines[i].Length is >= 50 and <= 100)
                {
                    wrappedLines++;
                }
            }
        }

        return lines >= 4 && wrappedLines >= lines * 0.8;
    }

    private static string CollapseSpaces(string line)
    {
        var span = line.AsSpan();
        if (!span.Contains("  ", StringComparison.Ordinal))
        {
            return line;
        }

        var builder = new System.Text.StringBuilder(line.Length);
        var lastSpace = false;
        foreach (var c in line)
        {
            var isSpace = c is ' ' or '\t';
            if (!isSpace || !lastSpace)
            {
                builder.Append(isSpace ? ' ' : c);
            }

            lastSpace = isSpace;
        }

        return builder.ToString();
    }
}
