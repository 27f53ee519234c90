using System.Text;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Ingest;

namespace Crosscheck.Core.Tests.Cleaning;

public class LinkCardCleaningTests
{
    private static CleanArticle Clean(string text)
    {
        var article = Assert.Single(DocumentReader.Read("article.txt", Encoding.UTF8.GetBytes(text)).Articles);
        return ArticleCleaner.Clean(article, new CleanerOptions(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Link_card_flattened_after_a_name_is_removed_and_the_name_kept()
    {
        var clean = Clean(
            "Senators pressed the agency on Tuesday for answers about the review.\n\n"
            + "The indictment stems from special counsel Robert Mueller Robert Swan MuellerSasse: US should applaud choice of Mueller to lead Russia probe MORE and his team, officials said on Tuesday.\n\n"
            + "The committee will meet again next week to hear from the agency's director.");

        Assert.Contains("special counsel Robert Mueller and his team, officials said", clean.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("MORE", clean.Text, StringComparison.Ordinal);
        Assert.Contains(clean.Removed, r => r.Reason == RemovalReason.RelatedLink && r.Text.StartsWith("Robert Swan MuellerSasse", StringComparison.Ordinal));
    }

    [Fact]
    public void Wire_credit_in_parentheses_leaves_the_body_for_the_credits()
    {
        const string credit = "(Reporting by Chris Buckley; Editing by Mark Bendeich)";
        var clean = Clean(
            "Officials were removed from their posts after the protest, the party said on Tuesday.\n\n"
            + "\"You can't let them escape from legal punishment,\" he said.\n\n"
            + credit);

        Assert.DoesNotContain("Editing by", clean.Text, StringComparison.Ordinal);
        Assert.Contains(credit, clean.Credits);
    }

    [Fact]
    public void Capitalised_more_without_a_repeated_name_is_kept()
    {
        var clean = Clean(
            "Voters in Ohio said they wanted MORE jobs and better roads, according to the survey published on Monday.\n\n"
            + "The survey of 1,200 residents was carried out by the state university over three weeks.");

        Assert.Contains("wanted MORE jobs", clean.Text, StringComparison.Ordinal);
    }
}
