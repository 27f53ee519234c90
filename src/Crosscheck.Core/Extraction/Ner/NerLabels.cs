using System.Collections.Immutable;
using Crosscheck.Core.Evaluation;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// The tagger's label set: O plus Begin, Inside, Last and Unit for each entity type (BILOU). Ratinov and Roth (2009)
/// found BILOU learns better than IOB because the last token of a name gets its own weights; Viterbi only walks
/// transitions that form well-nested entities, so every decoded sequence converts back to IOB without repair.
/// </summary>
internal sealed class NerLabels
{
    private const int Positions = 4;
    private const int Begin = 0;
    private const int Inside = 1;
    private const int Last = 2;
    private const int Unit = 3;

    public NerLabels(ImmutableArray<string> types)
    {
        Types = types;
        Count = 1 + (Positions * types.Length);
        Allowed = new bool[Count * Count];
        AllowedStart = new bool[Count];
        AllowedEnd = new bool[Count];
        for (var to = 0; to < Count; to++)
        {
            AllowedStart[to] = to == 0 || PositionOf(to) is Begin or Unit;
            AllowedEnd[to] = to == 0 || PositionOf(to) is Last or Unit;
            for (var from = 0; from < Count; from++)
            {
                var opensEntity = from != 0 && PositionOf(from) is Begin or Inside;
                Allowed[(from * Count) + to] = opensEntity
                    ? to != 0 && PositionOf(to) is Inside or Last && TypeOf(to) == TypeOf(from)
                    : AllowedStart[to];
            }
        }

        Predecessors = new int[Count][];
        for (var to = 0; to < Count; to++)
        {
            Predecessors[to] = [.. Enumerable.Range(0, Count).Where(from => Allowed[(from * Count) + to])];
        }
    }

    /// <summary>The label O, outside any entity.</summary>
    public const int Outside = 0;

    public ImmutableArray<string> Types { get; }

    public int Count { get; }

    /// <summary>Allowed[from * Count + to].</summary>
    public bool[] Allowed { get; }

    /// <summary>For each label, the labels allowed before it, in ascending order: a third of all pairs.</summary>
    public int[][] Predecessors { get; }

    public bool[] AllowedStart { get; }

    public bool[] AllowedEnd { get; }

    /// <summary>Whether a label is a whole one-token entity.</summary>
    public static bool IsUnit(int label) => label != Outside && PositionOf(label) == Unit;

    /// <summary>The entity type index of a non-O label.</summary>
    public static int TypeOf(int label) => (label - 1) / Positions;

    public int[] FromIob(IReadOnlyList<string> tags)
    {
        var labels = new int[tags.Count];
        foreach (var (start, end, type) in ConllEvaluator.Chunks(tags))
        {
            var t = Types.IndexOf(type, StringComparer.Ordinal);
            if (t < 0)
            {
                continue;
            }

            if (end - start == 1)
            {
                labels[start] = Label(t, Unit);
                continue;
            }

            labels[start] = Label(t, Begin);
            for (var i = start + 1; i < end - 1; i++)
            {
                labels[i] = Label(t, Inside);
            }

            labels[end - 1] = Label(t, Last);
        }

        return labels;
    }

    public string[] ToIob(ReadOnlySpan<int> labels)
    {
        var tags = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            tags[i] = label == 0 ? "O" : (PositionOf(label) is Begin or Unit ? "B-" : "I-") + Types[TypeOf(label)];
        }

        return tags;
    }

    /// <summary>The entities of a decoded sequence as (start, end exclusive, type index).</summary>
    public static IEnumerable<(int Start, int End, int Type)> Entities(int[] labels)
    {
        var start = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if (label == 0)
            {
                start = -1;
                continue;
            }

            var position = PositionOf(label);
            if (position is Begin or Unit || start < 0)
            {
                start = i;
            }

            if (position is Last or Unit)
            {
                yield return (start, i + 1, TypeOf(label));
                start = -1;
            }
        }
    }

    public string Name(int label) =>
        label == 0 ? "O" : "BILU"[PositionOf(label)] + "-" + Types[TypeOf(label)];

    private static int PositionOf(int label) => (label - 1) % Positions;

    private static int Label(int type, int position) => 1 + (type * Positions) + position;
}
