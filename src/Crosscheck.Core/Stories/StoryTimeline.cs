using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Stories;

/// <summary>
/// Turns the articles of one story into a story: dates every article from its own clues and those of the story's
/// other articles, groups the articles into developments by date (undated ones go to the development they read
/// most like), and picks the most central headlines.
/// </summary>
internal static class StoryTimeline
{
    private const int TitleFallbackChars = 120;

    [ThreadStatic]
    private static double[]? centroidSums;

    public static Story Build(IReadOnlyList<StoryMember> members, StoryOptions options)
    {
        var dates = ResolveDates(members);
        var developments = Developments(members, dates, options.DevelopmentWindowDays);
        var ids = members.Select(m => m.Article.Id).ToImmutableArray();
        return new Story(
            StoryId(members[0].Article.Id),
            Headline(members),
            ids,
            developments,
            dates.ToImmutableDictionary(d => members[d.Key].Article.Id, d => d.Value));
    }

    private static string StoryId(ArticleId first) =>
        "s-" + Convert.ToHexStringLower(XxHash64.Hash(Encoding.UTF8.GetBytes(first.Value)));

    private static Dictionary<int, StoryDate> ResolveDates(IReadOnlyList<StoryMember> members)
    {
        var dates = new Dictionary<int, StoryDate>();
        for (var i = 0; i < members.Count; i++)
        {
            var clues = members[i].Clues;
            if (clues.Published is { } published)
            {
                dates[i] = StoryDate.Day(published, DateEvidence.Published);
            }
            else if (clues.Dateline is { Year: { } year } dateline)
            {
                dates[i] = StoryDate.Day(new DateOnly(year, dateline.Month, dateline.Day), DateEvidence.Dateline);
            }
        }

        var reference = Median(dates.Values.Select(d => d.Date));
        for (var i = 0; i < members.Count; i++)
        {
            if (!dates.ContainsKey(i) && members[i].Clues.Dateline is { Year: null } dateline
                && (reference ?? members[i].Clues.CaptionLowerBound) is { } near)
            {
                dates[i] = StoryDate.Day(NearestYear(dateline.Month, dateline.Day, near), DateEvidence.Dateline);
            }
        }

        // Only dates read from the articles themselves anchor a weekday, so one guess never feeds another.
        var anchors = dates.Values.Select(d => d.Date).ToList();
        reference = Median(anchors);
        for (var i = 0; i < members.Count; i++)
        {
            if (dates.ContainsKey(i))
            {
                continue;
            }

            var clues = members[i].Clues;
            if (clues.LeadWeekday is { } weekday && WeekdayAnchor(anchors, weekday, clues.CaptionLowerBound) is { } day)
            {
                dates[i] = StoryDate.Day(day, DateEvidence.Weekday);
            }
            else if (clues.MentionsEndOfLastYear && LateInYear(anchors) is { } year
                     && (clues.CaptionLowerBound is null || clues.CaptionLowerBound.Value.Year <= year + 1))
            {
                var january = new DateOnly(year + 1, 1, 1);
                var bound = clues.CaptionLowerBound is { } b && b > january ? b : (DateOnly?)null;
                dates[i] = new StoryDate(january, DatePrecision.Year, DateEvidence.RelativeExpression, bound);
            }
            else if (clues.CaptionLowerBound is { } lower && (reference is null || lower > reference.Value))
            {
                dates[i] = new StoryDate(lower, DatePrecision.Day, DateEvidence.CaptionLowerBound, lower);
            }
        }

        return dates;
    }

    private static DateOnly NearestYear(int month, int day, DateOnly near)
    {
        var best = DateOnly.MinValue;
        foreach (var year in new[] { near.Year - 1, near.Year, near.Year + 1 })
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new DateOnly(year, month, day);
            if (best == DateOnly.MinValue || Math.Abs(candidate.DayNumber - near.DayNumber) < Math.Abs(best.DayNumber - near.DayNumber))
            {
                best = candidate;
            }
        }

