using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Tests.Cleaning;

public sealed class BoilerplateClassifierTests
{
    private static RemovalReason? Classify(string text, int index = 9, int count = 10, string? next = null) =>
        BoilerplateClassifier.Classify(
            new TextBlock(text, index, count),
            null,
            next is null ? null : new TextBlock(next, index + 1, count),
            outletRepeats: 0,
            minRepeats: 3);

    [Theory]
    [InlineData("FILE - In this June 14, 2012 file photo, President Barack Obama speaks in Cleveland. The White House is partially lifting the lid of secrecy on its campaign... (Associated Press)")]
    [InlineData("FILE - In a Oct. 20, 2007 file photo, actors arrive at a benefit at Sony Pictures... (Associated Press)")]
    [InlineData("FILE - This undated photo provided by Watson Pharmaceuticals Inc., shows Atorvastatin Calcium tablets, a generic form of Lipitor.")]
    public void Wire_file_photo_caption_is_a_caption(string text) =>
        Assert.Equal(RemovalReason.Caption, Classify(text, index: 5, count: 20));

    [Fact]
    public void Reporting_that_opens_with_in_a_statement_and_mentions_a_photo_is_body_text() =>
        Assert.Null(Classify("In a statement, police said the photo showed the suspect leaving the bank shortly after the robbery on Tuesday.", index: 5, count: 20));

    [Fact]
    public void Sign_up_fine_print_is_a_newsletter_block_even_when_long()
    {
        const string text = "The most reliable politics newsletter. Sign up for POLITICO Playbook and get the latest news, every morning \u2014 in your inbox. "
            + "Email Sign Up By signing up you agree to receive email newsletters or alerts from POLITICO. You can unsubscribe at any time.";
        Assert.Equal(RemovalReason.Newsletter, Classify(text, index: 5, count: 20));
    }

    [Theory]
    [InlineData("First published April 25, 8:32 p.m. PT.")]
    [InlineData("Updated at 1:23 p.m.")]
    [InlineData("Published on Feb 23, 2016")]
    public void Page_publication_stamp_is_page_furniture(string text) =>
        Assert.Equal(RemovalReason.Navigation, Classify(text, index: 5, count: 20));

    [Fact]
    public void Sentence_about_an_update_is_body_text() =>
        Assert.Null(Classify("Updated figures published on Monday showed the economy grew by 2 percent in the third quarter.", index: 5, count: 20));

    [Fact]
    public void Reporting_about_comments_is_body_text()
    {
        Assert.Null(Classify("There was no immediate comment on the incident from Ukrainian authorities."));
        Assert.Null(Classify("The ministry declined to comment on the report."));
    }

    [Fact]
    public void Prompt_addressing_the_reader_about_comments_is_removed()
    {
        Assert.Equal(RemovalReason.CommentPrompt, Classify("Join the conversation and share your comments below."));
        Assert.Equal(RemovalReason.CommentPrompt, Classify("Comments"));
    }

    [Fact]
    public void Long_prose_paragraph_with_a_newsletter_word_is_kept_in_the_body()
    {
        var paragraph = "The company said the number of paying subscribers rose by a third last year, driven by the war coverage and a cheaper plan that it introduced in the spring.";
        Assert.Null(Classify(paragraph, index: 2, count: 30));
    }

    [Fact]
    public void Photo_credit_line_is_removed_as_boilerplate()
    {
        Assert.Equal(RemovalReason.PhotoCredit, Classify("Jane Doe/Getty Images", index: 3, count: 30));
    }

    [Fact]
    public void Truncated_caption_above_a_photo_credit_is_a_caption()
    {
        Assert.Equal(RemovalReason.Caption, Classify("The minister, left, and her deputy arrive at the summit in Brus", index: 2, count: 30, next: "John Smith/Reuters"));
    }

    [Theory]
    [InlineData("Image caption The climb up the tower took the two women 16 hours")]
    [InlineData("Image copyright Reuters Image caption Graffiti on the factory gates reads \"No to the closure\"")]
    [InlineData("Media playback is unsupported on your device Media caption A protester unveils a flag at the summit")]
    [InlineData("Enlarge Image Jane Doe/YouTube screenshot by John Smith")]
    [InlineData("CLOSE Police departments across the country responded to emailed threats. USA TODAY")]
    [InlineData("Video Loading Video Unavailable Click to play Tap to play The video will start in 8 Cancel Play now")]
    [InlineData("Photo: Jane Doe / The Chronicle Image 1 of / 25 Caption Close The tower keeps on sinking 1 / 25 Back to Gallery")]
    public void Block_opening_with_a_players_label_is_a_caption(string text)
    {
        Assert.NotNull(Classify(text, index: 3, count: 30));
    }

    [Fact]
    public void A_photos_copyright_label_names_no_outlet()
    {
        Assert.Null(BoilerplateClassifier.OutletNamedBy("Image copyright Reuters Image caption Shelves stood empty for a week"));
    }

    [Fact]
    public void Copied_video_player_with_its_embed_code_is_removed()
    {
        const string text = "Embed Minister says the president will leave on schedule 0:32 autoplay autoplay Copy this code to your website or blog";
        Assert.Equal(RemovalReason.Navigation, Classify(text, index: 3, count: 30));
    }

    [Fact]
    public void Offer_of_news_alerts_by_email_is_a_newsletter_prompt_even_at_the_top()
    {
        const string text = "Breaking News Emails Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.";
        Assert.Equal(RemovalReason.Newsletter, Classify(text, index: 0, count: 30));
    }

