using Crosscheck.Core.Cleaning;

namespace Crosscheck.Core.Tests.Cleaning;

public sealed class SampleCorpusCleaningTests
{
    [Theory]
    [InlineData("001", "Advertisement", RemovalReason.Advertisement)]
    [InlineData("001", "Yevgeny Prigozhin is supporting Russian war efforts with weapons supplied by N Korea, the US says. Photo: Getty", RemovalReason.RepeatedDek)]
    [InlineData("001", "Stay informed, daily", RemovalReason.Newsletter)]
    [InlineData("001", "A FREE subscription to The New Daily arrives every morning and evening.", RemovalReason.Newsletter)]
    [InlineData("001", "Copyright © 2024 The New Daily.", RemovalReason.Copyright)]
    [InlineData("001", "All rights reserved.", RemovalReason.Copyright)]
    [InlineData("000", "White House National Security Council Strategic Communications Coordinator John Kirby speaks during a press briefing at the White House in Washington, U.S., Nov. 28, 2022. (Reuters File Photo)", RemovalReason.Caption)]
    [InlineData("002", "See also J.K. Quitch to change name, citing Rowling's 'anti-trans positions'", RemovalReason.RelatedLink)]
    [InlineData("002", "Leave a Reply", RemovalReason.CommentPrompt)]
    [InlineData("002", "Your email address will not be published. Required fields are marked *", RemovalReason.CommentPrompt)]
    [InlineData("002", "Our Standards: Thomson Reuters Trust Principles.", RemovalReason.Credit)]
    [InlineData("003", "Russian President Vladimir Putin, right, and North Korea's leader Kim Jong Un pose for pho", RemovalReason.Caption)]
    [InlineData("003", "Yuri Kadobnov/Pool Photo via AP", RemovalReason.PhotoCredit)]
    [InlineData("003", "The Associated Press", RemovalReason.PhotoCredit)]
    [InlineData("003", "Please let us know if you're having issues with commenting.", RemovalReason.CommentPrompt)]
    [InlineData("004", "This post appeared first on FOX NEWS", RemovalReason.Credit)]
    public void Boilerplate_line_is_removed_with_its_reason(string article, string line, RemovalReason reason)
    {
        var clean = SampleCorpus.Clean(article);
        Assert.Contains(new RemovedLine(line, reason), clean.Removed);
        Assert.DoesNotContain(line, clean.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("003", "(AP Photo/Alexander Zemlianichenko)")]
    [InlineData("003", "picking up military supplies for the private Wagner military group fighting in Ukraine. (AFP)")]
    [InlineData("003", "after North Korea fired three short-range ballistic missiles according to South Korea’s military (AFP)")]
    public void Photo_caption_ending_in_an_agency_credit_is_removed(string article, string ending)
    {
        var clean = SampleCorpus.Clean(article);
        Assert.Contains(clean.Removed, r => r.Reason == RemovalReason.Caption && r.Text.EndsWith(ending, StringComparison.Ordinal));
        Assert.DoesNotContain(ending, clean.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_paragraphs_are_kept_whole()
    {
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            var raw = SampleCorpus.Raw(prefix);
            var clean = SampleCorpus.Clean(prefix);
            var bodyLines = raw.Content.Split('\n').Select(l => l.Trim()).Where(l => l.Split(" ").Length >= 25 && !IsCaptionWithCredit(l) && !clean.Credits.Contains(l));
            foreach (var line in bodyLines)
            {
                var withoutDateline = line.StartsWith("WASHINGTON, Dec 22 (Reuters) – ", StringComparison.Ordinal) ? line["WASHINGTON, Dec 22 (Reuters) – ".Length..] : line;
                Assert.Contains(System.Text.RegularExpressions.Regex.Replace(withoutDateline, @"\s+", " "), clean.Text, StringComparison.Ordinal);
            }
        }
    }

    private static bool IsCaptionWithCredit(string line) =>
        line.EndsWith("(Reuters File Photo)", StringComparison.Ordinal)
        || line.EndsWith("(AP Photo/Alexander Zemlianichenko)", StringComparison.Ordinal)
        || line.EndsWith("(AFP)", StringComparison.Ordinal);

    [Fact]
    public void Section_headings_inside_the_body_are_kept()
    {
        Assert.Contains("Fight for Bakhmut", SampleCorpus.Clean("000").Text, StringComparison.Ordinal);
        Assert.Contains("Bans on Wagner", SampleCorpus.Clean("002").Text, StringComparison.Ordinal);
        Assert.Contains("White House unconvinced", SampleCorpus.Clean("001").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Outlet_is_found_where_the_text_names_itself()
    {
        Assert.Equal("The New Daily", SampleCorpus.Clean("001").Outlet);
        Assert.Equal("Fox News", SampleCorpus.Clean("004").Outlet);
    }

    [Fact]
    public void Wire_dateline_is_taken_out_and_dates_the_article()
    {
        var clean = SampleCorpus.Clean("002");
        Assert.Equal("WASHINGTON, Dec 22 (Reuters)", clean.Dateline);
        Assert.Equal(new DateOnly(2022, 12, 22), clean.Published?.Date);
        Assert.StartsWith("Russian military firm Wagner Group", clean.Text, StringComparison.Ordinal);
        Assert.Contains("Reuters", clean.Credits);
        Assert.Contains(clean.Credits, c => c.StartsWith("Report by Steve Holland", StringComparison.Ordinal));
    }

    [Fact]
    public void Caption_dates_and_copyright_years_do_not_date_an_article()
    {
        Assert.Null(SampleCorpus.Clean("000").Published);
        Assert.Null(SampleCorpus.Clean("001").Published);
        Assert.Null(SampleCorpus.Clean("003").Published);
    }

    [Fact]
    public void Headline_becomes_the_title()
    {
        Assert.Equal("N. Korea sent arms to Russia's Wagner Group for Ukraine War: US", SampleCorpus.Clean("000").Title);
        Assert.Equal("Russia supplied with North Korean arms: US", SampleCorpus.Clean("001").Title);
        Assert.Equal("White House: North Korea Is Arming Russia in Ukraine", SampleCorpus.Clean("003").Title);
    }

    [Fact]
    public void Sample_reports_are_detected_as_English()
    {
        Assert.All(SampleCorpus.All(), a => Assert.Equal("en", a.Language));
    }
}
