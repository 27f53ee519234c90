using System.Collections.Immutable;
using Crosscheck.Core.Extraction;
using Crosscheck.Core.Extraction.Entities;
using Crosscheck.Core.Extraction.Ner;

namespace Crosscheck.Core.Tests.Extraction.Entities;

public class EntityResolverTests
{
    private const EntityType Per = EntityType.Person;
    private const EntityType Org = EntityType.Organization;
    private const EntityType Loc = EntityType.Location;

    private static Entity Single(IEnumerable<Entity> entities, string name) => Assert.Single(entities, e => e.Name == name);

    private static IEnumerable<string> Forms(Entity entity) => entity.Aliases.Prepend(entity.Name);

    [Fact]
    public void Surname_and_honorific_forms_join_the_full_person_name_across_articles()
    {
        var tagger = new ListTagger(("John Kirby", Per), ("Mr Kirby", Per), ("Kirby", Per));
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "John Kirby spoke on Monday. Kirby said more."), ListTagger.Article("a-2", "Mr Kirby said it again.")],
            tagger);

        var kirby = Assert.Single(entities);
        Assert.Equal("John Kirby", kirby.Name);
        Assert.Equal(EntityType.Person, kirby.Type);
        Assert.Contains("Kirby", kirby.Aliases);
        Assert.Contains("Mr Kirby", kirby.Aliases);
        Assert.Equal(3, kirby.Mentions.Length);
        Assert.Equal(2, kirby.Mentions.Select(m => m.Article).Distinct().Count());
    }

    [Fact]
    public void An_online_platform_tagged_as_a_person_is_an_organisation()
    {
        var tagger = new ListTagger(("Twitter", Per));
        var entities = EntityResolver.Resolve([ListTagger.Article("a-1", "She has 1.7 million followers on Twitter.")], tagger);

        Assert.Equal(Org, Single(entities, "Twitter").Type);
    }

    [Fact]
    public void A_lone_surname_tagged_as_a_place_joins_the_person_unless_the_gazetteer_knows_the_place()
    {
        var tagger = new ListTagger(("Zachary Fadem", Per), ("Fadem", Loc), ("George Washington", Per), ("Washington", Loc));
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "Analyst Zachary Fadem spoke about George Washington. Fadem then flew to Washington.")],
            tagger);

        Assert.Contains("Fadem", Single(entities, "Zachary Fadem").Aliases);
        Assert.Equal(Loc, Single(entities, "Washington").Type);
    }

    [Fact]
    public void A_two_letter_code_names_a_country_only_where_its_acronym_begins_with_it()
    {
        var tagger = new ListTagger(("AI", Org), ("PA", Loc), ("US", Loc));
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "The AI start-up moved from Pittsburgh, PA, to the US last year.")],
            tagger);

        Assert.Equal(["AI", "PA", "United States"], entities.Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("I’m")]
    [InlineData("We’ve")]
    [InlineData("I'd")]
    [InlineData("You’ll")]
    [InlineData("DON'T")]
    public void A_pronoun_or_verb_run_together_with_its_ending_is_no_name(string contraction)
    {
        var tagger = new ListTagger((contraction, Org), ("Beto O’Rourke", Per));
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", contraction + " sure of it, Beto O’Rourke said.")],
            tagger);

        Assert.Equal("Beto O’Rourke", Assert.Single(entities).Name);
    }

    [Theory]
    [InlineData("Assessor Jane Holloway")]
    [InlineData("Detective Jane Holloway")]
    [InlineData("Det. Jane Holloway")]
    public void A_job_title_before_a_person_name_is_not_part_of_the_name(string titled)
    {
        var tagger = new ListTagger((titled, Per), ("Holloway", Per));
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", titled + " spoke on Monday. Holloway said more.")],
            tagger);

        Assert.Equal("Jane Holloway", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_name_of_every_entity_type_keeps_the_type_it_was_tagged_with()
    {
        // One made-up two-word name per type, each tagged twice: every type the tagger has is counted in a form.
        var types = Enum.GetValues<EntityType>();
        var names = types.Select((type, i) => ($"Quell{(char)('a' + i)}an Varn{(char)('a' + i)}ost", type)).ToArray();
        var text = string.Join(" ", names.Select(n => $"{n.Item1} came. Then {n.Item1} left."));

        var entities = EntityResolver.Resolve([ListTagger.Article("a-1", text)], new ListTagger(names));

        Assert.Equal(types.Length, entities.Length);
        foreach (var (name, type) in names)
        {
            var entity = Single(entities, name);
            Assert.Equal(type, entity.Type);
            Assert.Equal(2, entity.Mentions.Length);
        }
    }

    [Fact]
    public void An_initial_stands_for_the_first_name()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "Yevgeny Prigozhin met them. Later Y. Prigozhin left, and Prigozhin's men stayed.")],
            new ListTagger(("Yevgeny Prigozhin", Per), ("Y. Prigozhin", Per), ("Prigozhin", Per)));

        var person = Assert.Single(entities);
        Assert.Equal("Yevgeny Prigozhin", person.Name);
        Assert.Contains("Y. Prigozhin", person.Aliases);
    }

    [Fact]
    public void A_surname_shared_by_two_people_stays_apart()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "Joe Biden and Hunter Biden arrived. Biden spoke.")],
            new ListTagger(("Joe Biden", Per), ("Hunter Biden", Per), ("Biden", Per)));

        Assert.Equal(3, entities.Length);
        Single(entities, "Biden");
    }

    [Fact]
    public void Acronym_and_dotted_forms_join_the_spelled_out_name()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "The United Nations met. The U.N. said so. A UN envoy left. The UN Security Council and the United Nations Security Council are one.")],
            new ListTagger(("United Nations Security Council", Org), ("UN Security Council", Org), ("United Nations", Org), ("U.N.", Org), ("UN", Org)));

        var un = Single(entities, "United Nations");
        Assert.Contains("U.N.", un.Aliases);
        Assert.Contains("UN", un.Aliases);
        var council = Single(entities, "United Nations Security Council");
        Assert.Contains("UN Security Council", council.Aliases);
    }

    [Fact]
    public void An_acronym_in_brackets_joins_the_name_before_it()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "The Federal Bureau of Investigation (FBI) said. The FBI added.")],
            new ListTagger(("Federal Bureau of Investigation", Org), ("FBI", Org)));

        var fbi = Assert.Single(entities);
        Assert.Equal("Federal Bureau of Investigation", fbi.Name);
        Assert.Equal(3, fbi.Mentions.Length);
    }

    [Fact]
    public void Abbreviated_name_official_acronym_and_acting_capital_are_the_country()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "N. Korea fired missiles. North Korea said the DPRK would go on. Pyongyang denied the report. The Democratic People's Republic of Korea agreed.")],
            new ListTagger(("N. Korea", Loc), ("North Korea", Loc), ("DPRK", Org), ("Pyongyang", Loc), ("Democratic People's Republic of Korea", Loc)));

        var country = Assert.Single(entities);
        Assert.Equal("North Korea", country.Name);
        Assert.Equal(EntityType.Location, country.Type);
        Assert.Contains("N. Korea", country.Aliases);
        Assert.Contains("DPRK", country.Aliases);
        Assert.Contains("Pyongyang", country.Aliases);
        Assert.Equal(5, country.Mentions.Length);
    }

    [Fact]
    public void A_party_member_tagged_as_a_person_is_no_person()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "Schumer is next top Senate Democrat. Democrats met on Tuesday and Chuck Schumer spoke.")],
            new ListTagger(("Senate Democrat", Per), ("Democrats", EntityType.Other), ("Chuck Schumer", Per), ("Schumer", Per)));

        Assert.DoesNotContain(entities, e => e.Name == "Senate Democrat");
        Assert.Equal(EntityType.Other, Single(entities, "Democrats").Type);
        Assert.Equal(EntityType.Person, Single(entities, "Chuck Schumer").Type);
    }

    [Fact]
    public void A_surname_s_own_particle_stays_in_the_name_and_the_surname_joins_the_full_name()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "Dr Silvio De Angelis led the team. De Angelis said the painting by Van Gogh was damaged. La said nothing.")],
            new ListTagger(("Silvio De Angelis", Per), ("De Angelis", Per), ("Van Gogh", Per), ("La", Loc)));

        var doctor = Single(entities, "Silvio De Angelis");
        Assert.Equal(2, doctor.Mentions.Length);
        Assert.Contains("De Angelis", doctor.Aliases);
        Assert.Contains(entities, e => e.Name == "Van Gogh");
        Assert.DoesNotContain(entities, e => e.Name is "La" or "Gogh" or "Angelis");
    }

    [Fact]
    public void A_capital_as_a_place_stays_a_place()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "Russia said talks would be held in Moscow. Moscow's troops advanced and Moscow accused Kyiv of stalling.")],
            new ListTagger(("Russia", Loc), ("Moscow", Loc), ("Kyiv", Loc)));

        var russia = Single(entities, "Russia");
        Assert.Equal(3, russia.Mentions.Length);
        var city = Single(entities, "Moscow");
        Assert.Single(city.Mentions);
        Assert.Contains("Kyiv", Single(entities, "Ukraine").Aliases);
    }

    [Fact]
    public void A_name_before_based_or_born_is_the_name_and_a_romanised_given_name_keeps_its_hyphen()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "The New York-based group wrote to Kim Jong-un on Monday. Kim Jong-un did not reply.")],
            new ListTagger(("New York-based", EntityType.Other), ("Kim Jong-un", Per)));

        Assert.Contains(entities, e => e.Name == "New York");
        Assert.Equal(2, Single(entities, "Kim Jong-un").Mentions.Length);
        Assert.DoesNotContain(entities, e => e.Name is "New" or "Kim" or "Kim Jong");
    }

    [Fact]
    public void A_question_word_opening_the_sentence_is_no_part_of_the_name_after_it()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "North Korea fired a missile. \u201CWhat North Korea has is a criminal syndicate,\u201D he said.")],
            new ListTagger(("North Korea", Loc), ("What North Korea", Loc)));

        Assert.Equal(2, Assert.Single(entities).Mentions.Length);
    }

    [Theory]
    [InlineData("The plane left at 1000 GMT, headed for Sudan.", "GMT")]
    [InlineData("The film airs at 8pm ET/PT on Saturday.", "ET/PT")]
    [InlineData("The tweet went out at 8:32 p.m. PT on Thursday.", "PT")]
    public void A_time_zone_after_a_clock_time_names_no_entity(string text, string tagged) =>
        Assert.Empty(EntityResolver.Resolve([ListTagger.Article("a-1", text)], new ListTagger((tagged, Org))));

    [Fact]
    public void A_time_zone_abbreviation_without_a_time_before_it_stays_a_name() =>
        Assert.Single(EntityResolver.Resolve(
            [ListTagger.Article("a-1", "The talks ended. GMT is what the league uses, a spokesman said.")],
            new ListTagger(("GMT", Org))));

    [Fact]
    public void A_senator_s_party_and_state_name_no_entity()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "Sen. Orrin Hatch, R-Utah, defended him. Rep. Zoe Lofgren (D-San Jose) did not.")],
            new ListTagger(("Orrin Hatch", Per), ("R-Utah", Per), ("Zoe Lofgren", Per), ("D-San Jose", Loc)));

        Assert.Equal(["Orrin Hatch", "Zoe Lofgren"], entities.Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_person_s_name_tagged_with_the_title_before_it_begins_after_the_title()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "San Juan Mayor Carmen Yulin Cruz asked for help. Majority Whip Steve Scalise agreed. Cruz thanked him.")],
            new ListTagger(("San Juan Mayor Carmen Yulin Cruz", Per), ("Majority Whip Steve Scalise", Per), ("Cruz", Per)));

        var mayor = Single(entities, "Carmen Yulin Cruz");
        Assert.Equal(2, mayor.Mentions.Length);
        Assert.Contains(entities, e => e.Name == "Steve Scalise");
        Assert.DoesNotContain(entities, e => e.Name.Contains("Mayor", StringComparison.Ordinal) || e.Name.Contains("Whip", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capital_that_is_the_surname_of_a_person_in_the_article_is_that_person()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "Ian Hamilton, an expert in drug use, studied the data. Hamilton urged people to be cautious.")],
            new ListTagger(("Ian Hamilton", Per), ("Hamilton", Loc)));

        var expert = Assert.Single(entities);
        Assert.Equal("Ian Hamilton", expert.Name);
        Assert.Equal(EntityType.Person, expert.Type);
        Assert.Equal(2, expert.Mentions.Length);
    }

    [Fact]
    public void A_capital_acting_on_its_air_or_streets_is_the_city()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "Britain said it would act. London has been fighting dirty air for years. London accused Moscow of lying.")],
            new ListTagger(("Britain", Loc), ("London", Loc), ("Moscow", Loc)));

        Assert.Single(Single(entities, "London").Mentions);
        var kingdom = Single(entities, "United Kingdom");
        Assert.Equal(2, kingdom.Mentions.Length);
        Assert.Contains("Britain", kingdom.Aliases);
    }

    [Fact]
    public void Capitals_listed_together_after_an_accusation_are_their_states()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "The United States accused Pyongyang and Moscow of violating sanctions.")],
            new ListTagger(("United States", Loc), ("Pyongyang", Loc), ("Moscow", Loc)));

        Assert.Equal(["North Korea", "Russia", "United States"], entities.Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_seat_of_government_stands_for_the_state_but_not_as_a_place()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "The Kremlin said Russia would respond. Reporters gathered at the White House.")],
            new ListTagger(("Kremlin", Loc), ("Russia", Loc), ("White House", Loc)));

        Assert.Contains("Kremlin", Single(entities, "Russia").Aliases);
        Single(entities, "White House");
    }

    [Fact]
    public void A_short_organisation_name_joins_the_longer_one_that_only_adds_a_generic_word()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "The Acme Group grew. Acme hired more. The U.S. Treasury Department acted and the Treasury Department spoke.")],
            new ListTagger(("Acme Group", Org), ("Acme", Per), ("U.S. Treasury Department", Org), ("Treasury Department", Org)));

        var acme = Single(entities, "Acme Group");
        Assert.Equal(EntityType.Organization, acme.Type);
        Assert.Contains("Acme", acme.Aliases);
        Assert.Contains("Treasury Department", Single(entities, "U.S. Treasury Department").Aliases);
    }

    [Fact]
    public void Transliteration_variants_are_one_person()
    {
        var entities = EntityResolver.Resolve(
            [
                ListTagger.Article("a-1", "Volodymyr Zelenskyy arrived. Zelenskyy spoke."),
                ListTagger.Article("a-2", "Zelensky spoke and Zelenskiy left with Volodymyr Zelensky."),
            ],
            new ListTagger(("Volodymyr Zelenskyy", Per), ("Volodymyr Zelensky", Per), ("Zelenskyy", Per), ("Zelensky", Per), ("Zelenskiy", Per)));

        var person = Assert.Single(entities);
        Assert.Equal("Volodymyr Zelenskyy", person.Name);
        Assert.Contains("Zelensky", person.Aliases);
        Assert.Contains("Zelenskiy", person.Aliases);
        Assert.Equal(5, person.Mentions.Length);
    }

    [Fact]
    public void Different_countries_never_join_however_alike_their_names()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "Austria and Australia signed. Slovenia and Slovakia did too.")],
            new ListTagger(("Austria", Loc), ("Australia", Loc), ("Slovenia", Loc), ("Slovakia", Loc)));

        Assert.Equal(4, entities.Length);
    }

    [Fact]
    public void A_demonym_is_a_mention_of_its_country()
    {
        var entities = EntityResolver.Resolve(
            [ListTagger.Article("a-1", "Russian forces advanced. North Korean officials said Russia paid.")],
            new ListTagger(("Russian", EntityType.Other), ("North Korean", EntityType.Other), ("Russia", Loc)));

        Assert.Equal(2, Single(entities, "Russia").Mentions.Length);
        Assert.Contains("North Korean", Single(entities, "North Korea").Aliases);
    }

    [Fact]
    public void Ids_are_stable_and_distinct()
    {
        var articles = new[] { ListTagger.Article("a-1", "John Kirby met Acme Group in Paris.") };
        var tagger = new ListTagger(("John Kirby", Per), ("Acme Group", Org), ("Paris", Loc));
        var first = EntityResolver.Resolve(articles, tagger);
        var second = EntityResolver.Resolve(articles, tagger);

        Assert.Equal(first.Select(e => e.Id), second.Select(e => e.Id));
        Assert.Equal(3, first.Select(e => e.Id).Distinct().Count());
        Assert.All(first, e => Assert.StartsWith("e-", e.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Random_input_never_throws_and_mentions_stay_in_range()
    {
        var random = new Random(7);
        const string alphabet = "abcXYZ .,'’\"-()\n\nMr U.N. Moscow said Kremlin Group of 12";
        for (var round = 0; round < 40; round++)
        {
            var articles = Enumerable.Range(0, 3).Select(i =>
            {
                var chars = new char[random.Next(0, 300)];
                for (var c = 0; c < chars.Length; c++)
                {
                    chars[c] = alphabet[random.Next(alphabet.Length)];
                }

                return ListTagger.Article($"a-{i}", new string(chars));
            }).ToArray();
            var texts = articles.ToDictionary(a => a.Id, a => a.Text);

            var entities = EntityResolver.Resolve(articles, NamedEntityTagger.Default);

            Assert.All(entities.SelectMany(e => e.Mentions), m => Assert.InRange(m.Start, 0, m.End - 1));
            Assert.All(entities.SelectMany(e => e.Mentions), m => Assert.InRange(m.End, m.Start + 1, texts[m.Article].Length));
        }
    }

    [Fact]
    public void Sample_corpus_names_each_person_and_state_once_with_its_aliases()
    {
        var entities = EntityResolver.Resolve(SampleCorpus.All(), NamedEntityTagger.Default);

        var kirby = Single(entities, "John Kirby");
        Assert.Contains("Kirby", kirby.Aliases);
        Assert.Contains("Mr Kirby", kirby.Aliases);
        Assert.Equal(5, kirby.Mentions.Select(m => m.Article).Distinct().Count());
        Assert.DoesNotContain(entities, e => e != kirby && Forms(e).Any(f => f.Contains("Kirby", StringComparison.Ordinal)));

        var prigozhin = Single(entities, "Yevgeny Prigozhin");
        Assert.Contains("Prigozhin", prigozhin.Aliases);
        Assert.Contains("Mr Prigozhin", prigozhin.Aliases);
        Assert.DoesNotContain(entities, e => e != prigozhin && Forms(e).Any(f => f.Contains("Prigozhin", StringComparison.Ordinal)));

        var korea = Single(entities, "North Korea");
        Assert.Contains("N Korea", korea.Aliases);
        Assert.Contains("Pyongyang", korea.Aliases);
        Assert.Contains("North Korean", korea.Aliases);

        var un = Single(entities, "United Nations");
        Assert.Contains("UN", un.Aliases);
        Assert.Contains("U.N.", un.Aliases);

        var zelenskyy = Assert.Single(entities, e => Forms(e).Contains("Zelenskyy"));
        Assert.Contains(Forms(zelenskyy), f => f.EndsWith(" Zelensky", StringComparison.Ordinal));
        Assert.Contains("Zelenskiy", Forms(zelenskyy));

        var wagner = Single(entities, "Wagner Group");
        Assert.Contains("Wagner", wagner.Aliases);
        Assert.Contains("Moscow", Single(entities, "Russia").Aliases);
    }

    [Fact]
    public void A_text_copied_word_for_word_in_a_story_is_tagged_once()
    {
        var tagger = new CountingTagger(new ListTagger(("John Kirby", Per)));
        var entities = EntityResolver.Resolve(
            [
                ListTagger.Article("a-1", "John Kirby spoke on Monday."),
                ListTagger.Article("a-2", "John Kirby spoke on Monday."),
                ListTagger.Article("a-3", "John Kirby spoke again on Tuesday."),
            ],
            tagger);

        Assert.Equal(2, tagger.Calls);
        Assert.Equal(3, Single(entities, "John Kirby").Mentions.Length);
    }

    [Fact]
    public void Full_names_join_on_surname_spelling_among_many_other_people()
    {
        var others = Enumerable.Range(0, 300).Select(i => $"Person{(char)('A' + (i % 26))}{i} Name{i}").ToArray();
        var names = others.Select(n => (n, Per)).Concat([("Jane Smith", Per), ("J. Smith", Per), ("John Smyth", Per)]).ToArray();
        var text = string.Join(" met ", others) + ". Jane Smith spoke. Later J. Smith left with John Smyth.";
        var entities = EntityResolver.Resolve([ListTagger.Article("a-1", text)], new ListTagger(names));

        var smith = Single(entities, "Jane Smith");
        Assert.Contains("J. Smith", smith.Aliases);
        Assert.DoesNotContain("John Smyth", smith.Aliases);
        Assert.DoesNotContain("Jane Smith", Forms(Single(entities, "John Smyth")));
        Assert.DoesNotContain(entities, e => e != smith && Forms(e).Contains("J. Smith"));
    }

    private sealed class CountingTagger(IEntityTagger inner) : IEntityTagger
    {
        public int Calls { get; private set; }

        public ImmutableArray<EntityMention> Tag(string text)
        {
            Calls++;
            return inner.Tag(text);
        }
    }
}
