using System.Collections.Concurrent;
using System.Collections.Immutable;
using Crosscheck.Core.Claims;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Embeddings;
using Crosscheck.Core.Extraction;
using Crosscheck.Core.Extraction.Entities;
using Crosscheck.Core.Extraction.Events;
using Crosscheck.Core.Extraction.Quotes;
using Crosscheck.Core.Reports;
using Crosscheck.Core.Reuse;
using Crosscheck.Core.Stories;
using Crosscheck.Core.Summaries;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Analysis;

/// <summary>
/// The analysis stages, in order, over a set of cleaned articles: the one place the pipeline is written out. Reuse
/// runs over every article; stories over those the quality gate accepts; then, per story and in parallel,
/// extraction, claims and the cited summary, which the claims' origin counts steer.
/// </summary>
public sealed class CorpusAnalyzer(IEntityTagger tagger, ISentenceEmbedder? embedder = null)
{
    private readonly QuoteExtractor quoteExtractor = new();
    private readonly QuoteMatcher quoteMatcher = new();
    private readonly ClaimAnalyzer claimAnalyzer = new(embedder: embedder);
    private readonly MultiDocumentSummarizer summarizer = new(embedder: embedder);

    public AnalysisResult Analyze(IReadOnlyList<CleanArticle> articles)
    {
        var reuse = ReuseAnalyzer.Analyze(articles, ReuseOptions.Default, embedder);
        var newsArticles = articles.Where(a => ArticleQualityGate.Reject(a.Text) is null).ToList();
        var stories = new StoryClusterer(embedder: embedder).Cluster(newsArticles);
        var byId = articles.ToDictionary(a => a.Id);
        var originOf = reuse.Articles.ToDictionary(r => r.ArticleId, r => r.OriginId);

        // Stories that started early have had longest to gather copies, so ranges of the list differ in work; stories
        // are handed out one at a time.
        var analyses = Partitioner.Create(stories, loadBalance: true).AsParallel().AsOrdered()
            .Select(story => AnalyzeStory(story, [.. story.Articles.Select(id => byId[id])], originOf))
            .ToImmutableArray();
        return new AnalysisResult([.. articles], reuse, analyses);
    }

    /// <summary>Extraction alone for one story's articles: quotes, entities with aliases, events.</summary>
    public StoryFacts Extract(IReadOnlyList<CleanArticle> members)
    {
        // Each stage reads the same tokens; a wire copy repeats its original word for word, and its attributions with it.
        var tokens = new TokenCache();
        var attributionsOf = new Dictionary<string, ImmutableArray<Attribution>>(StringComparer.Ordinal);
        var attributions = members.ToImmutableDictionary(a => a.Id, a => Attributions(a.Text));
        var quotes = quoteMatcher.Group([.. members.SelectMany(a => attributions[a.Id].Select(q => new QuoteOccurrence(a.Id, q)))]);
        var entities = EntityResolver.Resolve(members, tagger, tokens);
        var events = EventExtractor.Extract(members, entities, attributions, tokens);
        return new StoryFacts(attributions, quotes, entities, events);

        ImmutableArray<Attribution> Attributions(string text)
        {
            if (!attributionsOf.TryGetValue(text, out var found))
            {
                attributionsOf[text] = found = quoteExtractor.Extract(text, tokens);
            }

            return found;
        }
    }

    private StoryAnalysis AnalyzeStory(Story story, List<CleanArticle> members, Dictionary<ArticleId, string> originOf)
    {
        var facts = Extract(members);
        var developmentOf = story.Developments
            .SelectMany(d => d.Articles.Select(a => (Article: a, Development: d.Date?.ToIso() ?? d.Headline)))
            .ToDictionary(p => p.Article, p => (string?)p.Development);
        var claims = claimAnalyzer.Analyze(members, originOf, developmentOf);
        var summary = summarizer.Summarize(members, claims.SupportedSpans());
        return new StoryAnalysis(story, facts.Entities, facts.Quotes, facts.Events, claims, summary);
    }
}
