using Crosscheck.Core.Extraction.Quantities;

namespace Crosscheck.Core.Tests.Extraction.Quantities;

public class QuantityExtractorTests
{
    private static Quantity Single(string text) => Assert.Single(QuantityExtractor.Extract(text));

    [Theory]
    [InlineData("The group has 50,000 personnel in the country.", 50_000, "personnel")]
    [InlineData("It hired 10,000 contractors last year.", 10_000, "contractors")]
    [InlineData("One person was killed in the attack.", 1, "person")]
    [InlineData("Officials counted 1.5 million refugees at the border.", 1_500_000, "refugees")]
    [InlineData("Moscow annexed four provinces after the vote.", 4, "provinces")]
    public void Counts_carry_their_value_and_counted_noun(string text, double value, string frame)
    {
        var quantity = Single(text);
        Assert.Equal(QuantityKind.Count, quantity.Kind);
        Assert.Equal(value, quantity.Value);
        Assert.Equal(frame, quantity.Frame);
        Assert.Null(quantity.Unit);
    }

    [Theory]
    [InlineData("They sent 1,000 troops.")]
    [InlineData("They sent 1000 troops.")]
    [InlineData("They sent one thousand troops.")]
    [InlineData("They sent 1k troops.")]
    public void Every_way_of_writing_a_thousand_gives_the_same_value(string text)
    {
        var quantity = Single(text);
        Assert.Equal(1000, quantity.Value);
        Assert.Equal("troops", quantity.Frame);
    }

    [Theory]
    [InlineData("two hundred and fifty thousand people", 250_000)]
    [InlineData("twenty-five people", 25)]
    [InlineData("a million people", 1_000_000)]
    [InlineData("half a million people", 500_000)]
    [InlineData("1.85 billion people", 1_850_000_000)]
    public void Written_numbers_and_scales_are_normalised(string text, double value)
    {
        var quantity = Single(text);
        Assert.Equal(value, quantity.Value);
        Assert.Equal("people", quantity.Frame);
    }

    [Fact]
    public void Tens_of_thousands_is_an_order_of_magnitude_of_people()
    {
        var quantity = Single("a war in which tens of thousands of people have been killed");
        Assert.Equal("tens of thousands", quantity.Text);
        Assert.Equal(10_000, quantity.Value);
        Assert.Equal(100_000, quantity.UpperValue);
        Assert.Equal("people", quantity.Frame);
    }

    [Fact]
    public void Head_noun_skips_premodifiers_and_keeps_a_short_following_modifier()
    {
        var quantities = QuantityExtractor.Extract("Wagner has 50,000 personnel, including 10,000 contractors and 40,000 convicts recruited "
            + "from Russian prisons.");
        Assert.Equal(["personnel", "contractors", "convicts"], quantities.Select(q => q.Frame));
        Assert.Equal("recruited from Russian prisons", quantities[2].FrameModifier);
    }

    [Theory]
    [InlineData("$100 million", 1e8, "$")]
    [InlineData("US$100 million", 1e8, "USD")]
    [InlineData("€5bn", 5e9, "EUR")]
    [InlineData("£3.2 billion", 3.2e9, "GBP")]
    [InlineData("100 million dollars", 1e8, "$")]
    [InlineData("20 million euros", 2e7, "EUR")]
    [InlineData("$5m", 5e6, "$")]
    [InlineData("USD 40 million", 4e7, "USD")]
    [InlineData("40 million US dollars", 4e7, "USD")]
    [InlineData("40 million Hong Kong dollars", 4e7, "HKD")]
    public void Money_is_scaled_and_carries_its_currency(string amount, double value, string currency)
    {
        var quantity = Single("The fund received " + amount + " last year.");
        Assert.Equal(QuantityKind.Money, quantity.Kind);
        Assert.Equal(amount, quantity.Text);
        Assert.Equal(value, quantity.Value);
        Assert.Equal(currency, quantity.Unit);
    }

    [Fact]
    public void Bracketed_conversion_is_one_amount_with_a_conversion()
    {
        var quantity = Single("He was spending more than $US100 million ($148 million) a month on the war.");
        Assert.Equal("more than $US100 million ($148 million) a month", quantity.Text);
        Assert.Equal(1e8, quantity.Value);
        Assert.Equal("USD", quantity.Unit);
        Assert.Equal(QuantityQualifier.MoreThan, quantity.Qualifier);
        Assert.Equal("month", quantity.Per);
        Assert.NotNull(quantity.Conversion);
        Assert.Equal(1.48e8, quantity.Conversion.Value);
        Assert.Equal("$148 million", quantity.Conversion.Text);
    }

