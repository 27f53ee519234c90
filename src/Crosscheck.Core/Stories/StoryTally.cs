namespace Crosscheck.Core.Stories;

/// <summary>
/// Scratch tally of what each story shares with one query, for choosing candidate stories from postings: stories
/// are added weight by weight, the best few taken, and the tally left empty for the next query. Sized to the
/// number of stories; one per thread.
/// </summary>
internal sealed class StoryTally
{
    private double[] shared = [];
    private int[] touched = [];
    private int count;

    /// <summary>Adds a weight to every story of a posting list; a negative entry stands for a story struck out, and is skipped.</summary>
    public void Add(ReadOnlySpan<int> stories, double weight, int storyCount)
    {
        if (shared.Length < storyCount)
        {
            Array.Resize(ref shared, Math.Max(storyCount, shared.Length * 2));

            // One slot more than there are stories: a repeat is written past the last story kept.
            Array.Resize(ref touched, shared.Length + 1);
        }

        // Every story is written down and kept only on its first touch, without a branch the CPU would mispredict
        // on half the postings.
        foreach (var story in stories)
        {
            if (story < 0)
            {
                continue;
            }

            ref var sum = ref shared[story];
            touched[count] = story;
            count += sum == 0 ? 1 : 0;
            sum += weight;
        }
    }

    /// <summary>Strikes a story out of the tally: cheaper once than testing for it on every posting.</summary>
    public void Remove(int story)
    {
        if (story < shared.Length && shared[story] > 0)
        {
            shared[story] = 0;
            var at = touched.AsSpan(0, count).IndexOf(story);
            touched.AsSpan(at + 1, count - at - 1).CopyTo(touched.AsSpan(at));
            count--;
        }
    }

    /// <summary>
    /// The stories with most shared weight, best first; on a tie the story touched first, or with
    /// <paramref name="tiesByStory"/> the lower story number. Empties the tally.
    /// </summary>
    public List<int> TakeTop(int limit, bool tiesByStory)
    {
        var (sums, order) = (shared, touched);
        var top = TopRanked.Select(count, limit, (a, b) =>
            sums[order[a]] != sums[order[b]] ? sums[order[b]].CompareTo(sums[order[a]])
            : tiesByStory ? order[a].CompareTo(order[b]) : a.CompareTo(b));
        for (var i = 0; i < top.Count; i++)
        {
            top[i] = touched[top[i]];
        }

        foreach (var story in touched.AsSpan(0, count))
        {
            shared[story] = 0;
        }

        count = 0;
        return top;
    }
}
