using System.Collections.Frozen;

namespace Crosscheck.Core.Text;

/// <summary>
/// Abbreviations written with a dot inside a name, lower case: titles before it ("Rep. Windsor", "Det. Gomes") and the
/// parts of a name that are abbreviated ("St. Louis", "Martin Luther King Jr."). A dot after one ends no sentence and no
/// name. One list for the sentence splitter, the quote stage's name finder and the claims stage's speaker reader.
/// </summary>
internal static class TitleAbbreviations
{
    /// <summary>Titles before a name, which are not part of the name itself.</summary>
    public static readonly FrozenSet<string> Titles = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "rep", "reps", "sen", "sens", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "cpl",
        "pvt", "adm", "cmdr", "det", "insp", "supt", "rev", "amb", "atty", "pres", "hon",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The titles and the abbreviated parts of names.</summary>
    public static readonly FrozenSet<string> InNames = Titles.Concat(["st", "jr", "sr"]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
