using System.Text;

namespace Crosscheck.Storage.Sqlite;

/// <summary>
/// Turns what a person typed into an FTS5 query that cannot be a syntax error: every term becomes a quoted string
/// (so operators, column filters and stray quotes are plain text), joined by AND; a trailing * keeps prefix search.
/// </summary>
public static class FtsQuery
{
    // A bound on the work one query can ask for.
    private const int MaxTerms = 32;

    /// <summary>The FTS5 expression, or null when the text has nothing searchable in it.</summary>
    public static string? Build(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = new List<string>();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var prefix = word.Length > 1 && word[^1] == '*';
            var term = prefix ? word.TrimEnd('*') : word;
            if (!term.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            var quoted = new StringBuilder(term.Length + 3).Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (prefix)
            {
                quoted.Append('*');
            }

            terms.Add(quoted.ToString());
            if (terms.Count == MaxTerms)
            {
                break;
            }
        }

        return terms.Count == 0 ? null : string.Join(' ', terms);
    }
}
