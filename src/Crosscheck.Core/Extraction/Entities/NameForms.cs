using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Entities;

/// <summary>
/// Comparison forms of a name: a key that ignores case, accents, dots and possessives ("U.N." = "UN", "Smith’s" =
/// "Smith"), the words with honorifics and titles taken off ("Ms Smith", "President Vladimir Putin"), initials for
/// acronyms, and a spelling key that forgives the usual transliteration variants (doubled letters, -y/-iy/-yy endings).
/// </summary>
internal static class NameForms
{
    // Honorifics and titles that precede a person's name and are not part of it: asked of every mention's key and
    // words, which most are not, so a word set.
    private static readonly WordSet SurnameParticles = new(new[]
    {
        "de", "del", "da", "di", "du", "des", "la", "le", "van", "von", "der", "den", "al", "el", "bin", "ibn", "ter", "dos", "das",
    }, StringComparer.Ordinal);

    private static readonly WordSet Titles = new(new[]
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president", "premier",
        "chancellor", "king", "queen", "prince", "princess", "pope", "gen", "general", "lt", "col", "colonel", "maj", "major",
        "capt", "captain", "sgt", "sergeant", "adm", "admiral", "senator", "sen", "rep", "representative", "gov", "governor",
        "minister", "secretary", "judge", "justice", "rev", "reverend", "father", "sheikh", "ayatollah", "mayor", "ambassador",
        "chairman", "chairwoman", "commander", "marshal", "emir", "sultan", "crown", "vice", "deputy", "prime", "foreign",
        "defence", "defense", "spokesman", "spokeswoman", "spokesperson", "leader", "dictator", "businessman", "businesswoman",
        "detective", "det", "inspector", "insp", "superintendent", "supt", "lieutenant", "corporal", "cpl", "pvt", "sheriff",
        "trooper", "constable", "officer", "commissioner", "director", "assessor", "auditor", "treasurer", "comptroller",
        "attorney", "congressman", "congresswoman", "councilman", "councilwoman", "councillor", "alderman", "speaker",
        "coach", "pastor", "bishop", "cardinal", "rabbi", "imam", "whip", "agent", "chair", "chairperson",
    }, StringComparer.Ordinal);

    // Online platforms, which the tagger (trained on 1996 news) reads as people or places ("followers on Twitter"):
    // a mention of one names the company.
    private static readonly WordSet Platforms = new(new[]
    {
        "twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat", "whatsapp", "telegram", "reddit", "linkedin",
        "pinterest", "tumblr", "weibo", "wechat", "gofundme", "kickstarter", "wikipedia",
    }, StringComparer.Ordinal);

    // Honorifics written as part of the name in running text ("Ms Smith"), worth keeping in a mention and an alias.
    private static readonly WordSet Honorifics = new(new[]
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "mr.", "mrs.", "ms.", "dr.", "mx.",
    }, StringComparer.OrdinalIgnoreCase);

    // Words skipped when initials are formed ("Democratic Republic of the Congo" -> DRC).
    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "del", "della", "di", "&", "'s", "s",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Names and keys are short: longer ones are written in a pooled array.
    private const int StackLimit = 256;

    public static bool IsHonorific(string word) => Honorifics.Contains(word);

    public static bool IsTitle(string key) => Titles.Contains(key);

    /// <summary>Whether a lower-case word is a surname's own particle ("de" of "De Angelis", "van" of "Van Gogh").</summary>
    public static bool IsSurnameParticle(ReadOnlySpan<char> word) => SurnameParticles.Contains(word);

    /// <summary>Whether a key names an online platform ("twitter", "youtube"): an organisation, whatever the tagger said.</summary>
    public static bool IsPlatform(string key) => Platforms.Contains(key);

    /// <summary>Lower case, accents folded, dots and possessive endings dropped, curly apostrophes straightened, spaces single.</summary>
    public static string Key(string surface)
    {
        Span<char> decomposedBuffer = stackalloc char[StackLimit];
        var decomposed = Decomposed(surface, decomposedBuffer);
        char[]? rented = null;
        var buffer = decomposed.Length <= StackLimit ? stackalloc char[StackLimit] : rented = ArrayPool<char>.Shared.Rent(decomposed.Length);
        var key = new string(Fold(decomposed, buffer));
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return key;
    }

    /// <summary>
    /// Whether the key of a surface (what <see cref="Key"/> gives) names a people in the gazetteer: asked of every mention
    /// of a story by the events, so the key is made on the stack rather than cut as a string.
    /// </summary>
    public static bool IsDemonym(ReadOnlySpan<char> surface, Gazetteer gazetteer)
    {
        Span<char> decomposedBuffer = stackalloc char[StackLimit];
        var decomposed = Decomposed(surface, decomposedBuffer);
        if (decomposed.Length > StackLimit)
        {
            return gazetteer.FindDemonym(Key(surface.ToString())) is not null;
        }

        Span<char> keyBuffer = stackalloc char[StackLimit];
        return gazetteer.FindDemonym(Fold(decomposed, keyBuffer)) is not null;
    }

    /// <summary>
    /// Whether the spelling key of a word's key is one of <paramref name="spellings"/>: asked of many words that are not,
    /// so both keys are made on the stack.
    /// </summary>
    public static bool HasSpellingIn(string word, HashSet<string> spellings)
    {
        Span<char> decomposedBuffer = stackalloc char[StackLimit];
        var decomposed = Decomposed(word, decomposedBuffer);
        if (decomposed.Length > StackLimit)
        {
            return spellings.Contains(SpellingKey(Key(word)));
        }

        Span<char> keyBuffer = stackalloc char[StackLimit];
        Span<char> spellingBuffer = stackalloc char[StackLimit];
        var spelling = Spelling(Fold(decomposed, keyBuffer), spellingBuffer);
        return spellings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(spelling);
    }

    // The surface trimmed, its possessive ending off, in canonical decomposition: ASCII is its own, other text is
    // decomposed into the buffer, or into a new string when it does not fit.
    private static ReadOnlySpan<char> Decomposed(ReadOnlySpan<char> surface, Span<char> buffer)
    {
        var text = StripPossessive(surface.Trim());
        return Ascii.IsValid(text) ? text
            : text.TryNormalize(buffer, out var written, NormalizationForm.FormD) ? buffer[..written]
            : text.ToString().Normalize(NormalizationForm.FormD);
    }

    // The key of a decomposed surface, written in the buffer (never longer than the surface).
    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> decomposed, Span<char> buffer)
    {
        var length = 0;
        var space = false;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark || raw == '.')
            {
                continue;
            }

            var c = raw is '\u2019' or '\u2018' or '`' ? '\'' : raw;
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        var key = buffer[..length];
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    public static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether a key of two or more words begins with an honorific ("ms smith").</summary>
    public static bool StartsWithHonorific(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Honorifics.Contains(key.AsSpan(0, space));
    }

    /// <summary>
    /// A person's key without its leading honorifics and titles ("president vladimir putin" -> "vladimir putin"), keeping at
    /// least its last word; the key itself, not a copy, when it begins with no title. A key's words are one space apart.
    /// </summary>
    public static string PersonKey(string key)
    {
        var first = 0;
        while (key.IndexOf(' ', first) is var space and >= 0 && Titles.Contains(key.AsSpan(first, space - first)))
        {
            first = space + 1;
        }

        return first == 0 ? key : key[first..];
    }

    /// <summary>The words of a text split at spaces, as <see cref="string.Split(char, StringSplitOptions)"/> without empty entries counts them.</summary>
    public static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' '))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Words [from, to) of a text split at spaces, joined with single spaces, written in the buffer: what joining a slice of
    /// <see cref="Words"/> gives, without the array and the string.
    /// </summary>
    public static ReadOnlySpan<char> JoinWords(ReadOnlySpan<char> text, int from, int to, Span<char> buffer)
    {
        var length = 0;
        var word = 0;
        var i = 0;
        while (i < text.Length && word < to)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }

            var end = text[i..].IndexOf(' ') is var space and >= 0 ? i + space : text.Length;
            if (word >= from)
            {
                if (length > 0)
                {
                    buffer[length++] = ' ';
                }

                text[i..end].CopyTo(buffer[length..]);
                length += end - i;
            }

            word++;
            i = end;
        }

        return buffer[..length];
    }

    /// <summary>Initials of the content words: "united nations" -> "un", "democratic republic of the congo" -> "drc".</summary>
    public static string Initials(IReadOnlyList<string> words, int from = 0)
    {
        var builder = new StringBuilder();
        for (var i = from; i < words.Count; i++)
        {
            var word = words[i];
            if (!FunctionWords.Contains(word) && word.Length > 0 && char.IsLetter(word[0]))
            {
                builder.Append(word[0]);
            }
        }

        return builder.ToString();
    }

    /// <summary>An acronym as written: two to six capitals, dotted or not ("UN", "U.N.", "DPRK", "NSC").</summary>
    public static bool IsAcronym(ReadOnlySpan<char> surface)
    {
        var letters = 0;
        foreach (var c in surface)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 6;
    }

    /// <summary>
    /// A spelling key for transliterated names: doubled letters squeezed and the -iy/-yy/-ii/-ij/-i endings written
    /// -y, so that "Navalnyy", "Navalny" and "Navalniy" share one key.
    /// </summary>
    public static string SpellingKey(string key)
    {
        char[]? rented = null;
        var buffer = key.Length <= StackLimit ? stackalloc char[StackLimit] : rented = ArrayPool<char>.Shared.Rent(key.Length);
        // Most names have no doubled letter or variant ending: their key is their spelling key.
        var written = Spelling(key, buffer);
        var spelling = written.SequenceEqual(key) ? key : new string(written);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return spelling;
    }

    // The spelling key written in the buffer: never longer than the key, as squeezing and the endings only shorten a word
    // and words stay one space apart.
    private static ReadOnlySpan<char> Spelling(ReadOnlySpan<char> key, Span<char> buffer)
    {
        var length = 0;
        var i = 0;
        while (i < key.Length)
        {
            if (key[i] == ' ')
            {
                i++;
                continue;
            }

            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            var start = length;
            for (; i < key.Length && key[i] != ' '; i++)
            {
                if (length == start || buffer[length - 1] != key[i])
                {
                    buffer[length++] = key[i];
                }
            }

            if (length - start >= 5)
            {
                length = NormaliseEnding(buffer, start, length);
            }
        }

        return buffer[..length];
    }

    /// <summary>Two word lists name the same thing word for word, where a single letter may stand for a word it begins.</summary>
    public static bool InitialsCompatible(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x == y)
            {
                continue;
            }

            var initial = (x.Length == 1 && y.Length > 1 && y[0] == x[0]) || (y.Length == 1 && x.Length > 1 && x[0] == y[0]);
            if (!initial)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Optimal-string-alignment distance (adjacent transpositions count once), stopping early beyond <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Asked of many pairs of names in a story: three rows on the stack unless the names are long.
        var rows = b.Length + 1 <= StackLimit / 2 ? stackalloc int[3 * (b.Length + 1)] : new int[3 * (b.Length + 1)];
        var previous2 = rows[..(b.Length + 1)];
        var previous = rows.Slice(b.Length + 1, b.Length + 1);
        var current = rows[(2 * (b.Length + 1))..];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }

        return previous[b.Length];
    }

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> text)
    {
        foreach (var ending in (ReadOnlySpan<string>)["'s", "\u2019s", "'", "\u2019"])
        {
            if (text.Length > ending.Length + 1 && text.EndsWith(ending, StringComparison.Ordinal))
            {
                return text[..^ending.Length];
            }
        }

        return text;
    }

    // The word written in buffer[start..end) with its ending normalised; returns the word's new end.
    private static int NormaliseEnding(Span<char> buffer, int start, int end)
    {
        foreach (var ending in (ReadOnlySpan<string>)["iy", "yy", "ii", "ij", "yi"])
        {
            if (end - start > ending.Length && buffer[(end - ending.Length)..end].SequenceEqual(ending))
            {
                buffer[end - ending.Length] = 'y';
                return end - ending.Length + 1;
            }
        }

        if (buffer[end - 1] == 'i' && !IsVowel(buffer[end - 2]))
        {
            buffer[end - 1] = 'y';
        }

        return end;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
