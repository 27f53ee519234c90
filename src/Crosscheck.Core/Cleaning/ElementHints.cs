using AngleSharp.Dom;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// Reads an element's tag, class, id, role and itemprop for what it holds. Short words ("ad", "nav", "share")
/// are matched as whole words of the class name so that "header" or "shadow" do not read as ads; longer
/// stems ("advert", "newsletter", "related") are matched anywhere in it, as Readability does.
/// </summary>
internal static class ElementHints
{
    private static readonly (RemovalReason Reason, string[] Words, string[] Stems)[] Boilerplate =
    [
        (RemovalReason.Caption, ["caption", "figcaption", "wp-caption-text"], ["caption"]),
        (RemovalReason.PhotoCredit, ["credit", "credits", "copyright"], ["photocredit", "photo-credit", "image-credit", "imagecredit"]),
        (RemovalReason.Credit, ["byline", "author", "authors", "dateline", "timestamp"], ["byline", "author-bio", "author-info"]),
        (RemovalReason.Advertisement, ["ad", "ads", "adv", "advertising", "dfp", "gpt", "adunit", "adslot", "sponsored", "native"],
            ["advert", "sponsor", "ad-slot", "ad-container", "ad-wrapper", "adwrapper", "adcontainer", "outbrain", "taboola", "commercial", "banner"]),
        (RemovalReason.Newsletter, ["subscribe", "signup", "subscription"],
            ["newsletter", "subscribe", "sign-up", "signup", "subscription", "registration"]),
        (RemovalReason.CommentPrompt, ["share", "sharing", "social", "comments", "comment", "disqus", "reactions", "follow"],
            ["comment", "sharebar", "share-bar", "social", "sharing", "share-tools", "sharetools"]),
        (RemovalReason.RelatedLink, ["related", "recommended", "trending", "popular", "more", "teaser", "teasers", "recirc", "tags", "topics"],
            ["related", "recommend", "more-stories", "read-more", "readmore", "also-read", "trending", "most-read", "mostread",
                "most-popular", "next-article", "recirc", "more-from", "morefrom", "see-also", "further-reading"]),
        (RemovalReason.Navigation, ["nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "footer", "header", "sidebar", "masthead",
            "toolbar", "pagination", "skip", "meta", "modal", "popup"],
            ["navigation", "breadcrumb", "sidebar", "footer", "masthead", "cookie", "consent", "gdpr"]),
    ];

    private static readonly string[] MainTextStems =
    [
        "articlebody", "article-body", "article__body", "article_body", "storybody", "story-body", "story__body", "entry-content",
        "post-content", "postcontent", "post-body", "postbody", "article-content", "articlecontent", "article__content", "article-text",
        "articletext", "story-text", "storytext", "body-text", "bodytext", "story-content", "article__text", "content-body", "rich-text",
        "richtext", "entry-body", "article-copy", "body-copy",
    ];

    public static ElementHint Classify(IElement element, string tag)
    {
        switch (tag)
        {
            case "nav":
            case "header":
            case "footer":
                return new ElementHint(false, RemovalReason.Navigation);
            case "aside":
                return new ElementHint(false, RemovalReason.RelatedLink);
            case "figcaption":
                return new ElementHint(false, RemovalReason.Caption);
            default:
                break;
        }

        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return new ElementHint(true, null);
        }

        var role = element.GetAttribute("role");
        if (role is not null && (role.Equals("navigation", StringComparison.OrdinalIgnoreCase)
            || role.Equals("complementary", StringComparison.OrdinalIgnoreCase)
            || role.Equals("banner", StringComparison.OrdinalIgnoreCase)
            || role.Equals("contentinfo", StringComparison.OrdinalIgnoreCase)))
        {
            return new ElementHint(false, RemovalReason.Navigation);
        }

        var names = element.ClassName + " " + element.Id;
        if (names.Length <= 1)
        {
            return ElementHint.None;
        }

        var lowered = names.ToLowerInvariant();
        foreach (var stem in MainTextStems)
        {
            if (lowered.Contains(stem, StringComparison.Ordinal))
            {
                return new ElementHint(true, null);
            }
        }

        var words = lowered.Split([' ', '-', '_', ':', '.', '/'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var (reason, wordList, stems) in Boilerplate)
        {
            foreach (var word in words)
            {
                if (Array.IndexOf(wordList, word) >= 0)
                {
                    return new ElementHint(false, reason);
                }
            }

            foreach (var stem in stems)
            {
                if (lowered.Contains(stem, StringComparison.Ordinal))
                {
                    return new ElementHint(false, reason);
                }
            }
        }

        return ElementHint.None;
    }
}
