using System.Text.RegularExpressions;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// Decides whether a block is boilerplate and why. Each decision combines a lexical cue with structural signals
/// (length, stop-word density, sentence form, position, neighbours, repetition across the outlet's articles), as
/// jusText and trafilatura do: a cue alone never removes a long, prose-like paragraph.
/// </summary>
public static partial class BoilerplateClassifier
{
    /// <summary>Classifies one block on its own and with its immediate neighbours; null means body text.</summary>
    public static RemovalReason? Classify(TextBlock block, TextBlock? previous, TextBlock? next, int outletRepeats, int minRepeats)
    {
        var text = block.Text.Trim();
        var words = block.Words;
        var prose = words >= 12 && block.StopWordDensity >= 0.25 && block.EndsLikeSentence;

        if (words <= 6 && AdvertisementCue().IsMatch(text))
        {
            return RemovalReason.Advertisement;
        }

        if (words <= 30 && !block.EndsLikeSentenceStrictly() && RelatedLinkCue().IsMatch(text))
        {
            return RemovalReason.RelatedLink;
        }

        // "Story highlights Burt Reynolds went to a hospital ...": the page's summary bullets, copied with their label, say
        // again what the article says.
        if (words <= 120 && text.StartsWith("Story highlights", StringComparison.OrdinalIgnoreCase))
        {
            return RemovalReason.RepeatedDek;
        }

        if (words <= 25 && CommentCue().IsMatch(text) && (words <= 4 || AddressesReader().IsMatch(text)) && (block.IsInTail || words <= 6))
        {
            return RemovalReason.CommentPrompt;
        }

        if (words <= 40 && CopyrightCue().IsMatch(text) && (block.IsInTail || words <= 12))
        {
            return RemovalReason.Copyright;
        }

        if (words <= 40 && NewsletterCue().IsMatch(text) && (block.IsInTail || !prose || NewsletterOffer().IsMatch(text)))
        {
            return RemovalReason.Newsletter;
        }

        // A sign-up box's fine print ("By signing up you agree to receive email newsletters … You can unsubscribe at any
        // time") runs longer than an offer, and no reporting says it.
        if (words <= 80 && NewsletterFinePrint().IsMatch(text))
        {
            return RemovalReason.Newsletter;
        }

        // "First published April 25, 8:32 p.m. PT.", "Updated: 11:34 PM EST": the page's stamp, not the story's.
        if (words <= 14 && PageStamp().IsMatch(text))
        {
            return RemovalReason.Navigation;
        }

        // "12 issues for £11.99. Click here for more information", "Follow us on Twitter @site": a call to the reader
        // to act, which reporting quotes rather than makes.
        if (words <= 40 && CallToAction().IsMatch(text))
        {
            return SubscriptionOffer().IsMatch(text) ? RemovalReason.Newsletter : RemovalReason.Navigation;
        }

        if (IsPhotoCredit(text, words))
        {
            return RemovalReason.PhotoCredit;
        }

        // "© Jane Doe Detainees at the centre on May 18": a photo's copyright holder opens its caption; no paragraph of
        // the article's own opens with one. Wire captions copied into the text open with their photo ("In this photo taken
        // May 4, 2012, ...", "This photo provided by the U.S. Coast Guard shows ...").
        if (words <= 80 && (text.StartsWith('©') || WireCaption().IsMatch(text)))
        {
            return RemovalReason.Caption;
        }

        if (IsCaption(text, words, next))
        {
            return RemovalReason.Caption;
        }

        // Text copied from a page keeps its photo and video players' labels at the start of a block ("Image caption The
        // climb took 16 hours", "Media playback is unsupported on your device"): the block is that caption.
        if (words <= 80 && PlayerLabel().IsMatch(text))
        {
            return RemovalReason.Caption;
        }

        if (words <= 120 && (EmbeddedPlayer().IsMatch(text) || IsIconRow(text, words)))
        {
            return RemovalReason.Navigation;
        }

        if (words <= 30 && NavigationSeparators().Count(text) >= 3 && block.StopWordDensity < 0.2)
        {
            return RemovalReason.Navigation;
        }

        // A short line the same outlet prints in many articles is its template, not its reporting.
        if (outletRepeats >= minRepeats && (words <= 15 || !block.EndsLikeSentence))
        {
            return RemovalReason.Navigation;
        }

        return null;
    }