    [Fact]
    public void Measure_with_a_converted_unit_is_one_measurement_of_the_noun_it_modifies()
    {
        var quantity = Single("Poland shares a roughly 500-kilometer (310-mile) border with Ukraine.");
        Assert.Equal(QuantityKind.Measure, quantity.Kind);
        Assert.Equal(500, quantity.Value);
        Assert.Equal("km", quantity.Unit);
        Assert.Equal(QuantityQualifier.Approximately, quantity.Qualifier);
        Assert.Equal(310, quantity.Conversion?.Value);
        Assert.Equal("mi", quantity.Conversion?.Unit);
        Assert.Equal("border", quantity.Frame);
    }

    [Theory]
    [InlineData("output of 300,000 barrels", 300_000, "bbl")]
    [InlineData("a 40 km convoy", 40, "km")]
    [InlineData("2 million tonnes of grain", 2e6, "t")]
    [InlineData("12 square kilometres", 12, "km2")]
    public void Measures_normalise_their_units(string text, double value, string unit)
    {
        var quantity = Single(text);
        Assert.Equal(QuantityKind.Measure, quantity.Kind);
        Assert.Equal(value, quantity.Value);
        Assert.Equal(unit, quantity.Unit);
    }

    [Theory]
    [InlineData("Russian forces hold around 60% of Donetsk.", 60, QuantityQualifier.Approximately)]
    [InlineData("Prices rose 12 percent in a year.", 12, QuantityQualifier.None)]
    [InlineData("Turnout was 45 per cent.", 45, QuantityQualifier.None)]
    public void Percentages_are_percent_quantities(string text, double value, QuantityQualifier qualifier)
    {
        var quantity = Single(text);
        Assert.Equal(QuantityKind.Percent, quantity.Kind);
        Assert.Equal("%", quantity.Unit);
        Assert.Equal(value, quantity.Value);
        Assert.Equal(qualifier, quantity.Qualifier);
    }

    [Theory]
    [InlineData("10 to 15 soldiers", 10, 15)]
    [InlineData("between 3 and 5 soldiers", 3, 5)]
    [InlineData("10-15 soldiers", 10, 15)]
    [InlineData("between 3 and 5 million soldiers", 3e6, 5e6)]
    public void Ranges_have_a_lower_and_an_upper_value(string text, double value, double upper)
    {
        var quantity = Single(text);
        Assert.Equal(text[..^" soldiers".Length], quantity.Text);
        Assert.Equal(value, quantity.Value);
        Assert.Equal(upper, quantity.UpperValue);
        Assert.Equal("soldiers", quantity.Frame);
    }

    [Theory]
    [InlineData("about", QuantityQualifier.Approximately)]
    [InlineData("around", QuantityQualifier.Approximately)]
    [InlineData("roughly", QuantityQualifier.Approximately)]
    [InlineData("some", QuantityQualifier.Approximately)]
    [InlineData("nearly", QuantityQualifier.Nearly)]
    [InlineData("almost", QuantityQualifier.Nearly)]
    [InlineData("more than", QuantityQualifier.MoreThan)]
    [InlineData("over", QuantityQualifier.MoreThan)]
    [InlineData("at least", QuantityQualifier.AtLeast)]
    [InlineData("up to", QuantityQualifier.UpTo)]
    [InlineData("fewer than", QuantityQualifier.LessThan)]
    [InlineData("less than", QuantityQualifier.LessThan)]
    [InlineData("no more than", QuantityQualifier.AtMost)]
    public void Qualifiers_are_read_and_included_in_the_span(string qualifier, QuantityQualifier expected)
    {
        var quantity = Single($"The army lost {qualifier} 300 tanks.");
        Assert.Equal(expected, quantity.Qualifier);
        Assert.Equal(qualifier + " 300", quantity.Text);
        Assert.Equal(300, quantity.Value);
    }

