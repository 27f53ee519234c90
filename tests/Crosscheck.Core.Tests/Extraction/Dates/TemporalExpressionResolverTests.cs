using Crosscheck.Core.Extraction.Dates;
using Crosscheck.Core.Stories;

namespace Crosscheck.Core.Tests.Extraction.Dates;

public class TemporalExpressionResolverTests
{
    private static readonly DateOnly Thursday = new(2022, 12, 22);

    private static TemporalExpression Single(string text, DateOnly? reference) =>
        Assert.Single(TemporalExpressionResolver.Extract(text, reference));

    [Theory]
    [InlineData("a senior U.S. official said Thursday.", "Thursday", "2022-12-22")]
    [InlineData("Zelenskyy told Congress on Wednesday that aid mattered.", "on Wednesday", "2022-12-21")]
    [InlineData("The attack came on Sunday.", "on Sunday", "2022-12-18")]
    [InlineData("They met last Thursday.", "last Thursday", "2022-12-15")]
    [InlineData("They will meet on Monday.", "on Monday", "2022-12-26")]
    public void Weekdays_resolve_to_the_most_recent_one_unless_the_sentence_looks_ahead(string text, string span, string iso)
    {
        var expression = Single(text, Thursday);
        Assert.Equal(TemporalKind.Weekday, expression.Kind);
        Assert.Equal(span, expression.Text);
        Assert.Equal(iso, expression.Iso);
        Assert.Equal(DatePrecision.Day, expression.Precision);
        Assert.True(expression.Resolved);
    }

    [Fact]
    public void A_past_tense_verb_keeps_a_weekday_in_the_past_even_after_will()
    {
        var expression = Single("U.S. supplies will not help settle the conflict, Moscow said on Tuesday.", Thursday);
        Assert.Equal("2022-12-20", expression.Iso);
    }

    [Theory]
    [InlineData("Dec. 22", "2022-12-22")]
    [InlineData("Feb. 24", "2022-02-24")]
    [InlineData("December 22, 2022", "2022-12-22")]
    [InlineData("Aug. 9, 2016", "2016-08-09")]
    [InlineData("24 February 2022", "2022-02-24")]
    [InlineData("2022-02-24", "2022-02-24")]
    public void Month_and_day_resolve_to_the_nearest_past_date_or_keep_their_year(string date, string iso)
    {
        var expression = Single("The invasion began on " + date + " at dawn.", Thursday);
        Assert.Equal(TemporalKind.Date, expression.Kind);
        Assert.Equal("on " + date, expression.Text);
        Assert.Equal(iso, expression.Iso);
        Assert.Equal(DatePrecision.Day, expression.Precision);
    }

    [Fact]
    public void Month_and_day_after_set_to_resolve_into_the_future()
    {
        var expression = Single("Republicans are set to take control of the House on Jan. 3.", Thursday);
        Assert.Equal("on Jan. 3", expression.Text);
        Assert.Equal(new DateOnly(2023, 1, 3), expression.Date);
    }

    [Fact]
    public void Month_and_day_without_a_future_cue_stay_in_the_past()
    {
        var expression = Single("The talks took place on Jan. 3.", Thursday);
        Assert.Equal(new DateOnly(2022, 1, 3), expression.Date);
    }

    [Theory]
    [InlineData("after holding referendums in September", "in September", "2022-09", TemporalModifier.None)]
    [InlineData("Since August, they have been bogged down.", "Since August", "2022-08", TemporalModifier.Since)]
    [InlineData("In November, the White House said so.", "In November", "2022-11", TemporalModifier.None)]
    [InlineData("Shipments arrived in December.", "in December", "2022-12", TemporalModifier.None)]
    [InlineData("It dates from early March.", "early March", "2022-03", TemporalModifier.Early)]
    [InlineData("in November 2019 the deal failed", "in November 2019", "2019-11", TemporalModifier.None)]
    public void Months_resolve_to_the_most_recent_one_not_after_the_reference(string text, string span, string iso, TemporalModifier modifier)
    {
        var expression = Single(text, Thursday);
        Assert.Equal(span, expression.Text);
        Assert.Equal(iso, expression.Iso);
        Assert.Equal(DatePrecision.Month, expression.Precision);
        Assert.Equal(modifier, expression.Modifier);
    }