    /// <summary>Credit lines carry reporting and syndication metadata: they leave the body for the credits list.</summary>
    public static bool IsCreditLine(string text, int words) => words <= 60 && CreditCue().IsMatch(text.Trim());

    /// <summary>The outlet a credit or copyright line names ("This post appeared first on FOX NEWS", "Copyright © 2024 The New Daily.").</summary>
    public static string? OutletNamedBy(string text)
    {
        // "Image copyright Reuters Image caption Shelves stood empty": a photo's credit, not the article's.
        if (PlayerLabel().IsMatch(text.TrimStart()))
        {
            return null;
        }

        var appeared = AppearedFirstOn().Match(text);
        if (appeared.Success)
        {
            return NormaliseOutlet(appeared.Groups["outlet"].Value);
        }

        var copyright = CopyrightOwner().Match(text);
        return copyright.Success ? NormaliseOutlet(copyright.Groups["outlet"].Value) : null;
    }

    private static bool EndsLikeSentenceStrictly(this TextBlock block)
    {
        var trimmed = block.Text.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?';
    }

    // A row of sharing buttons copied with the page ("Pinterest icon Facebook icon Close icon"): counted rather than matched
    // with a pattern, which every block would run word by word.
    private static bool IsIconRow(string text, int words)
    {
        if (words > 30)
        {
            return false;
        }

        var icons = 0;
        for (var at = text.IndexOf(" icon", StringComparison.OrdinalIgnoreCase); at >= 0 && icons < 3; at = text.IndexOf(" icon", at + 5, StringComparison.OrdinalIgnoreCase))
        {
            icons++;
        }

        return icons >= 3;
    }

    private static bool IsPhotoCredit(string text, int words)
    {
        if (words > 10 || text.EndsWith('.'))
        {
            return false;
        }

        return PhotoCreditCue().IsMatch(text) || (words <= 4 && AgencyName().IsMatch(text));
    }

    private static bool IsCaption(string text, int words, TextBlock? next)
    {
        if (words < 4 || words > 80)
        {
            return false;
        }

        if (TrailingPhotoCredit().IsMatch(text))
        {
            return true;
        }

        // A caption cut off mid-word by the page's layout, directly above its photo credit.
        var nextIsCredit = next is not null && IsPhotoCredit(next.Text.Trim(), next.Words);
        return nextIsCredit && !text.TrimEnd().EndsWith('.') && (CaptionPositionCue().IsMatch(text) || words <= 25);
    }

    private static string NormaliseOutlet(string name)
    {
        var trimmed = name.Trim().TrimEnd('.', ',', ';', ' ');
        trimmed = AllRightsReserved().Replace(trimmed, string.Empty).Trim().TrimEnd('.', ',', ';', ' ');
        var isShouted = trimmed.Length > 4 && trimmed.All(c => !char.IsLetter(c) || char.IsUpper(c));
        return isShouted ? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(trimmed.ToLowerInvariant()) : trimmed;
    }

