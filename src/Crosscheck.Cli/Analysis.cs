using System.Collections.Immutable;
using Crosscheck.Core.Claims;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Embeddings;
using Crosscheck.Core.Extraction.Entities;
using Crosscheck.Core.Extraction.Events;
using Crosscheck.Core.Extraction.Ner;
using Crosscheck.Core.Extraction.Quotes;
using Crosscheck.Core.Reports;
using Crosscheck.Core.Reuse;
using Crosscheck.Core.Stories;
using Crosscheck.Core.Summaries;

namespace Crosscheck.Cli;

/// <summary>The analysis stages, in order, over the stored articles: the one place the pipeline is written out.</summary>
internal static class Analysis
{
    public static Report Run(IReadOnlyList<CleanArticle> articles, ISentenceEmbedder? embedder = null) =>
        ReportBuilder.Build(Analyze(articles, embedder));

    public static AnalysisResult Analyze(IReadOnlyList<CleanArticle> articles, ISentenceEmbedder? embedder)
    {
        var reuse = ReuseAnalyzer.Analyze(articles, ReuseOptions.Default, embedder);
        var newsArticles = articles.Where(a => ArticleQualityGate.Reject(a.Text) is null).ToList();
        var stories = new StoryClusterer(embedder: embedder).Cluster(newsArticles);
        var byId = articles.ToDictionary(a => a.Id);
        var originOf = reuse.Articles.ToDictionary(r => r.ArticleId, r => r.OriginId);
        var claimAnalyzer = new ClaimAnalyzer(embedder: embedder);
        var quoteExtractor = new QuoteExtractor();
        var quoteMatcher = new QuoteMatcher();
        var summarizer = new MultiDocumentSummarizer(embedder: embedder);

        var analyses = stories.AsParallel().AsOrdered().Select(story =>
        {
            var members = story.Articles.Select(id => byId[id]).ToList();
            var attributions = members.ToDictionary(a => a.Id, a => quoteExtractor.Extract(a.Text));
            var quotes = quoteMatcher.Group([.. members.SelectMany(a => attributions[a.Id].Select(q => new QuoteOccurrence(a.Id, q)))]);
            var entities = EntityResolver.Resolve(members, NamedEntityTagger.Default);
            var events = EventExtractor.Extract(members, entities, attributions);
            var developmentOf = story.Developments
                .SelectMany(d => d.Articles.Select(a => (Article: a, Development: d.Date?.ToIso() ?? d.Headline)))
                .ToDictionary(p => p.Article, p => (string?)p.Development);
            var claims = claimAnalyzer.Analyze(members, originOf, developmentOf);
            var summary = summarizer.Summarize(members, claims.SupportedSpans());
            return new StoryAnalysis(story, entities, quotes, events, claims, summary);
        }).ToImmutableArray();

        return new AnalysisResult([.. articles], reuse, analyses);
    }
}
