using Crosscheck.Core.Extraction.Ner;

namespace Crosscheck.Core.Tests.Extraction.Ner;

public class DocumentViewTests
{
    // Each token's index among the distinct texts, numbered in the order first met.
    private static int[] FirstMet(IEnumerable<string> tokens)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. tokens.Select(t => numbers.TryGetValue(t, out var n) ? n : numbers[t] = numbers.Count)];
    }

    private static (int[] Types, string[] Texts) ReadText(string[] tokens)
    {
        var text = string.Join(' ', tokens);
        var ranges = new (int Start, int End)[tokens.Length];
        for (int i = 0, at = 0; i < tokens.Length; at += tokens[i].Length + 1, i++)
        {
            ranges[i] = (at, at + tokens[i].Length);
        }

        var view = NerFeatureExtractor.DocumentView.Rent(null);
        view.Read(text, ranges, [tokens.Length]);
        var types = view.TypeIds[0];
        var texts = types.Select(view.TypeText).ToArray();
        view.Return();
        return (types, texts);
    }

    [Fact]
    public void Tokens_alike_in_their_first_and_last_four_characters_are_told_apart()
    {
        string[] tokens =
        [
            "abcd", "abcdabcd", "abcdXYZabcd", "abcdQRSabcd", "abcdabcd", "ab", "ba", "a", "aba", "abcd", "abcabc",
            "abcdXYZabcd", "abca", "abcdbcd", "aXa", "ba",
        ];

        var view = NerFeatureExtractor.DocumentView.Rent(null);
        view.Read([tokens]);
        var types = view.TypeIds[0];
        view.Return();

        Assert.Equal(FirstMet(tokens), types);
        Assert.Equal(FirstMet(tokens), ReadText(tokens).Types);
        Assert.Equal(tokens, ReadText(tokens).Texts);
    }

    [Fact]
    public void A_vocabulary_grown_over_many_texts_numbers_each_later_document_in_its_own_order()
    {
        var first = Enumerable.Range(0, 5000).Select(i => "w" + (i * 7919 % 5000).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var second = first.Where((_, i) => i % 3 == 0).Reverse().Concat(["new", "w17", "words", "new"]).ToArray();

        var (firstTypes, firstTexts) = ReadText([.. first, .. first]);
        var (secondTypes, secondTexts) = ReadText(second);

        Assert.Equal(FirstMet([.. first, .. first]), firstTypes);
        Assert.Equal([.. first, .. first], firstTexts);
        Assert.Equal(FirstMet(second), secondTypes);
        Assert.Equal(second, secondTexts);
    }
}
