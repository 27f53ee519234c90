namespace Crosscheck.Core.Claims;

/// <summary>
/// Compares the days and dates of two aligned sentences kind by kind (weekday with weekday, year with year): a kind
/// both give, with no day in common, is a disagreement. A month and a day of that month agree ("in April", "on April
/// 19"): one report is only less precise. A date only one sentence gives is an omission.
/// </summary>
internal static class DateComparer
{
    public static IEnumerable<Finding> Compare(ClaimSentence a, ClaimSentence b)
    {
        foreach (var kind in Enum.GetValues<DateMentionKind>())
        {
            var inA = a.Dates.Where(d => d.Kind == kind).ToList();
            var inB = b.Dates.Where(d => d.Kind == kind).ToList();
            if (inA.Count == 0 || inB.Count == 0 || inA.Any(x => inB.Any(y => Agree(x, y))))
            {
                continue;
            }

            var (va, vb) = (Variant(a, inA[0]), Variant(b, inB[0]));
            yield return new Finding(DiscrepancyKind.Date, "Different dates: \"" + va.Text + "\" vs \"" + vb.Text + "\"", va, vb, true);
        }
    }

    // Month-and-day keys are "4-19", a month alone "4": a month agrees with each of its days.
    private static bool Agree(DateMention x, DateMention y) =>
        x.Key == y.Key || (x.Kind == DateMentionKind.MonthDay && (IsDayOf(x.Key, y.Key) || IsDayOf(y.Key, x.Key)));

    private static bool IsDayOf(string day, string month) =>
        !month.Contains('-', StringComparison.Ordinal) && day.StartsWith(month + "-", StringComparison.Ordinal);

    private static FindingVariant Variant(ClaimSentence s, DateMention date)
    {
        var first = date.First > 0 && s.Tokens[date.First - 1].Norm is "on" or "in" or "at" or "since" or "by" ? date.First - 1 : date.First;
        return new FindingVariant(s.Slice(first, date.Last), date.Kind + ":" + date.Key, s.SpanOf(first, date.Last));
    }
}