    [Theory]
    [InlineData("Bonds may rise. Troops march on.")]
    [InlineData("They met on Mondays and Fridays.")]
    public void Lowercase_verbs_and_plural_weekdays_are_not_dates(string text) =>
        Assert.Empty(TemporalExpressionResolver.Extract(text, Thursday));

    [Theory]
    [InlineData("yesterday", "2022-12-21", DatePrecision.Day)]
    [InlineData("today", "2022-12-22", DatePrecision.Day)]
    [InlineData("last month", "2022-11", DatePrecision.Month)]
    [InlineData("last year", "2021", DatePrecision.Year)]
    [InlineData("last week", "2022-W50", DatePrecision.Day)]
    [InlineData("two weeks ago", "2022-12-08", DatePrecision.Day)]
    [InlineData("three months ago", "2022-09", DatePrecision.Month)]
    [InlineData("earlier this year", "2022", DatePrecision.Year)]
    public void Relative_expressions_resolve_against_the_reference(string phrase, string iso, DatePrecision precision)
    {
        var expression = Single("The shipment was delivered " + phrase + ", officials said.", Thursday);
        Assert.Equal(TemporalKind.Relative, expression.Kind);
        Assert.Equal(phrase, expression.Text);
        Assert.Equal(iso, expression.Iso);
        Assert.Equal(precision, expression.Precision);
    }

    [Fact]
    public void Last_week_spans_monday_to_sunday_of_the_week_before()
    {
        var expression = Single("Sky News reported last week that the cemetery is filling up.", Thursday);
        Assert.Equal(new DateOnly(2022, 12, 12), expression.Date);
        Assert.Equal(new DateOnly(2022, 12, 18), expression.LastDate);
    }

    [Fact]
    public void Earlier_this_year_ends_at_the_reference()
    {
        var expression = Single("He said so earlier this year.", Thursday);
        Assert.Equal(new DateOnly(2022, 1, 1), expression.Date);
        Assert.Equal(Thursday, expression.LastDate);
    }

    [Theory]
    [InlineData("10 months", 10, TemporalUnit.Month, "P10M")]
    [InlineData("10-month-old", 10, TemporalUnit.Month, "P10M")]
    [InlineData("three days", 3, TemporalUnit.Day, "P3D")]
    [InlineData("two decades", 2, TemporalUnit.Decade, "P20Y")]
    [InlineData("36 hours", 36, TemporalUnit.Hour, "PT36H")]
    public void Durations_are_lengths_of_time_not_dates(string phrase, double amount, TemporalUnit unit, string iso)
    {
        var expression = Single("The siege has lasted " + phrase + " so far.", Thursday);
        Assert.Equal(TemporalKind.Duration, expression.Kind);
        Assert.Equal(phrase, expression.Text);
        Assert.Null(expression.Date);
        Assert.Equal(iso, expression.Iso);
        Assert.Equal(new TemporalDuration(amount, unit), expression.Duration);
    }

    [Fact]
    public void A_rate_is_not_a_duration()
    {
        Assert.Empty(TemporalExpressionResolver.Extract("It spends $100 million a month, a day after the vote.", Thursday));
    }

    [Theory]
    [InlineData("in 2014", "2014", TemporalModifier.None)]
    [InlineData("since 2014", "2014", TemporalModifier.Since)]
    [InlineData("in mid-2021", "2021", TemporalModifier.Mid)]
    public void Years_after_a_preposition_are_dates_of_year_precision(string phrase, string iso, TemporalModifier modifier)
    {
        var expression = Single("The group was founded " + phrase + " in secret.", null);
        Assert.Equal(phrase, expression.Text);
        Assert.Equal(iso, expression.Iso);
        Assert.Equal(DatePrecision.Year, expression.Precision);
        Assert.Equal(modifier, expression.Modifier);
        Assert.True(expression.Resolved);
    }

