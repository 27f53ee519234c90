using System.Collections.Frozen;

namespace Crosscheck.Core.Text;

/// <summary>
/// Words for a member of a political party or camp, lower case ("the Kentucky Republican", "top Senate Democrat"): they
/// describe a politician, they do not name one.
/// </summary>
internal static class PartyMembers
{
    public static readonly FrozenSet<string> Words = new[]
    {
        "republican", "republicans", "democrat", "democrats", "independent", "conservative", "socialist", "libertarian",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lowered = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a name is a politician's party and state, as US news writes them after the name ("Sen. Orrin Hatch,
    /// R-Utah", "Nancy Pelosi (D-San Francisco)"): it names neither a person nor a place.
    /// </summary>
    public static bool IsAffiliation(ReadOnlySpan<char> name) =>
        name.Length >= 3 && name[0] is 'R' or 'D' or 'I' && name[1] == '-' && char.IsUpper(name[2]);

    /// <summary>Whether the last word of a name, in any case, is such a word.</summary>
    public static bool EndsName(ReadOnlySpan<char> name)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        Span<char> lower = stackalloc char[16];
        return last.Length <= lower.Length && Lowered.Contains(lower[..last.ToLowerInvariant(lower)]);
    }
}
