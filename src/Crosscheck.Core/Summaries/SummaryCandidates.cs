using System.Text.RegularExpressions;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Summaries;

/// <summary>
/// Turns an article into the sentences a summary may quote: splits it, takes a leading dateline off the first
/// sentence ("LONDON (Reuters) - "), and drops what is not a reportable sentence: fragments, headlines and
/// captions without closing punctuation, bylines, links and handles, and page furniture that survived cleaning.
/// </summary>
internal static partial class SummaryCandidates
{
    public static List<SummaryCandidate> From(CleanArticle article, int articleIndex, SummaryOptions options)
    {
        var candidates = new List<SummaryCandidate>();
        var position = 0;
        foreach (var sentence in SentenceSplitter.Split(article.Text))
        {
            var start = sentence.Start;
            var dateline = Dateline().Match(sentence.Text);
            if (dateline.Success && dateline.Length < sentence.Length)
            {
                start += dateline.Length;
            }

            var text = article.Text[start..sentence.End];
            var words = CountWords(text);
            if (IsJunk(text, words, options))
            {
                continue;
            }

            candidates.Add(new SummaryCandidate(articleIndex, new Span(article.Id, start, sentence.End), text, words, position));
            position++;
        }

        return candidates;
    }

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }

    internal static bool IsJunk(string text, int words, SummaryOptions options)
    {
        if (words < options.MinWords || words > options.MaxWords)
        {
            return true;
        }

        if (!EndsLikeASentence(text) || Boilerplate().IsMatch(text) || Byline().IsMatch(text) || WebReference().IsMatch(text)
            || TranscriptTurn().IsMatch(text) || PhotoCaption().IsMatch(text))
        {
            return true;
        }

        // A sentence that says something has function words and verbs in lower case; a run of capitalised words is
        // a headline, a name list or a caption credit.
        var lowerCaseWords = 0;
        var letterWords = 0;
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            if (!char.IsLetter(token.Text[0]))
            {
                continue;
            }

            letterWords++;
            if (char.IsLower(token.Text[0]))
            {
                lowerCaseWords++;
            }
        }

        return lowerCaseWords < 3 || lowerCaseWords < letterWords * 0.3;
    }

    private static bool EndsLikeASentence(string text)
    {
        var i = text.Length - 1;
        while (i > 0 && text[i] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']')
        {
            i--;
        }

        return text[i] is '.' or '!' or '?' or '\u2026';
    }

    // "WASHINGTON (AP) — ", "LONDON, England (Reuters) - ", "PARIS — ", "NEW DELHI: ": an upper-case place and an
    // optional agency in brackets, then a dash or colon; or a place in any case with an agency, then a dash.
    [GeneratedRegex(
        @"^(?:[A-Z][A-Z.'\- ]+(?:,\s*[A-Z][A-Za-z.]+){0,2}\s*(?:\([^)]{1,40}\))?(?:\s*[\u2013\u2014]{1,2}\s*|\s*-{1,2}\s+|:\s+)|[A-Z][A-Za-z.'\- ]{1,40}\([^)]{1,40}\)(?:\s*[\u2013\u2014]{1,2}\s*|\s*-{1,2}\s+))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(
        @"^\s*(?:advertisement|sponsored|continue reading|story continued below|read more|related:|click here|sign up|subscribe|follow (?:us|@)|share (?:this|on)|image:|photo:|video:|watch:|listen:|copyright|\(c\)|©)|all rights reserved|click here|sign up for|newsletter|cookies|javascript|your browser|terms of (?:service|use)|privacy policy|this material may not be published",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"^\s*[Bb]y\s+(?:[A-Z][\w.'\-]*\s*(?:,|and|&)?\s*){1,8}[.]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    // "Jane Doe: ..." opens a turn of an interview transcript, which only makes sense in its exchange. An upper-case
    // label ("NEW DELHI: ") is taken as a dateline instead, since the two cannot be told apart without a gazetteer.
    [GeneratedRegex(@"^[A-Z][a-z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,3}:\s", RegexOptions.CultureInvariant)]
    private static partial Regex TranscriptTurn();

    // Agency photo captions: "In this Aug. 24, 2016 file photo, ...", "(AP Photo/...)", or a scene ending on its full
    // date ("A man is rescued from the rubble in Accumoli, Italy, Wednesday, Aug. 24, 2016.").
    [GeneratedRegex(
        @"^In this\b.{0,40}\bphoto\b|\((?:AP|Reuters|AFP|Getty)[^)]*(?:Photo|Images)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:1[89]|20)\d\d\.?[)""\u201D]?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCaption();

    [GeneratedRegex(@"https?://|www\.|\.com/|pic\.twitter|(?:^|\s)@\w", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebReference();
}
