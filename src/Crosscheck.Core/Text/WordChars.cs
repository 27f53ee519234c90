namespace Crosscheck.Core.Text;

/// <summary>Tests on the characters of a word, asked of most tokens of every article: plain loops, no enumerator.</summary>
internal static class WordChars
{
    public static bool Any(string word, Func<char, bool> test)
    {
        foreach (var c in word)
        {
            if (test(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasLetter(string word) => Any(word, char.IsLetter);
}
