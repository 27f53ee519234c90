namespace Crosscheck.Core.Claims;

/// <summary>
/// A toll a sentence reports: what befell those counted (<paramref name="Measure"/>: killed, injured, missing, arrested),
/// whom it counts when it says (<paramref name="Counted"/>: "soldiers", "children"; empty for people in general), where
/// (<paramref name="Scope"/> as a key, <paramref name="Place"/> as written; empty when the clause names no place), the
/// range of counts its figure allows, and the tokens it spans (qualifier, figure and measure word).
/// </summary>
internal sealed record Toll(string Measure, string Counted, string Scope, string Place, double Low, double High, int First, int Last)
{
    /// <summary>
    /// Whether two tolls count the same thing: same measure, same place named, and no two different groups counted. A
    /// toll that names no place could be any event's ("four men died", "killed 63"), so it is compared with none.
    /// </summary>
    public bool CountsSameAs(Toll other) =>
        Measure == other.Measure && Scope.Length > 0 && Scope == other.Scope
        && (Counted.Length == 0 || other.Counted.Length == 0 || Counted == other.Counted);

    /// <summary>Two tolls contradict each other when no count satisfies both.</summary>
    public bool Contradicts(Toll other) => High < other.Low || other.High < Low;
}
