using System.Collections.Frozen;
using System.Collections.Immutable;
using Crosscheck.Core.Text;
using System.Runtime.CompilerServices;
using static Crosscheck.Core.Text.TokenSearch;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// Finds proper names, through the entity tagger when there is one and otherwise as runs of capitalised tokens.
/// A run is cut after its last title or organisation word, so "White House spokesperson John Kirby" yields the person
/// "John Kirby" described by "white house spokesperson". Without a tagger a name counts as a person when a title
/// precedes it, when it has two to four tokens and no organisation or place word, or when it is the surname of such a
/// person elsewhere in the text ("Kirby" after "John Kirby").
/// </summary>
internal static class NameFinder
{
    // The titles and organisation words are asked of most capitalised words: word sets rule most out unhashed.
    private static readonly WordSet Titles = new(new[]
    {
        "president", "vice", "sen", "senator", "rep", "representative", "gov", "governor", "mr", "mrs", "ms", "dr", "minister",
        "secretary", "spokesperson", "spokesman", "spokeswoman", "coordinator", "director", "chief", "general", "gen",
        "ambassador", "chairman", "chairwoman", "chair", "ceo", "leader", "prime", "king", "queen", "prince", "judge",
        "justice", "pope", "officer", "commander", "adviser", "advisor", "aide", "deputy", "head", "lt", "col", "maj", "capt",
        "sgt", "adm", "mayor", "candidate", "nominee", "speaker", "attorney", "lawmaker", "professor", "prof", "rev", "sir",
        "dame", "lord", "former", "acting", "economist", "analyst", "founder", "owner", "executive", "dictator",
        "businessman", "businesswoman", "premier", "chancellor", "commissioner", "senior", "lady", "strategist", "manager",
        "correspondent", "reporter", "editor", "host", "anchor", "pastor", "bishop", "cardinal", "sheriff", "detective",
        "colonel", "major", "captain", "sergeant", "admiral", "marshal", "ayatollah", "emir", "sheikh", "sultan", "rabbi",
        "imam", "coach", "actor", "actress", "singer", "author", "writer", "billionaire", "activist", "advocate", "counsel",
        "pollster", "consultant", "officials", "official", "chairperson", "treasurer", "whip", "delegate", "councillor",
        "councilman", "councilwoman", "congressman", "congresswoman", "assemblyman", "mogul", "magnate", "tycoon",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Organisations = new(new[]
    {
        "house", "council", "department", "ministry", "group", "party", "committee", "agency", "administration", "office",
        "company", "corporation", "corp", "inc", "university", "commission", "union", "nations", "states", "court", "senate",
        "congress", "bank", "times", "post", "news", "network", "association", "institute", "foundation", "campaign",
        "government", "army", "forces", "force", "navy", "kremlin", "pentagon", "board", "bureau", "service", "services",
        "center", "centre", "organization", "organisation", "fund", "club", "league", "federation", "republic", "kingdom",
        "police", "guard", "press", "journal", "magazine", "television", "radio", "communications", "security", "affairs",
        "staff", "church", "school", "college", "hospital", "county", "city", "state", "province", "region", "district",
        "street", "ltd", "llc", "plc", "co", "media", "review", "tribune", "herald", "daily", "weekly", "coalition",
        "alliance", "movement", "front", "brigade", "division", "command", "authority", "authorities", "parliament",
        "assembly", "cabinet", "embassy", "mission", "caucus", "institution", "program", "programme", "project", "initiative",
        "fargo", "avenue", "square", "airport", "station", "bridge", "river", "sea", "ocean", "mountains", "island",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PlaceStarts = new[]
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "united", "new", "saudi",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet NotNames = new(new[]
    {
        "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "if", "when", "while", "after", "as", "so", "yet", "this",
        "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "last", "next", "according", "today", "meanwhile",
        "however", "although", "though", "since", "because", "still", "also", "then", "now", "here", "there", "what", "why",
        "how", "who", "where", "some", "many", "most", "our", "your", "his", "her", "their", "its", "my", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "of", "to", "from", "with", "by", "about", "all", "no", "not", "one", "two",
        "every", "each", "both", "such", "just", "even", "only", "more", "other", "another", "any", "before", "during",
        "until", "unless", "whether", "despite", "instead", "among", "amid", "over", "under", "into", "like", "than", "said",
        "says", "mr.", "mrs.", "ms.", "dr.", "yes", "well", "oh", "please", "thank", "thanks", "today", "tonight", "yesterday",
        "tomorrow", "is", "was", "are", "were", "be", "do", "does", "did", "has", "have", "had", "will", "would", "can",
        "could", "should", "must", "let", "let's", "i'm", "it's", "we're", "they're", "don't", "doesn't", "didn't", "isn't",
        "unlike", "without", "within", "upon", "through", "throughout", "toward", "towards", "against", "around", "behind",
        "beyond", "besides", "except", "following", "regarding", "across", "along", "via", "per", "whereas", "perhaps", "maybe",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Connectors = new(new[]
    {
        "de", "da", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "du", "dos", "di",
    }, StringComparer.Ordinal);

    [ThreadStatic]
    private static List<NameMention>? gathered;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceStartWords = PlaceStarts.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsTitle(string word) => Titles.Contains(word.AsSpan().TrimEnd('.'));

    public static bool LooksLikeOrganisation(string name)
    {
        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan(range);
            if (Organisations.Contains(word) || PlaceStartWords.Contains(word))
            {
                return true;
            }
        }

        return IsAllCaps(name);
    }

    public static ImmutableArray<NameMention> Find(string text, ImmutableArray<TextSpan> tokens, IEntityTagger? tagger)
    {
        // The mentions are gathered in this thread's list and copied out, rather than in a list made for each article.
        var mentions = gathered ??= [];
        mentions.Clear();
        if (tagger is null)
        {
            FromCapitals(text, tokens, mentions);
        }
        else
        {
            FromTagger(text, tokens, tagger, mentions);
        }

        PromoteSurnames(mentions);
        ImmutableArray<NameMention> found = [.. mentions];
        mentions.Clear();
        return found;
    }

    private static void FromTagger(string text, ImmutableArray<TextSpan> tokens, IEntityTagger tagger, List<NameMention> found)
    {
        foreach (var entity in tagger.Tag(text))
        {
            if (entity.Start < 0 || entity.End > text.Length || entity.End <= entity.Start)
            {
                continue;
            }

            var first = FirstTokenAtOrAfter(tokens, entity.Start);
            var last = first;
            while (last + 1 < tokens.Length && tokens[last + 1].End <= entity.End)
            {
                last++;
            }

            var nameStart = first;
            for (var k = first; k <= last && k < tokens.Length; k++)
            {
                if (IsTitle(tokens[k].Text))
                {
                    nameStart = k + 1;
                }
            }

            if (nameStart > last || nameStart >= tokens.Length)
            {
                continue;
            }

            var start = tokens[nameStart].Start;
            var end = Math.Min(entity.End, tokens[last].End);
            var mention = new NameMention(text, start, end, entity.Type == EntityType.Person);
            mention.SetRun(tokens, first, nameStart, last);
            found.Add(mention);
        }
    }

    // Optimised at its first call: its loops run over whole articles from the first calls, and tiering recompiled it
    // from inside them again and again (see README, Performance).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FromCapitals(string text, ImmutableArray<TextSpan> tokens, List<NameMention> found)
    {
        var i = 0;
        while (i < tokens.Length)
        {
            if (!IsNameToken(tokens[i].Text) || NotNames.Contains(tokens[i].Text))
            {
                i++;
                continue;
            }

            var runStart = i;
            var runEnd = i;
            while (runEnd + 1 < tokens.Length && SameLine(text, tokens[runEnd], tokens[runEnd + 1]))
            {
                var next = tokens[runEnd + 1].Text;
                var joinsTitleDot = next == "." && TitleAbbreviations.InNames.Contains(tokens[runEnd].Text) && tokens[runEnd + 1].Start == tokens[runEnd].End;
                var joinsConnector = Connectors.Contains(next) && runEnd + 2 < tokens.Length && IsNameToken(tokens[runEnd + 2].Text);
                if ((IsNameToken(next) && !NotNames.Contains(next)) || joinsTitleDot || joinsConnector)
                {
                    runEnd++;
                    continue;
                }

                break;
            }

            AddRun(text, tokens, runStart, runEnd, found);
            i = runEnd + 1;
        }
    }

    private static void AddRun(string text, ImmutableArray<TextSpan> tokens, int runStart, int runEnd, List<NameMention> found)
    {
        var lastRole = -1;
        var hasTitle = false;
        for (var k = runStart; k <= runEnd; k++)
        {
            var word = tokens[k].Text;
            var title = IsTitle(word);
            if (title || Organisations.Contains(word) || word == ".")
            {
                lastRole = k;
                hasTitle |= title;
            }
        }

        var nameStart = lastRole + 1 > runStart ? lastRole + 1 : runStart;
        if (nameStart > runEnd)
        {
            found.Add(new NameMention(text, tokens[runStart].Start, tokens[runEnd].End, false));
            return;
        }

        if (lastRole >= runStart && !hasTitle)
        {
            // "White House" followed by "Kirby" inside one run: the organisation and the name are two mentions.
            found.Add(new NameMention(text, tokens[runStart].Start, tokens[lastRole].End, false));
        }

        var start = tokens[nameStart].Start;
        var end = tokens[runEnd].End;
        var count = runEnd - nameStart + 1;
        var titled = hasTitle || (runStart > 0 && IsTitle(tokens[runStart - 1].Text));
        var looksPersonal = count is >= 2 and <= 4 && !PlaceStarts.Contains(tokens[nameStart].Text) && !IsAllCaps(tokens[nameStart].Text);
        var mention = new NameMention(text, start, end, titled || looksPersonal);
        mention.SetRun(tokens, runStart, nameStart, runEnd);
        found.Add(mention);
    }

    // The words that introduce a name: the titles inside its run, up to five lower-case words just before the run
    // ("national security spokesperson"), and an appositive after it (", the Russian president,").
    internal static ImmutableArray<string> Describe(string text, ImmutableArray<TextSpan> tokens, int runStart, int nameStart, int runEnd)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        for (var k = runStart; k < nameStart; k++)
        {
            words.Add(tokens[k].Text.TrimEnd('.').ToLowerInvariant());
        }

        for (var k = runStart - 1; k >= 0 && k >= runStart - 5; k--)
        {
            var word = tokens[k].Text;
            if (!WordTokenizer.IsWordChar(word[0]) || !SameLine(text, tokens[k], tokens[k + 1]))
            {
                break;
            }

            words.Add(word.ToLowerInvariant());
        }

        if (runEnd + 2 < tokens.Length && tokens[runEnd + 1].Text == "," && tokens[runEnd + 2].Text is "the" or "The" or "a" or "an")
        {
            for (var k = runEnd + 3; k < tokens.Length && k <= runEnd + 10; k++)
            {
                var word = tokens[k].Text;
                if (!WordTokenizer.IsWordChar(word[0]))
                {
                    break;
                }

                words.Add(word.ToLowerInvariant());
            }
        }

        return words.ToImmutable();
    }

    private static void PromoteSurnames(List<NameMention> mentions)
    {
        HashSet<string>? surnames = null;
        foreach (var mention in mentions)
        {
            var space = mention.Chars.LastIndexOf(' ');
            if (mention.IsPerson && space >= 0)
            {
                surnames ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                surnames.GetAlternateLookup<ReadOnlySpan<char>>().Add(mention.Chars[(space + 1)..]);
            }
        }

        if (surnames is null)
        {
            return;
        }

        var surname = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var mention in mentions)
        {
            if (!mention.IsPerson && !mention.Chars.Contains(' ') && surname.Contains(mention.Chars))
            {
                mention.IsPerson = true;
            }
        }
    }

    private static bool IsNameToken(string token) =>
        token.Length > 0 && char.IsUpper(token[0]) && (token.Length == 1 || WordChars.HasLetter(token)) && !Contractions.Is(token);

    // A loop rather than LINQ over the string: asked of most tokens of every article.
    private static bool IsAllCaps(string token)
    {
        if (token.Length <= 1)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameLine(string text, TextSpan a, TextSpan b) => text.AsSpan(a.End, b.Start - a.End).IndexOf('\n') < 0;
}