    [Fact]
    public void Without_a_reference_only_absolute_dates_resolve()
    {
        var expressions = TemporalExpressionResolver.Extract(
            "On Thursday, a day after Dec. 20, officials said the deal of December 22, 2022 was signed last month.", null);
        Assert.Equal(["On Thursday", "after Dec. 20", "December 22, 2022", "last month"], expressions.Select(e => e.Text));
        Assert.Equal([false, false, true, false], expressions.Select(e => e.Resolved));
        Assert.Equal("--12-20", expressions[1].Iso);
        Assert.Equal(TemporalModifier.After, expressions[1].Modifier);
        Assert.Equal("2022-12-22", expressions[2].Iso);
    }

    [Fact]
    public void Sample_000_thursday_is_the_reference_day_and_the_war_is_a_10_month_duration()
    {
        var text = SampleCorpus.Clean("000").Text;
        var expressions = TemporalExpressionResolver.Extract(text, Thursday);

        var thursday = expressions.First(e => e.Text == "Thursday");
        Assert.Equal(Thursday, thursday.Date);
        var lastMonth = Assert.Single(expressions, e => e.Text == "last month");
        Assert.Equal("2022-11", lastMonth.Iso);
        Assert.Equal(DatePrecision.Month, lastMonth.Precision);
        var invasion = Assert.Single(expressions, e => e.Text == "10-month-old");
        Assert.Equal(TemporalKind.Duration, invasion.Kind);
        Assert.Equal(new DateOnly(2023, 1, 3), Assert.Single(expressions, e => e.Text == "on Jan. 3").Date);
        Assert.Equal(new DateOnly(2022, 2, 24), Assert.Single(expressions, e => e.Text == "on Feb. 24").Date);
    }

    [Fact]
    public void Sample_003_end_of_last_year_is_the_year_before_with_year_precision()
    {
        var text = SampleCorpus.Clean("003").Text;
        var expression = Assert.Single(TemporalExpressionResolver.Extract(text, new DateOnly(2023, 1, 20)),
            e => e.Text == "toward the end of last year");
        Assert.Equal("2022", expression.Iso);
        Assert.Equal(DatePrecision.Year, expression.Precision);
        Assert.Equal(TemporalModifier.Late, expression.Modifier);
    }

    [Fact]
    public void Random_input_never_throws_and_spans_stay_in_range()
    {
        string[] pieces =
        [
            "on ", "in ", "since ", "last ", "next ", "early ", "mid-", "toward the end of ", "Thursday", "Mondays", "May", "March",
            "Dec.", "December", "Feb", " ", "\n", ".", ",", "-", "29", "31", "0", "99", "2022", "1600", "9999", "year", "month",
            "week", "weekend", "ago", "a ", "two ", "1,000 ", "1.5 ", "days", "-old", "will ", "said ", "today", "\uD83D\uDE00",
            "\uDC00", "st", "th", "of ", "the ", "2024-02-30", "2024-02-29",
        ];
        var random = new Random(20230120);
        DateOnly?[] references = [null, new DateOnly(2024, 2, 29), new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31), Thursday];
        for (var round = 0; round < 2000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            var reference = references[random.Next(references.Length)];
            var lastEnd = 0;
            foreach (var expression in TemporalExpressionResolver.Extract(text, reference))
            {
                Assert.InRange(expression.Start, lastEnd, expression.End);
                Assert.InRange(expression.End, expression.Start, text.Length);
                Assert.Equal(text[expression.Start..expression.End], expression.Text);
                Assert.True(!expression.Resolved || expression.Iso is not null);
                lastEnd = expression.End;
            }
        }
    }
}
