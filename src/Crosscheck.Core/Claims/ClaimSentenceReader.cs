using System.Collections.Immutable;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Text;
using StopWords = Crosscheck.Core.Text.StopWords;

namespace Crosscheck.Core.Claims;

/// <summary>
/// Splits a story's articles into sentences and reads each one's tokens, names, figures, dates, negations and source.
/// A capitalised word counts as a name where capitals are not forced: inside a sentence, or at its start when the
/// story also writes it capitalised inside a sentence.
/// </summary>
internal static class ClaimSentenceReader
{
    public static List<ClaimSentence> Read(IReadOnlyList<CleanArticle> articles)
    {
        var split = new List<(int Article, TextSpan Sentence, ImmutableArray<TextSpan> Tokens, bool ParagraphStart)>();
        var properForms = new HashSet<string>(StringComparer.Ordinal);
        for (var a = 0; a < articles.Count; a++)
        {
            var text = articles[a].Text;
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                var tokens = WordTokenizer.Tokenize(text, sentence.Start, sentence.End);
                var paragraphStart = sentence.Start == 0 || (sentence.Start >= 1 && text[sentence.Start - 1] == '\n');
                split.Add((a, sentence, tokens, paragraphStart));
                CollectProperForms(tokens, properForms);
            }
        }

        var sentences = new List<ClaimSentence>(split.Count);
        var inQuote = false;
        string? lastSpeaker = null;
        for (var s = 0; s < split.Count; s++)
        {
            var (a, sentence, raw, paragraphStart) = split[s];
            if (s == 0 || split[s - 1].Article != a)
            {
                lastSpeaker = null;
            }

            if (paragraphStart)
            {
                inQuote = false;
            }

            var tokens = ReadTokens(raw, properForms, ref inQuote);
            var speaker = SpeakerReader.Read(tokens, out var pronoun, out var hasAttribution);
            var resolved = speaker ?? (pronoun ? lastSpeaker : null);
            lastSpeaker = speaker ?? lastSpeaker;
            sentences.Add(new ClaimSentence
            {
                ArticleIndex = a,
                Article = articles[a].Id,
                Start = sentence.Start,
                End = sentence.End,
                Text = sentence.Text,
                Tokens = tokens,
                Numbers = NumberReader.Read(tokens),
                Dates = DateReader.Read(tokens),
                Negations = [.. Enumerable.Range(0, tokens.Length).Where(i => IsNegation(tokens[i].Norm))],
                Speaker = speaker,
                ResolvedSpeaker = resolved,
                HasAttribution = hasAttribution,
            });
        }

        return sentences;
    }

    public static bool IsNegation(string norm) =>
        Lexicon.NegationCues.Contains(norm) || norm.EndsWith("n't", StringComparison.Ordinal);

    /// <summary>A passage's key for telling variants apart: normalised as a token, with runs of spaces collapsed.</summary>
    public static string Key(string text) => Normalise(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    public static string Normalise(string token) =>
        token.Replace(".", string.Empty, StringComparison.Ordinal).Replace('\u2019', '\'').ToLowerInvariant();

    private static void CollectProperForms(ImmutableArray<TextSpan> tokens, HashSet<string> properForms)
    {
        var initial = true;
        foreach (var token in tokens)
        {
            if (!WordTokenizer.IsWordChar(token.Text[0]))
            {
                initial |= IsOpeningMark(token.Text);
                continue;
            }

            if (!initial && char.IsUpper(token.Text[0]))
            {
                properForms.Add(Normalise(token.Text));
            }

            initial = false;
        }
    }

    private static ImmutableArray<ClaimToken> ReadTokens(ImmutableArray<TextSpan> raw, HashSet<string> properForms, ref bool inQuote)
    {
        var tokens = ImmutableArray.CreateBuilder<ClaimToken>(raw.Length);
        var initial = true;
        foreach (var token in raw)
        {
            var text = token.Text;
            var norm = Normalise(text);
            var isWord = WordTokenizer.IsWordChar(text[0]);
            if (!isWord)
            {
                var quoteState = inQuote;
                inQuote = QuoteStateAfter(text, inQuote);
                initial |= IsOpeningMark(text);
                tokens.Add(new ClaimToken(token.Start, token.End, text, norm, null, false, false, false, quoteState || inQuote));
                continue;
            }

            var capitalised = char.IsUpper(text[0]);
            var acronym = norm.Length >= 2 && text.All(c => c == '.' || char.IsUpper(c) || char.IsDigit(c)) && text.Any(char.IsLetter);
            var proper = acronym || (capitalised && norm != "i" && !StopWords.Contains(norm) && (!initial || properForms.Contains(norm)));
            tokens.Add(new ClaimToken(token.Start, token.End, text, norm, StemOf(norm, proper), true, capitalised, proper, inQuote));
            initial = false;
        }

        return tokens.MoveToImmutable();
    }

    private static string? StemOf(string norm, bool proper)
    {
        if (proper)
        {
            return norm;
        }

        if (norm.Length < 2 || !norm.Any(char.IsLetter) || char.IsDigit(norm[0]) || StopWords.Contains(norm))
        {
            return null;
        }

        return PorterStemmer.Stem(norm);
    }

    private static bool IsOpeningMark(string token) => token is "\u201C" or "\u2018" or "\"" or "'" or ":" or "(" or "\u00AB" or "[";

    private static bool QuoteStateAfter(string token, bool inQuote) => token switch
    {
        "\u201C" or "\u2018" or "\u00AB" => true,
        "\u201D" or "\u2019" or "\u00BB" => false,
        "\"" or "'" => !inQuote,
        _ => inQuote,
    };
}
