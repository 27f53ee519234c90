namespace Crosscheck.Core.Cleaning;

/// <summary>
/// Wording that marks a short block as page furniture rather than article text, whatever its markup:
/// "Advertisement", "Sign up for our newsletter", "Share this article", "Read more:".
/// </summary>
internal static class BoilerplatePhrases
{
    private static readonly (RemovalReason Reason, string[] Exact, string[] Contains)[] Phrases =
    [
        (RemovalReason.Advertisement, ["advertisement", "advertising", "ad", "sponsored", "sponsored content", "story continues below advertisement"],
            ["continues below advertisement", "skip advertisement"]),
        (RemovalReason.Newsletter, [], ["newsletter", "sign up for", "sign up to", "subscribe to", "subscribe now", "subscribers only"]),
        (RemovalReason.CommentPrompt, ["share", "comments", "tweet", "email", "print"],
            ["share this", "share on", "leave a comment", "join the conversation", "follow us on", "comments are closed", "show comments"]),
        (RemovalReason.RelatedLink, ["related", "related articles", "related stories", "more stories", "recommended", "read more"],
            ["read more:", "related:", "see also:", "read next", "more from", "you may also like", "you might also like", "recommended for you"]),
        (RemovalReason.Copyright, [], ["©", "all rights reserved", "copyright "]),
        (RemovalReason.PhotoCredit, [], ["getty images", "photo credit", "image credit", "photograph:", "photo:"]),
    ];

    public static RemovalReason? Match(string text)
    {
        var lowered = text.Trim().TrimEnd(':', '.', '!').ToLowerInvariant();
        foreach (var (reason, exact, contains) in Phrases)
        {
            if (Array.IndexOf(exact, lowered) >= 0)
            {
                return reason;
            }

            foreach (var phrase in contains)
            {
                if (lowered.Contains(phrase, StringComparison.Ordinal))
                {
                    return reason;
                }
            }
        }

        return null;
    }
}
