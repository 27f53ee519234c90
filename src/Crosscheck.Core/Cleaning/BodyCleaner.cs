using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// Cleans an article given as paragraph blocks (plain text lines or the paragraphs of an HTML main-content
/// extraction): removes boilerplate with its reason, and takes title, byline, header date, dateline, credits and
/// the outlet's self-naming out of the body. The order of the steps is written out in <see cref="Clean"/>.
/// </summary>
public static partial class BodyCleaner
{
    public static CleanedBody Clean(
        IReadOnlyList<string> paragraphs,
        string? titleHint,
        CleanerOptions options,
        Func<string, int> outletRepeats)
    {
        var blocks = paragraphs.Select((p, i) => new TextBlock(p.Trim(), i, paragraphs.Count)).ToArray();
        var reasons = new RemovalReason?[blocks.Length];
        var metadata = new bool[blocks.Length];
        var credits = ImmutableArray.CreateBuilder<string>();
        string? outlet = null;

        ClassifyBoilerplate(blocks, reasons, options, outletRepeats);
        MarkRepeatedDeks(blocks, reasons);
        TakeCredits(blocks, reasons, credits, ref outlet);
        FillFooterGaps(blocks, reasons, metadata);

        var title = TakeTitle(blocks, reasons, metadata, titleHint);
        var byline = TakeByline(blocks, reasons, metadata);
        var headerDate = TakeHeaderDate(blocks, reasons, metadata);

        var kept = new List<string>();
        var removed = ImmutableArray.CreateBuilder<RemovedLine>();
        for (var i = 0; i < blocks.Length; i++)
        {
            if (reasons[i] is { } reason)
            {
                removed.Add(new RemovedLine(blocks[i].Text, reason));
            }
            else if (!metadata[i] && blocks[i].Text.Length > 0)
            {
                kept.Add(WithoutLinkCards(blocks[i].Text, removed));
            }
        }

        var dateline = TakeDateline(kept, credits, options, headerDate, out var datelineDate);
        return new CleanedBody(
            string.Join("\n\n", kept),
            title,
            outlet,
            headerDate ?? datelineDate,
            dateline,
            byline,
            credits.ToImmutable(),
            removed.ToImmutable());
    }

    private static void ClassifyBoilerplate(TextBlock[] blocks, RemovalReason?[] reasons, CleanerOptions options, Func<string, int> outletRepeats)
    {
        for (var i = 0; i < blocks.Length; i++)
        {
            var previous = i > 0 ? blocks[i - 1] : null;
            var next = i + 1 < blocks.Length ? blocks[i + 1] : null;
            reasons[i] = BoilerplateClassifier.Classify(blocks[i], previous, next, outletRepeats(blocks[i].Text), options.MinOutletRepeats);
        }
    }

    // A standfirst printed again under the photo, with the credit appended ("... the US says. Photo: Getty").
    private static void MarkRepeatedDeks(TextBlock[] blocks, RemovalReason?[] reasons)
    {
        for (var i = 1; i < blocks.Length; i++)
        {
            for (var j = Math.Max(0, i - 4); j < i; j++)
            {
                var earlier = blocks[j].Text;
                if (earlier.Length < 30 || reasons[j] is not null)
                {
                    continue;
                }

                var text = blocks[i].Text;
                var repeats = string.Equals(text, earlier, StringComparison.Ordinal)
                    || (text.StartsWith(earlier, StringComparison.Ordinal) && text.Length - earlier.Length <= 60);
                if (repeats)
                {
                    reasons[i] = RemovalReason.RepeatedDek;
                    break;
                }
            }
        }
    }

    private static void TakeCredits(TextBlock[] blocks, RemovalReason?[] reasons, ImmutableArray<string>.Builder credits, ref string? outlet)
    {
        for (var i = 0; i < blocks.Length; i++)
        {
            var text = blocks[i].Text;
            if (reasons[i] is null && BoilerplateClassifier.IsCreditLine(text, blocks[i].Words))
            {
                reasons[i] = RemovalReason.Credit;
                credits.Add(text);
            }

            if (reasons[i] is RemovalReason.Credit or RemovalReason.Copyright)
            {
                outlet ??= BoilerplateClassifier.OutletNamedBy(text);
            }
        }
    }

    // In a footer, a short block between two boilerplate blocks belongs to them (an outlet's promotional blurb
    // between its newsletter box and its copyright line).
    private static void FillFooterGaps(TextBlock[] blocks, RemovalReason?[] reasons, bool[] metadata)
    {
        for (var i = 1; i + 1 < blocks.Length; i++)
        {
            var isGap = reasons[i] is null && !metadata[i] && blocks[i].IsInTail && blocks[i].Words <= 40;
            var before = reasons[i - 1];
            var after = reasons[i + 1];
            if (isGap && IsFooterReason(before) && IsFooterReason(after))
            {
                reasons[i] = before;
            }
        }
    }

    private static bool IsFooterReason(RemovalReason? reason) =>
        reason is RemovalReason.Newsletter or RemovalReason.Copyright or RemovalReason.CommentPrompt or RemovalReason.Credit;

    private static string? TakeTitle(TextBlock[] blocks, RemovalReason?[] reasons, bool[] metadata, string? titleHint)
    {
        var first = FirstBodyBlock(blocks, reasons, metadata, 0);
        if (first < 0)
        {
            return titleHint;
        }

        var block = blocks[first];
        if (titleHint is not null)
        {
            if (string.Equals(Normalise(block.Text), Normalise(titleHint), StringComparison.Ordinal))
            {
                metadata[first] = true;
            }

            return titleHint;
        }

        // A lone block is the text itself: taken as a title, it would leave the article empty.
        var next = FirstBodyBlock(blocks, reasons, metadata, first + 1);
        var looksLikeHeadline = block.Words is >= 2 and <= 30
            && !block.Text.TrimEnd().EndsWith('.') && !block.Text.TrimEnd().EndsWith('\u3002')
            && next >= 0 && (blocks[next].Words > block.Words || blocks[next].EndsLikeSentence);
        if (!looksLikeHeadline)
        {
            return null;
        }

        metadata[first] = true;
        return block.Text;
    }

