using System.Collections.Immutable;

namespace Crosscheck.Core.Evaluation;

/// <summary>
/// Scores predicted entity tags against gold tags exactly as the CoNLL shared-task script conlleval does: an entity
/// counts as correct only when its start, end and type all match. Chunk boundaries follow conlleval's rules, so an
/// "I-X" after "O" or after another type starts an entity, which makes IOB1 and IOB2 input score the same way.
/// </summary>
public static class ConllEvaluator
{
    public static ConllScore Score(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> sentences)
    {
        var gold = new Dictionary<string, int>(StringComparer.Ordinal);
        var predicted = new Dictionary<string, int>(StringComparer.Ordinal);
        var correct = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokens = 0;
        foreach (var (goldTags, predictedTags) in sentences)
        {
            if (goldTags.Count != predictedTags.Count)
            {
                throw new ArgumentException("Gold and predicted tag sequences must have the same length.", nameof(sentences));
            }

            tokens += goldTags.Count;
            var goldChunks = Chunks(goldTags);
            var predictedChunks = Chunks(predictedTags);
            Count(gold, goldChunks);
            Count(predicted, predictedChunks);
            Count(correct, goldChunks.Intersect(predictedChunks));
        }

        var types = gold.Keys.Union(predicted.Keys, StringComparer.Ordinal);
        var perType = types.ToImmutableSortedDictionary(
            type => type,
            type => new EntityScore(gold.GetValueOrDefault(type), predicted.GetValueOrDefault(type), correct.GetValueOrDefault(type)),
            StringComparer.Ordinal);
        var overall = new EntityScore(gold.Values.Sum(), predicted.Values.Sum(), correct.Values.Sum());
        return new ConllScore(overall, perType, tokens);
    }

    /// <summary>The entities of one sentence as (start, end exclusive, type).</summary>
    public static ImmutableArray<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        var chunks = ImmutableArray.CreateBuilder<(int, int, string)>();
        var start = -1;
        var previousPrefix = 'O';
        var previousType = string.Empty;
        for (var i = 0; i <= tags.Count; i++)
        {
            var (prefix, type) = i < tags.Count ? Split(tags[i]) : ('O', string.Empty);
            if (start >= 0 && EndsChunk(previousPrefix, prefix, previousType, type))
            {
                chunks.Add((start, i, previousType));
                start = -1;
            }

            if (StartsChunk(previousPrefix, prefix, previousType, type))
            {
                start = i;
            }

            previousPrefix = prefix;
            previousType = type;
        }

        return chunks.ToImmutable();
    }

    private static (char Prefix, string Type) Split(string tag)
    {
        if (tag.Length == 0 || string.Equals(tag, "O", StringComparison.Ordinal))
        {
            return ('O', string.Empty);
        }

        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? (tag[0], string.Empty) : (tag[0], tag[(dash + 1)..]);
    }

    private static bool EndsChunk(char previous, char current, string previousType, string type)
    {
        if (previous is 'E' or 'S' || previous == 'O')
        {
            return previous != 'O';
        }

        return current is 'B' or 'S' or 'O' || !string.Equals(previousType, type, StringComparison.Ordinal);
    }

    private static bool StartsChunk(char previous, char current, string previousType, string type)
    {
        if (current == 'O')
        {
            return false;
        }

        return current is 'B' or 'S'
            || (current is 'I' or 'E' && previous is 'E' or 'S' or 'O')
            || !string.Equals(previousType, type, StringComparison.Ordinal);
    }

    private static void Count(Dictionary<string, int> counts, IEnumerable<(int Start, int End, string Type)> chunks)
    {
        foreach (var chunk in chunks)
        {
            counts[chunk.Type] = counts.GetValueOrDefault(chunk.Type) + 1;
        }
    }
}
