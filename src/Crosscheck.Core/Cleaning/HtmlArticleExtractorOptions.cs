namespace Crosscheck.Core.Cleaning;

/// <summary>
/// The thresholds of <see cref="HtmlArticleExtractor"/>. The defaults were tuned on the Zyte article-extraction
/// benchmark (181 news pages) by the shingle F1 of <c>crosscheck eval extraction</c>.
/// </summary>
public sealed record HtmlArticleExtractorOptions
{
    public static readonly HtmlArticleExtractorOptions Default = new();

    /// <summary>Visible characters from which a block with few links counts as prose.</summary>
    public int MinProseLength { get; init; } = 60;

    /// <summary>Share of a block's characters inside links above which it is a link list, not text.</summary>
    public double MaxLinkDensity { get; init; } = 0.4;

    /// <summary>Visible characters from which a block is long enough to be judged by <see cref="MaxLongLinkDensity"/>.</summary>
    public int LongBlockLength { get; init; } = 100;

    /// <summary>Link density above which a long block is a link list.</summary>
    public double MaxLongLinkDensity { get; init; } = 0.6;

    /// <summary>The article descends into a child that keeps at least this share of its value.</summary>
    public double DescendShare { get; init; } = 0.9;

    /// <summary>
    /// A boilerplate hint (class "sidebar", &lt;aside&gt;...) is ignored on an element holding more than this share of the
    /// page's prose, or of the prose of the marked article body it sits in.
    /// </summary>
    public double MaxBoilerplateProseShare { get; init; } = 0.8;

    /// <summary>Weight of an element marked as the article body (itemprop="articleBody", class "article-body"...).</summary>
    public double MainTextBoost { get; init; } = 1.5;
}
