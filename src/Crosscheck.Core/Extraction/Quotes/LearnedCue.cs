namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// A word form learned as a cue from annotated attributions: how often it heads an annotated cue and how often it
/// occurs at all (in lower case) in the same texts. <see cref="Precision"/> is the share of its occurrences that are cues.
/// </summary>
public sealed record LearnedCue(string Form, int CueCount, int Occurrences)
{
    public double Precision => Occurrences == 0 ? 0 : (double)CueCount / Occurrences;
}