    // One cue or several in a row ("Advertisement Continue reading the main story").
    [GeneratedRegex(@"^((advertisement|advertisements|advert|sponsored( content)?|paid (content|post)|promoted( content)?|story continues below( this)? advertisement|continue reading (below|the main story)|ad)\W*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex AdvertisementCue();

    [GeneratedRegex(@"^(image (copyright|caption)|media (playback is unsupported|caption)|(hide|close|toggle) caption|caption close|enlarge (this )?image|video loading|video unavailable|(?-i:CLOSE)(?= [A-Z]))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlayerLabel();

    // A video player's controls and sharing code, or a gallery's, copied with the page ("Embed ... 0:32 autoplay autoplay Copy
    // this code to your website").
    [GeneratedRegex(@"\bautoplay\b.*\bcopy this code\b|\bback to gallery\b", RegexOptions.IgnoreCase)]
    private static partial Regex EmbeddedPlayer();

    [GeneratedRegex(@"^(see also|read more|read also|also read|related( stories| articles| coverage)?|recommended( for you)?|you may also like|more from|more on this|read next|watch|listen|trending|most read|popular)\b\W|^(video|photos?|gallery|slideshow|podcast):", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedLinkCue();

    [GeneratedRegex(@"\b(comments?|commenting|leave a reply|reply|join the (conversation|discussion)|email address will not be published|required fields are marked)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommentCue();

    // Comment prompts speak to the reader (second person or an imperative); reporting about comments does not.
    [GeneratedRegex(@"\b(you|your|you're|us)\b|^(leave|post|add|join|show|view|read|share|write|sign in|log in|be the first)\b|comments (are|have been) (closed|disabled)", RegexOptions.IgnoreCase)]
    private static partial Regex AddressesReader();

    [GeneratedRegex(@"(copyright|©|\(c\) \d{4}|all rights reserved|for your personal,? non-commercial use)", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightCue();

    [GeneratedRegex(@"\b(newsletter|subscri(be|ption|bers?)|sign up|inbox|stay informed|delivered (to you|every|weekday)|daily briefing|get (the|our) (latest|best)|(breaking )?news (emails|alerts))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewsletterCue();

    // An offer that opens its block is one wherever it stands, however prose-like its wording.
    [GeneratedRegex(@"^(breaking news (emails|alerts)|get breaking news|sign up (for|to) (our|the)|subscribe to (our|the))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewsletterOffer();

    [GeneratedRegex(@"\b(by signing up,? you (agree|consent)|(you can|you may) unsubscribe at any time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewsletterFinePrint();

    [GeneratedRegex(@"^(first published|published|updated|last updated|posted)( on| at)?:?\s+(\w+ \d{1,2}\b|\d{1,2}(:\d{2})?\s*[ap]\.?m\b|\d{1,2}/\d{1,2}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PageStamp();

    [GeneratedRegex(
        @"^(FILE\s*[-\u2013\u2014]\s*)?(In (this|a|an)\b([^,.]|[.,](?= \d)){0,40}\b(photo|image|photograph)\b"
        + @"|(This|A|An) (handout |undated |file |police |surveillance )?(photo|image|picture|photograph)( from (a )?video)?\b.{0,80}?\b(provided|released|taken|obtained|made available) by\b.{0,80}?\bshows?\b"
        + @"|(This|A|An) (handout |undated |file )?(photo|image|picture|photograph)( from (a )?video)? from\b.{0,80}?\bshows?\b)")]
    private static partial Regex WireCaption();

    [GeneratedRegex(@"\bclick here\b|\bfollow (us|him|her|me|them)\b[^.]{0,40}(\b(on|at) (twitter|facebook|instagram|linkedin|youtube|threads|bluesky)\b|@\w)|\bemail [a-z]+( [a-z]+)? at \S+@|\bwould you take a moment to share\b|\b\d+ issues for\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallToAction();

    [GeneratedRegex(@"\b(\d+ issues for|delivered (through|to) your (letterbox|door)|subscri(be|ption))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubscriptionOffer();

    [GeneratedRegex(@"(\bphoto\b|\bphotos\b|\bvia (AP|AFP|Reuters|Getty)\b|getty images|/(AP|AFP|Reuters|EPA|Getty)\b|\bpool\b|\bimage:|\bcredit:|\bscreenshot (by|via)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCreditCue();

    [GeneratedRegex(@"^(the )?(associated press|AP|AFP|agence france-presse|reuters|getty images|EPA|bloomberg|UPI|xinhua|tass|yonhap|dpa|ANSA|PA media)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyName();

    [GeneratedRegex(@"(\((?:[^()]*\b(?:photo|AP|AFP|Reuters|Getty|EPA|file|pool|images?)\b[^()]*)\)|\bphoto: [^.]{2,40}|\bpicture: [^.]{2,40})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPhotoCredit();

    [GeneratedRegex(@",\s*(left|right|center|centre|second (left|right)|top|bottom)\s*,|\b(pose|poses|posing|pictured|gestures|speaks during|looks on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionPositionCue();

    [GeneratedRegex(@"[|›»•·]| > ")]
    private static partial Regex NavigationSeparators();

    [GeneratedRegex(@"^\(?(report(ed|ing)? by|additional reporting( by)?|writing by|edited by|editing by|compiled by|produced by|our standards:|this (post|article|story) (first )?appeared (first )?(on|in)|(this (article|story) was )?originally published (on|in|by)|source:)", RegexOptions.IgnoreCase)]
    private static partial Regex CreditCue();

    [GeneratedRegex(@"appeared (first )?(on|in) (?<outlet>[^.\n]{2,60})", RegexOptions.IgnoreCase)]
    private static partial Regex AppearedFirstOn();

    [GeneratedRegex(@"(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?<outlet>[A-Z][^.\n]{1,60})", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightOwner();

    [GeneratedRegex(@"all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex AllRightsReserved();
}