    private static string? TakeByline(TextBlock[] blocks, RemovalReason?[] reasons, bool[] metadata)
    {
        for (var i = 0; i < Math.Min(blocks.Length, 6); i++)
        {
            if (reasons[i] is null && !metadata[i] && blocks[i].Words <= 12 && BylinePattern().Match(blocks[i].Text) is { Success: true } match)
            {
                metadata[i] = true;
                return match.Groups["names"].Value.Trim();
            }
        }

        return null;
    }

    private static PublicationDate? TakeHeaderDate(TextBlock[] blocks, RemovalReason?[] reasons, bool[] metadata)
    {
        for (var i = 0; i < Math.Min(blocks.Length, 6); i++)
        {
            if (reasons[i] is not null || metadata[i] || blocks[i].Words > 14 || blocks[i].EndsLikeSentence && blocks[i].Words > 8)
            {
                continue;
            }

            if (DateTextParser.FindFullDate(blocks[i].Text) is { } date)
            {
                metadata[i] = true;
                return date;
            }
        }

        return null;
    }

    private static string? TakeDateline(List<string> kept, ImmutableArray<string>.Builder credits, CleanerOptions options, PublicationDate? known, out PublicationDate? date)
    {
        date = null;
        if (kept.Count == 0)
        {
            return null;
        }

        var match = DatelinePattern().Match(kept[0]);
        var hasSignal = match.Success && (match.Groups["month"].Success || match.Groups["agency"].Success || match.Groups["dash"].Length > 0);
        if (!hasSignal || match.Length >= kept[0].Length - 10)
        {
            return null;
        }

        var dateline = kept[0][..match.Length].TrimEnd().TrimEnd('-', '–', '—').TrimEnd();
        kept[0] = kept[0][match.Length..];
        if (match.Groups["agency"].Success)
        {
            credits.Add(match.Groups["agency"].Value);
        }

        if (known is null && match.Groups["month"].Success)
        {
            date = DateFromDateline(match, kept, options.Today);
        }

        return dateline;
    }

    private static PublicationDate? DateFromDateline(Match match, List<string> kept, DateOnly today)
    {
        var month = match.Groups["month"].Value;
        var day = match.Groups["day"].Value;
        if (match.Groups["year"].Success)
        {
            return DateTextParser.Build(match.Groups["year"].Value, month, day) is { } full ? new PublicationDate(full) : null;
        }

        // Wire datelines omit the year; a weekday the lead paragraphs name pins it down.
        var lead = string.Join(' ', kept.Take(2));
        var weekdays = WeekdayPattern().Matches(lead).Select(m => DateTextParser.Weekday(m.Value)).OfType<DayOfWeek>().Distinct().ToArray();
        if (weekdays.Length != 1 || DateTextParser.Month(month) is not { } m || !int.TryParse(day, System.Globalization.CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        return DateTextParser.InferYear(m, d, weekdays[0], today) is { } inferred ? new PublicationDate(inferred) : null;
    }

    private static int FirstBodyBlock(TextBlock[] blocks, RemovalReason?[] reasons, bool[] metadata, int from)
    {
        for (var i = from; i < blocks.Length; i++)
        {
            if (reasons[i] is null && !metadata[i] && blocks[i].Text.Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    // "special counsel Robert Mueller Robert Swan MuellerSasse: US should applaud choice of Mueller … MORE said": a link's
    // pop-up card (the full name glued to the first of its headlines, up to "MORE") flattened into the sentence around
    // the name, as some outlets' pages come out as text. The card goes; the name stays.
    private static string WithoutLinkCards(string text, ImmutableArray<RemovedLine>.Builder removed)
    {
        if (!text.Contains(" MORE", StringComparison.Ordinal))
        {
            return text;
        }

        return LinkCard().Replace(text, match =>
        {
            removed.Add(new RemovedLine(match.Groups["card"].Value, RemovalReason.RelatedLink));
            return match.Groups["last"].Value;
        });
    }

    private static string Normalise(string text) => WhiteSpace().Replace(text.Trim(), " ").ToLowerInvariant();

    [GeneratedRegex(@"^by\s+(?<names>[A-Z][\p{L}.'\-]+(?:\s+[A-Z][\p{L}.'\-]+){0,3}(?:(?:,|\s+and)\s+[A-Z][\p{L}.'\-]+(?:\s+[A-Z][\p{L}.'\-]+){0,3})*)\s*(?:[,|–—-].*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BylinePattern();

    [GeneratedRegex(@"^(?<place>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3}(?:,\s*[A-Z][A-Za-z.']+(?:\s[A-Z][A-Za-z.']+){0,2})?)(?:,\s*(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s(?<day>\d{1,2})(?:,\s(?<year>\d{4}))?)?\s*(?:\((?<agency>[A-Za-z][A-Za-z .&\-]{1,30})\))?\s*(?<dash>[-–—]+)\s*")]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\b(?<last>\p{Lu}\p{Ll}+) (?<card>(?:\p{Lu}[\p{L}.'\-]* ){1,3}\k<last>(?=\p{Lu})[^\n]{0,600}? MORE\b)")]
    private static partial Regex LinkCard();
}