        return best == DateOnly.MinValue ? near : best;
    }

    // The weekday an article names is taken to be a dated article's day with that weekday: the story's most
    // reported such day, the earliest on a tie, never before what the article's own photos allow.
    private static DateOnly? WeekdayAnchor(List<DateOnly> anchors, DayOfWeek weekday, DateOnly? notBefore) =>
        anchors.Where(d => d.DayOfWeek == weekday && (notBefore is null || d >= notBefore))
            .GroupBy(d => d)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => (DateOnly?)g.Key)
            .FirstOrDefault();

    // "The end of last year" in an article of a story whose dated reports fall in the last quarter of a year places
    // that article in the following year.
    private static int? LateInYear(List<DateOnly> anchors) =>
        anchors.Count > 0 && anchors.Max() is { Month: >= 10 } latest ? latest.Year : null;

    private static DateOnly? Median(IEnumerable<DateOnly> dates)
    {
        var sorted = dates.Order().ToList();
        return sorted.Count == 0 ? null : sorted[sorted.Count / 2];
    }

    private static ImmutableArray<Development> Developments(IReadOnlyList<StoryMember> members, Dictionary<int, StoryDate> dates, int window)
    {
        var groups = new List<List<int>>();
        var starts = new List<DateOnly>();
        foreach (var (index, date) in dates.OrderBy(d => d.Value.Earliest).ThenByDescending(d => d.Value.Precision))
        {
            if (starts.Count > 0 && date.Earliest.DayNumber - starts[^1].DayNumber <= window)
            {
                groups[^1].Add(index);
                continue;
            }

            groups.Add([index]);
            starts.Add(date.Earliest);
        }

        var undated = Enumerable.Range(0, members.Count).Where(i => !dates.ContainsKey(i)).ToList();
        if (groups.Count == 0)
        {
            groups.Add(undated);
        }
        else
        {
            var centroids = groups.Select(g => Centroid(members, g)).ToList();
            foreach (var i in undated)
            {
                var best = Enumerable.Range(0, groups.Count).MaxBy(g => members[i].Vector.Dot(centroids[g]));
                groups[best].Add(i);
            }
        }

        return groups
            .Select(g => g.Order().ToList())
            .Select(g => new Development(DevelopmentDate(g, dates), Headline(g.Select(i => members[i]).ToList()), g.Select(i => members[i].Article.Id).ToImmutableArray()))
            .ToImmutableArray();
    }

    private static StoryDate? DevelopmentDate(List<int> group, Dictionary<int, StoryDate> dates) =>
        group.Where(dates.ContainsKey)
            .Select(i => dates[i])
            .OrderBy(d => d.Evidence == DateEvidence.CaptionLowerBound)
            .ThenByDescending(d => d.Precision)
            .ThenBy(d => d.Date)
            .FirstOrDefault();

    private static Dictionary<int, double> Centroid(IReadOnlyList<StoryMember> members, IEnumerable<int> group)
    {
        var centroid = new Dictionary<int, double>();
        foreach (var i in group)
        {
            var vector = members[i].Vector;
            for (var t = 0; t < vector.Ids.Length; t++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(centroid, vector.Ids[t], out _) += vector.Weights[t];
            }
        }

        return centroid;
    }

    // The most central headline: the title of the article closest to the group's centroid, so an outlier's
    // framing does not name the story; articles without a title lend their first sentence.
    private static string Headline(IReadOnlyList<StoryMember> group)
    {
        // A story or development of one article needs no centroid to find its most central member.
        var ranked = group.Count > 1 ? ByCentrality(group) : group;
        var titled = ranked.FirstOrDefault(m => !string.IsNullOrWhiteSpace(m.Article.Title));
        if (titled is not null)
        {
            return titled.Article.Title!.Trim();
        }

        var text = ranked[0].Article.Text ?? string.Empty;
        var first = Text.SentenceSplitter.Split(text).FirstOrDefault().Text ?? string.Empty;
        return first.Length > TitleFallbackChars ? first[..TitleFallbackChars].TrimEnd() + "\u2026" : first;
    }

    // The members closest to the group's centroid first. The centroid is summed densely by term id in an array kept
    // per thread (and cleared after), since a dictionary of a story's sums made anew for each story and development
    // was the largest allocation of the stage; the sums and products are taken in the same order either way.
    private static List<StoryMember> ByCentrality(IReadOnlyList<StoryMember> group)
    {
        var sums = centroidSums ?? [];
        foreach (var member in group)
        {
            var (ids, weights) = (member.Vector.Ids, member.Vector.Weights);
            if (ids.Length > 0 && ids.Max() is var max && max >= sums.Length)
            {
                Array.Resize(ref sums, Math.Max(max + 1, sums.Length * 2));
            }

            for (var t = 0; t < ids.Length; t++)
            {
                sums[ids[t]] += weights[t];
            }
        }

        var ranked = group.OrderByDescending(m => Dot(m.Vector, sums)).ToList();
        foreach (var member in group)
        {
            foreach (var id in member.Vector.Ids)
            {
                sums[id] = 0;
            }
        }

        centroidSums = sums;
        return ranked;
    }

    private static double Dot(SparseVector vector, double[] sums)
    {
        var dot = 0.0;
        for (var i = 0; i < vector.Ids.Length; i++)
        {
            dot += vector.Weights[i] * sums[vector.Ids[i]];
        }

        return dot;
    }
}
