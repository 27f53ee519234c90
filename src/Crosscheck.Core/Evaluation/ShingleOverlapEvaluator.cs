using System.Globalization;
using System.Text;

namespace Crosscheck.Core.Evaluation;

/// <summary>
/// The main-content extraction metric of the Zyte (scrapinghub) article-extraction benchmark: texts become
/// multisets of 4-token shingles over <c>\w+</c> tokens, case kept; each page's true positives, false
/// positives and false negatives are normalised to sum to 1; precision and recall are means over pages and F1
/// is taken from the two means. Tokens follow Python's <c>\w</c> (letters, numbers of any kind, underscore),
/// which is what the published figures were computed with.
/// </summary>
public static class ShingleOverlapEvaluator
{
    public const int ShingleSize = 4;

    public static ShingleOverlap Compare(string expected, string predicted)
    {
        var truth = Shingles(expected);
        var prediction = Shingles(predicted);
        long truePositive = 0, falsePositive = 0, falseNegative = 0;
        foreach (var (shingle, predictedCount) in prediction)
        {
            var expectedCount = truth.GetValueOrDefault(shingle);
            truePositive += Math.Min(expectedCount, predictedCount);
            falsePositive += Math.Max(0, predictedCount - expectedCount);
        }

        foreach (var (shingle, expectedCount) in truth)
        {
            falseNegative += Math.Max(0, expectedCount - prediction.GetValueOrDefault(shingle));
        }

        double total = truePositive + falsePositive + falseNegative;
        return total == 0
            ? new ShingleOverlap(0, 0, 0)
            : new ShingleOverlap(truePositive / total, falsePositive / total, falseNegative / total);
    }

    public static ExtractionScore Score(IReadOnlyCollection<ShingleOverlap> pages)
    {
        double precisionSum = 0, recallSum = 0;
        int precisionPages = 0, recallPages = 0;
        foreach (var page in pages)
        {
            if (page.IsExact)
            {
                precisionSum++;
                recallSum++;
                precisionPages++;
                recallPages++;
                continue;
            }

            if (page.TruePositive + page.FalsePositive > 0)
            {
                precisionSum += page.TruePositive / (page.TruePositive + page.FalsePositive);
                precisionPages++;
            }

            if (page.TruePositive + page.FalseNegative > 0)
            {
                recallSum += page.TruePositive / (page.TruePositive + page.FalseNegative);
                recallPages++;
            }
        }

        var precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        var recall = recallPages == 0 ? 0 : recallSum / recallPages;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionScore(precision, recall, f1, pages.Count);
    }

    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var length = WordCharLength(text, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            var start = i;
            while (length > 0)
            {
                i += length;
                length = i < text.Length ? WordCharLength(text, i) : 0;
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    // A text shorter than one shingle still counts, as one shingle of all its tokens.
    internal static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokenize(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return counts;
        }

        var builder = new StringBuilder();
        var shingles = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < shingles; i++)
        {
            builder.Clear();
            var end = Math.Min(tokens.Count, i + ShingleSize);
            for (var j = i; j < end; j++)
            {
                if (j > i)
                {
                    builder.Append(' ');
                }

                builder.Append(tokens[j]);
            }

            var shingle = builder.ToString();
            counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
        }

        return counts;
    }

    // Python's \w: any letter or number category, or the underscore; combining marks are not word characters.
    private static int WordCharLength(string text, int index)
    {
        if (Rune.TryGetRuneAt(text, index, out var rune))
        {
            var category = Rune.GetUnicodeCategory(rune);
            var isWord = rune.Value == '_' || category is >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.OtherLetter
                || category is >= UnicodeCategory.DecimalDigitNumber and <= UnicodeCategory.OtherNumber;
            return isWord ? rune.Utf16SequenceLength : 0;
        }

        return 0;
    }
}
