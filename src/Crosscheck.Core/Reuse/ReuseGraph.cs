using System.Collections.Immutable;

namespace Crosscheck.Core.Reuse;

/// <summary>Reuse facts of a batch of articles, one entry per article in input order.</summary>
public sealed record ReuseGraph(ImmutableArray<ArticleReuse> Articles)
{
    public ArticleReuse? Find(ArticleId id)
    {
        foreach (var article in Articles)
        {
            if (article.ArticleId == id)
            {
                return article;
            }
        }

        return null;
    }
}
