using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Stories;

/// <summary>An article inside the clusterer, with what was computed about it once.</summary>
internal sealed record StoryMember(CleanArticle Article, ArticleDateClues Clues, SparseVector Vector);
