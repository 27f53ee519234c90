using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Crosscheck.Core.Evaluation;

namespace Crosscheck.Cli.Commands;

/// <summary>
/// A readable list of errors for `eval attribution --errors`: each gold attribution no predicted one matches (a miss,
/// with the predicted attribution that overlaps it most, if any, to show boundary and direct-or-not errors) and each
/// predicted attribution no gold one matches (a spurious one, with the gold attribution that overlaps it most). Direct
/// quotes only, or every attribution (direct and indirect) as the all-attribution score counts them. Matching is the
/// scorer's rule, without its one-to-one pairing.
/// </summary>
internal static class AttributionErrors
{
    private const int Context = 120;

    public static string Format(
        IEnumerable<(string Name, string Text, ImmutableArray<AnnotatedAttribution> Gold, ImmutableArray<AnnotatedAttribution> Predicted)> articles,
        bool directOnly)
    {
        var output = new StringBuilder();
        foreach (var (name, text, gold, predicted) in articles)
        {
            foreach (var g in gold.Where(g => Counts(g) && !predicted.Any(p => Counts(p) && AttributionScorer.ContentMatches(g.Content, p.Content))))
            {
                Write(output, "MISSED", name, text, g, Nearest(g, predicted), "predicted");
            }

            foreach (var p in predicted.Where(p => Counts(p) && !gold.Any(g => Counts(g) && AttributionScorer.ContentMatches(g.Content, p.Content))))
            {
                Write(output, "SPURIOUS", name, text, p, Nearest(p, gold), "gold");
            }
        }

        return output.ToString();

        bool Counts(AnnotatedAttribution attribution) => attribution.IsDirect || !directOnly;
    }

    private static AnnotatedAttribution? Nearest(AnnotatedAttribution attribution, ImmutableArray<AnnotatedAttribution> others) =>
        others
            .Select(o => (Other: o, Shared: AttributionScorer.Overlap(attribution.Content, o.Content)))
            .Where(pair => pair.Shared > 0)
            .OrderByDescending(pair => pair.Shared)
            .Select(pair => pair.Other)
            .FirstOrDefault();

    private static void Write(StringBuilder output, string kind, string name, string text, AnnotatedAttribution attribution, AnnotatedAttribution? nearest, string nearestName)
    {
        var start = attribution.Content.Min(r => r.Start);
        var end = attribution.Content.Max(r => r.End);
        var from = Math.Max(0, start - Context);
        var to = Math.Min(text.Length, end + Context);
        output.Append(CultureInfo.InvariantCulture, $"== {kind} {name} [{start}-{end}]\n");
        output.Append("   context: ").Append(OneLine(text[from..start])).Append("[[").Append(OneLine(text[start..end])).Append("]]")
            .Append(OneLine(text[end..to])).Append('\n');
        output.Append("   content: ").Append(Spans(text, attribution.Content)).Append('\n');
        output.Append("   source:  ").Append(Spans(text, attribution.Source)).Append('\n');
        if (nearest is not null)
        {
            output.Append(CultureInfo.InvariantCulture, $"   nearest {nearestName} ({(nearest.IsDirect ? "direct" : "not direct")}): ")
                .Append(Spans(text, nearest.Content)).Append('\n');
        }
    }

    private static string Spans(string text, ImmutableArray<CharRange> ranges) =>
        ranges.IsDefaultOrEmpty ? "-" : string.Join(" | ", ranges.Select(r => OneLine(text[r.Start..r.End])));

    private static string OneLine(string text) => text.Replace("\n", " ¶ ", StringComparison.Ordinal);
}
