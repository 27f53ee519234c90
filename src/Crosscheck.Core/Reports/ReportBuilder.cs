using System.Collections.Immutable;
using System.Text;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Extraction.Quotes;
using Crosscheck.Core.Reuse;

namespace Crosscheck.Core.Reports;

/// <summary>Maps the stages' results onto the report contract.</summary>
public static class ReportBuilder
{
    public const string Version = "0.1.0";

    public static Report Build(AnalysisResult result)
    {
        var texts = result.Articles.ToDictionary(a => a.Id, a => a.Text);
        var articles = result.Articles.Select(a => ToEntry(a, result.Reuse.Find(a.Id))).ToImmutableArray();
        var stories = result.Stories.Select(s => ToEntry(s, texts)).ToImmutableArray();
        return new Report(Version, articles, stories);
    }

    public static ArticleEntry ToEntry(CleanArticle article, ArticleReuse? reuse = null) => new(
        article.Id.Value,
        article.Source,
        article.Url,
        article.Title,
        article.Outlet,
        article.Published?.ToIso(),
        article.Dateline,
        article.Byline,
        article.Credits,
        article.Language,
        article.Text,
        [.. article.Removed.Select(r => new RemovedEntry(r.Text, Kebab(r.Reason)))],
        reuse?.OriginId,
        reuse is null ? null : Math.Round(reuse.Originality, 3),
        reuse is null ? [] : [.. reuse.Links.Select(ToEntry)]);

    private static ReuseEntry ToEntry(ReuseLink link) => new(
        link.Other.Value,
        link.SharedChars,
        link.Direction switch
        {
            ReuseDirection.OtherIsSource => "copied-from",
            ReuseDirection.ThisIsSource => "copied-by",
            _ => null,
        },
        [.. link.Passages.Select(p => new PassageEntry(p.Start, p.End, p.OtherStart, p.OtherEnd))]);

    private static StoryEntry ToEntry(StoryAnalysis analysis, Dictionary<ArticleId, string> texts)
    {
        var story = analysis.Story;
        OccurrenceEntry Occurrence(ArticleId article, int start, int end) => new(article.Value, start, end, texts[article][start..end]);
        var speakers = new SpeakerLinker(analysis.Entities);

        // A linked speaker is named as the story names them ("Donald J. Trump"), not by the words that introduced the quote
        // ("Calling Trump", "President-elect Trump").
        QuoteEntry Quote(QuoteGroup quote)
        {
            var speaker = speakers.EntityOf(quote);
            return new QuoteEntry(
                speaker?.Id,
                speaker?.Name ?? quote.Speaker,
                quote.Text,
                quote.IsDirect,
                [.. quote.Occurrences.Select(o => Occurrence(o.Article, o.Attribution.Start, o.Attribution.End))]);
        }

        return new StoryEntry(
            story.Id,
            story.Title,
            [.. story.Articles.Select(a => a.Value)],
            [.. story.Developments.Select(d => new DevelopmentEntry(d.Date?.ToIso(), d.Headline, [.. d.Articles.Select(a => a.Value)]))],
            [.. analysis.Entities.Select(e => new EntityEntry(
                e.Id,
                e.Name,
                Kebab(e.Type.ToString()),
                e.Aliases,
                [.. e.Mentions.Select(m => new MentionEntry(m.Article.Value, m.Start, m.End))]))],
            [.. analysis.Quotes.Select(Quote)],
            [.. analysis.Events.Select(e => new EventEntry(
                e.ActorEntityId,
                e.Negated ? "not " + e.Action : e.Action,
                e.TargetEntityId,
                e.Object,
                e.Date,
                e.AttributedToEntityId,
                [.. e.Occurrences.Select(o => Occurrence(o.Article, o.Start, o.End))]))],
            [.. analysis.Claims.Claims.Select(c => new ClaimEntry(
                c.Id,
                c.Text,
                Kebab(c.Status.ToString()),
                c.Origins,
                [.. c.Occurrences.Select(o => Occurrence(o.Span.Article, o.Span.Start, o.Span.End))]))],
            [.. analysis.Claims.Discrepancies.Select(d => new DiscrepancyEntry(
                Kebab(d.Kind.ToString()),
                d.Summary,
                [.. d.Variants.Select(v => new VariantEntry(v.Text, [.. v.Articles.Select(a => a.Value)]))],
                d.ExplainedBy))],
            [.. analysis.Summary.Select(s => new SummaryEntry(
                s.Text,
                [.. s.Articles.Select(a => a.Value)],
                Occurrence(s.Source.Article, s.Source.Start, s.Source.End)))]);
    }

    public static string Kebab(RemovalReason reason) => Kebab(reason.ToString());

    /// <summary>"SingleOrigin" becomes "single-origin", as the report contract spells its values.</summary>
    public static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