    [Fact]
    public void Reprint_notice_screenshot_credit_and_sharing_icons_are_furniture()
    {
        Assert.Equal(RemovalReason.Copyright, Classify("Dow Jones Reprints: This copy is for your personal, non-commercial use only.", index: 0, count: 30));
        Assert.Equal(RemovalReason.PhotoCredit, Classify("Screenshot by Jane Doe/CNET", index: 3, count: 30));
        Assert.Equal(RemovalReason.Navigation, Classify("Enlarge icon Pinterest icon Facebook icon Close icon", index: 3, count: 30));
    }

    [Theory]
    [InlineData("Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.", RemovalReason.Newsletter)]
    [InlineData("Click here to get more information or download this game.", RemovalReason.Navigation)]
    [InlineData("Email Tariq Malik at tmalik@example.com or follow him @tariqjmalik. Follow us on Twitter @Spacedotcom and on Facebook.", RemovalReason.Navigation)]
    [InlineData("Mike Wall's book about the search for alien life, \"Out There\", is out now. Follow him on Twitter @michaeldwall.", RemovalReason.Navigation)]
    [InlineData("A favor: would you take a moment to share this information?", RemovalReason.Navigation)]
    [InlineData("© Lucy Nicholson Detainees at Otay Mesa immigration detention center in San Diego, Calif., on May 18, 2018.", RemovalReason.Caption)]
    public void Calls_to_the_reader_and_captions_opening_with_a_copyright_sign_are_furniture(string text, RemovalReason reason)
    {
        Assert.Equal(reason, Classify(text, index: 3, count: 30));
    }

    [Fact]
    public void Summary_bullets_with_their_label_and_a_labelled_video_link_are_furniture()
    {
        Assert.Equal(RemovalReason.RepeatedDek, Classify("Story highlights Burt Reynolds went to a hospital after developing flu symptoms, his representative says", index: 1, count: 30));
        Assert.Equal(RemovalReason.RelatedLink, Classify("Video: Cool Jobs: Shipwreck Explorer", index: 5, count: 30));
        Assert.Null(Classify("Video shows the moment the bridge collapsed into the river on Tuesday, police said.", index: 5, count: 30));
    }

    [Theory]
    [InlineData("In this photo taken May 4, 2012, Chinese Vice President Xi Jinping speaks at a conference in Beijing.")]
    [InlineData("This photo provided by the U.S. Coast Guard shows the HMS Bounty, a 180-foot sailboat, submerged in the Atlantic Ocean.")]
    [InlineData("A handout photo from the U.S. Embassy Beijing Press office shows blind activist Chen Guangcheng speaking into a phone in Beijing, May 2, 2012.")]
    public void A_wire_caption_opening_with_its_photo_is_a_caption(string text)
    {
        Assert.Equal(RemovalReason.Caption, Classify(text, index: 3, count: 30));
    }

    [Theory]
    [InlineData("A picture with that tweet appeared to show the group using ladders to gain access to the roof of the block.")]
    [InlineData("A video showing the dramatic moment a kidnapped girl was rescued by police was released Monday.")]
    [InlineData("This is a photo of Rep. Buck with fellow Republican Rep. Trey Gowdy of South Carolina.")]
    public void Reporting_about_a_photo_or_a_video_is_body_text(string text)
    {
        Assert.Null(Classify(text, index: 3, count: 30));
    }

    [Fact]
    public void Reporting_about_following_and_clicking_is_body_text()
    {
        Assert.Null(Classify("The senator said she would follow the committee's lead on the bill and vote for it next week.", index: 3, count: 30));
        Assert.Null(Classify("Investigators said the malware spread when employees clicked links in emails that looked like invoices.", index: 3, count: 30));
    }

    [Fact]
    public void Several_advertisement_cues_in_one_block_are_an_advertisement()
    {
        Assert.Equal(RemovalReason.Advertisement, Classify("Advertisement Continue reading the main story", index: 3, count: 30));
    }

    [Fact]
    public void Reporting_about_a_caption_or_an_image_is_body_text()
    {
        Assert.Null(Classify("Close to 300 people were evacuated from the flooded village on Tuesday, the regional governor said.", index: 3, count: 30));
        Assert.Null(Classify("The image caption on the ministry's website was changed after readers complained that it named the wrong town.", index: 3, count: 30));
    }

    [Fact]
    public void Line_repeated_across_an_outlets_articles_is_template_text()
    {
        var block = new TextBlock("Follow our live coverage", 3, 30);
        Assert.Equal(RemovalReason.Navigation, BoilerplateClassifier.Classify(block, null, null, outletRepeats: 5, minRepeats: 3));
        Assert.Null(BoilerplateClassifier.Classify(block, null, null, outletRepeats: 1, minRepeats: 3));
    }

    [Fact]
    public void Outlet_is_read_from_credit_and_copyright_lines()
    {
        Assert.Equal("Fox News", BoilerplateClassifier.OutletNamedBy("This post appeared first on FOX NEWS"));
        Assert.Equal("The New Daily", BoilerplateClassifier.OutletNamedBy("Copyright © 2024 The New Daily."));
        Assert.Equal("Acme Media Ltd", BoilerplateClassifier.OutletNamedBy("© 2019-2024 Acme Media Ltd. All rights reserved."));
    }
}
