using System.Globalization;

namespace Crosscheck.Core.Text;

/// <summary>A count with its noun in the right number: "1 article", "5 articles", "2 stories", "1 discrepancy".</summary>
public static class Counted
{
    public static string Of(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? noun : Plural(noun))}");

    // Regular English plurals, which is all the nouns counted here need: "story" gives "stories", "day" gives "days".
    private static string Plural(string noun) =>
        noun.Length > 1 && noun[^1] == 'y' && !"aeiou".Contains(noun[^2], StringComparison.Ordinal) ? noun[..^1] + "ies" : noun + "s";
}
