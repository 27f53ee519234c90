using Crosscheck.Core.Stories;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// Tells a news article from what scrapers often return in its place (a social-media widget, a "JavaScript is
/// disabled" notice, an archive crawler's banner, a weather box) on generic signals only: enough words, enough of
/// them in sentence-like lines, and function words at the density of running prose. Rejected documents are kept
/// out of clustering, where their shared boilerplate would otherwise pull unrelated pages together.
/// </summary>
public static class ArticleQualityGate
{
    public const int MinWords = 80;

    /// <summary>Share of words that must sit in lines of at least <see cref="SentenceLineWords"/> words ending like a sentence.</summary>
    public const double MinSentenceShare = 0.5;

    /// <summary>English prose runs at 35-55 % stop words; lists, menus and tables of names far lower.</summary>
    public const double MinStopWordDensity = 0.22;

    private const int SentenceLineWords = 8;

    /// <summary>Returns null for an article, or why the text is not one.</summary>
    public static string? Reject(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "empty";
        }

        var words = 0;
        var sentenceWords = 0;
        var stopWords = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            var lineWords = 0;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                lineWords++;
                var bare = word.Trim('"', '\'', ',', '.', ';', ':', '!', '?', '(', ')', '\u201C', '\u201D', '\u2018', '\u2019').ToLowerInvariant();
                if (TermExtractor.StopWords.Contains(bare))
                {
                    stopWords++;
                }
            }

            words += lineWords;
            if (lineWords >= SentenceLineWords && line[^1] is '.' or '!' or '?' or '"' or '\u201D' or '\'' or '\u2019' or ')')
            {
                sentenceWords += lineWords;
            }
        }

        if (words < MinWords)
        {
            return $"too short ({words} words)";
        }

        if (sentenceWords < MinSentenceShare * words)
        {
            return "too few sentence-like lines";
        }

        return stopWords < MinStopWordDensity * words ? "too few function words for prose" : null;
    }
}