    [Theory]
    [InlineData("The group was founded in 2014 after the war began.")]
    [InlineData("It happened on Nov. 28, 2022, in the capital.")]
    [InlineData("The strike came on 22 December.")]
    [InlineData("He was the 2nd speaker and the 10th visitor.")]
    [InlineData("It did not work like Russia's S-300 system or the F-16.")]
    [InlineData("\"1. Russia must lose. 2. No compromises.\"")]
    [InlineData("The meeting started at 10:30 and ended at 5 p.m.")]
    [InlineData("No one was hurt and one of them left.")]
    [InlineData("It has been a 10-month war lasting 10 months.")]
    [InlineData("The first and second rounds were held.")]
    public void Years_dates_ordinals_labels_and_durations_are_not_quantities(string text) =>
        Assert.Empty(QuantityExtractor.Extract(text));

    [Fact]
    public void A_percentage_takes_its_of_phrase_as_frame_but_not_a_time_after_in()
    {
        var quantities = QuantityExtractor.Extract("He won 52.3% of the vote. Inflation hit 10.1 per cent in October.");
        Assert.Equal(["vote", null], quantities.Select(q => q.Frame));
    }

    [Fact]
    public void A_past_tense_verb_with_an_object_is_not_a_modifier_of_the_counted_noun()
    {
        var quantity = QuantityExtractor.Extract("Some 300 tanks crossed 20 km into the region.")[0];
        Assert.Equal("tanks", quantity.Frame);
        Assert.Null(quantity.FrameModifier);
    }

    [Fact]
    public void A_count_of_a_thousand_is_not_a_year()
    {
        var quantity = Single("with about 1000 Wagner fighters killed");
        Assert.Equal(1000, quantity.Value);
        Assert.Equal("fighters", quantity.Frame);
    }

    [Fact]
    public void Money_frame_is_the_head_of_its_in_phrase()
    {
        var quantities = QuantityExtractor.Extract("Congress approved an additional $44.9 billion in emergency military and economic "
            + "assistance. The administration announced another $1.85 billion in military aid for Ukraine.");
        Assert.Equal(["assistance", "aid"], quantities.Select(q => q.Frame));
        Assert.Equal("for Ukraine", quantities[1].FrameModifier);
    }

    [Fact]
    public void Sample_001_states_one_monthly_amount_with_its_conversion_and_about_1000_fighters()
    {
        var text = SampleCorpus.Clean("001").Text;
        var quantities = QuantityExtractor.Extract(text);

        var money = Assert.Single(quantities, q => q.Kind == QuantityKind.Money);
        Assert.Equal(1e8, money.Value);
        Assert.Equal("USD", money.Unit);
        Assert.Equal(1.48e8, money.Conversion?.Value);
        Assert.Equal("month", money.Per);
        Assert.DoesNotContain(quantities, q => q.Value == 1.48e8);

        var fighters = Assert.Single(quantities, q => q.Frame == "fighters");
        Assert.Equal(1000, fighters.Value);
        Assert.Equal(QuantityQualifier.Approximately, fighters.Qualifier);
        Assert.Equal("about 1000", text[fighters.Start..fighters.End]);

        Assert.Contains(quantities, q => q.Value == 50_000 && q.Frame == "personnel");
        Assert.DoesNotContain(quantities, q => q.Value == 2014);
    }

    [Fact]
    public void Random_input_never_throws_and_spans_stay_in_range()
    {
        string[] pieces =
        [
            "$", "US", "€", "£", "(", ")", "-", "–", ",", ".", "%", " ", " ", "\n", "1", "000", ",000", "1.5", "2014", "bn", "m",
            "million", "about", "more than", "between", "and", "to", "of", "tens", "thousands", "one", "twenty", "-five", "a",
            "half", "people", "fighters", "km", "-mile", "percent", "per", "cent", "month", "a month", "Dec.", "\uD83D\uDE00",
            "\uD800", "'", "’s", "12345678901234567890", "9.9.9", "0", "hundred", "dozen", "dozens", "S-", "p.m.",
        ];
        var random = new Random(20221222);
        for (var round = 0; round < 2000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            foreach (var quantity in QuantityExtractor.Extract(text))
            {
                Assert.InRange(quantity.Start, 0, quantity.End);
                Assert.InRange(quantity.End, quantity.Start, text.Length);
                Assert.Equal(text[quantity.Start..quantity.End], quantity.Text);
                Assert.True(double.IsFinite(quantity.Value));
            }
        }
    }
}
