using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Crosscheck.Core.Evaluation;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// Learns the cue verbs of reported speech from annotated articles, rather than from a hand list: each annotated cue
/// span ("also said", "is expected", "said in a statement") contributes its head, the first lower-case word that is
/// not an auxiliary or an adverb; a head is kept when it is frequent enough and precise enough, precision being the
/// share of its lower-case occurrences in the same texts that are annotated cue heads ("said" heads a cue almost every
/// time it occurs, "think" rarely does, since most of its uses are inside quotes or not reports at all).
/// </summary>
public static class CueLearner
{
    // Words that open a cue span without being its verb: auxiliaries, modals and the adverbs annotators include.
    private static readonly FrozenSet<string> NotHeads = new[]
    {
        "has", "have", "had", "having", "is", "was", "are", "were", "be", "been", "being", "am", "will", "would", "could",
        "can", "may", "might", "should", "must", "shall", "did", "does", "do", "also", "not", "never", "to", "then", "just",
        "again", "still", "even", "already", "once", "first", "later", "earlier", "often", "recently", "previously",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static ImmutableArray<LearnedCue> Learn(
        IEnumerable<(string Text, IReadOnlyList<(int Start, int End)> Cues)> articles, int minCount, double minPrecision)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var cueCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (text, cues) in articles)
        {
            var tokens = WordTokenizer.Tokenize(text);
            var heads = new HashSet<int>();
            foreach (var (start, end) in cues)
            {
                foreach (var token in tokens)
                {
                    if (token.Start >= start && token.End <= end && IsHead(token.Text))
                    {
                        if (heads.Add(token.Start))
                        {
                            Increment(cueCounts, token.Text);
                        }

                        break;
                    }
                }
            }

            foreach (var token in tokens)
            {
                if (IsWord(token.Text))
                {
                    Increment(occurrences, token.Text);
                }
            }
        }

        return
        [
            .. cueCounts
                .Select(pair => new LearnedCue(pair.Key, pair.Value, Math.Max(pair.Value, occurrences.GetValueOrDefault(pair.Key))))
                .Where(cue => cue.CueCount >= minCount && cue.Precision >= minPrecision)
                .OrderByDescending(cue => cue.CueCount)
                .ThenBy(cue => cue.Form, StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// The cues through which the extractor, reading the same annotated articles, reports attributions right often
    /// enough to add to its all-attribution F1. Some words are learned from a few annotated uses ("went" in "went on CNN
    /// to declare Clinton the winner") that the extractor cannot tell from the rest ("Madeleine went missing"), so what
    /// it reports through them is mostly wrong. Taking away attributions of which a share p is right raises F1 exactly when p is below half of F1
    /// (F1 = 2·matched / (predicted + gold)), so a cue with at least <paramref name="minAttributions"/> attributions,
    /// fewer than half F1 of them matching a gold attribution, is dropped.
    /// </summary>
    public static ImmutableArray<LearnedCue> Prune(
        ImmutableArray<LearnedCue> cues, IReadOnlyList<(string Text, ImmutableArray<AnnotatedAttribution> Gold)> articles, int minAttributions)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var lexicon = new CueLexicon(cues);
        var extractor = new QuoteExtractor(options: QuoteExtractorOptions.Default with { Cues = lexicon });
        var scored = new List<(ImmutableArray<AnnotatedAttribution> Gold, ImmutableArray<AnnotatedAttribution> Predicted)>(articles.Count);
        var reported = new Dictionary<string, (int Attributions, int Right)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (text, gold) in articles)
        {
            var attributions = extractor.Extract(text);
            var predicted = attributions.Select(AnnotatedAttribution.From).ToImmutableArray();
            scored.Add((gold, predicted));
            for (var i = 0; i < attributions.Length; i++)
            {
                if (attributions[i].Cue is { } cue && Head(lexicon, cue.Text) is { } head)
                {
                    var right = gold.Any(g => AttributionScorer.ContentMatches(g.Content, predicted[i].Content));
                    var (count, matched) = reported.GetValueOrDefault(head);
                    reported[head] = (count + 1, matched + (right ? 1 : 0));
                }
            }
        }

        var floor = AttributionScorer.Score(scored).AllF1 / 2;
        return
        [
            .. cues.Where(cue => !reported.TryGetValue(cue.Form, out var tally)
                || tally.Attributions < minAttributions || (double)tally.Right / tally.Attributions >= floor),
        ];
    }

    /// <summary>One line per cue, "form TAB cue count TAB occurrences", after a comment saying where it came from.</summary>
    public static string Format(IEnumerable<LearnedCue> cues, string provenance)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var builder = new StringBuilder();
        builder.Append("# ").Append(provenance).Append('\n');
        builder.Append("# form\tcue_count\toccurrences\n");
        foreach (var cue in cues)
        {
            builder.Append(cue.Form).Append('\t')
                .Append(cue.CueCount.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(cue.Occurrences.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return builder.ToString();
    }

    public static ImmutableArray<LearnedCue> Parse(string lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = ImmutableArray.CreateBuilder<LearnedCue>();
        foreach (var line in lines.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length == 3 && !line.StartsWith('#')
                && int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
                && int.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var occurrences))
            {
                result.Add(new LearnedCue(fields[0], count, occurrences));
            }
        }

        return result.ToImmutable();
    }

    // Lower-case words only: a capitalised form at a sentence's start is rare as a cue and the extractor's cues are
    // lower-case.
    private static bool IsWord(string token) => token.Length > 1 && token.All(c => char.IsLower(c) || c is '-');

    private static bool IsHead(string token) => IsWord(token) && !NotHeads.Contains(token) && !token.EndsWith("ly", StringComparison.Ordinal);

    // The cue word of a cue span ("said" of "has said", "according" of "according to").
    private static string? Head(CueLexicon lexicon, string cue) =>
        cue.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(lexicon.IsCue);

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
