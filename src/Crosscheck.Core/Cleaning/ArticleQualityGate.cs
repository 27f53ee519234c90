using System.Collections.Frozen;
using Crosscheck.Core.Stories;

using Crosscheck.Core.Text;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// Tells a news article from what scrapers often return in its place (a social-media widget, a "JavaScript is
/// disabled" notice, an archive crawler's banner, a weather box) on generic signals only: a headline's worth of
/// words, enough of them in sentence-like lines, function words at the density of running prose, and, for short
/// texts, not mostly talk about the web itself (the vocabulary of error pages, widgets and crawler notes). A text too
/// short to show prose structure (a headline over a video, a quoted post) is kept unless it talks about the web:
/// it is thin but on its story's topic, while rejecting it would cut it off from the story. Rejected documents are
/// kept out of clustering, where their shared boilerplate would otherwise pull unrelated pages together.
/// </summary>
public static class ArticleQualityGate
{
    /// <summary>Fewer words than a short headline carry no topic.</summary>
    public const int MinWords = 8;

    /// <summary>Below this many words the shares of sentence-like lines and function words say little.</summary>
    public const int ProseWords = 40;

    /// <summary>Below this many words a text is checked for web-mechanics vocabulary.</summary>
    public const int ShortWords = 250;

    /// <summary>Share of web-mechanics words at which a short text is a page about the page, not news.</summary>
    public const double MaxWebShare = 0.04;

    /// <summary>
    /// Share of words that must sit in lines of at least <see cref="SentenceLineWords"/> words that end like a sentence
    /// or hold a sentence break (an article flattened onto one line still counts).
    /// </summary>
    public const double MinSentenceShare = 0.5;

    /// <summary>English prose runs at 35-55 % stop words; lists, menus and tables of names far lower.</summary>
    public const double MinStopWordDensity = 0.22;

    private const int SentenceLineWords = 8;

    private static readonly FrozenSet<string> WebWords = """
        tweet tweets twitter retweet javascript browser browsers cookie cookies website websites webpage page pages url
        domain dns crawl crawls crawler crawled archive archived archiving download app apps login log sign subscribe
        subscription newsletter email click tap enable enabled disabled settings privacy account unsupported device
        playback player reload refresh http https www html online web internet browse browsing
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

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
        var webWords = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            var lineWords = 0;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                lineWords++;
                var bare = word.Trim('"', '\'', ',', '.', ';', ':', '!', '?', '(', ')', '\u201C', '\u201D', '\u2018', '\u2019', '\u2026').ToLowerInvariant();
                if (TermExtractor.StopWords.Contains(bare))
                {
                    stopWords++;
                }
                else if (WebWords.Contains(bare) || IsAddress(bare))
                {
                    webWords++;
                }
            }

            words += lineWords;
            if (lineWords >= SentenceLineWords && IsSentenceLike(line))
            {
                sentenceWords += lineWords;
            }
        }

        if (words < MinWords)
        {
            return $"too short ({words} words)";
        }

        if (words >= ProseWords && sentenceWords < MinSentenceShare * words)
        {
            return "too few sentence-like lines";
        }

        if (words >= ProseWords && stopWords < MinStopWordDensity * words)
        {
            return "too few function words for prose";
        }

        return words < ShortWords && webWords >= MaxWebShare * words ? "a page about the web page, not news" : null;
    }

    private static bool IsAddress(string word) =>
        word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.Ordinal);

    private static bool IsSentenceLike(string line) =>
        line[^1] is '.' or '!' or '?' or '"' or '\u201D' or '\'' or '\u2019' or ')'
        || line.Contains(". ", StringComparison.Ordinal) || line.Contains("? ", StringComparison.Ordinal) || line.Contains("! ", StringComparison.Ordinal);
}
