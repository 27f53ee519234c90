using System.Collections.Immutable;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Extraction;
using Crosscheck.Core.Extraction.Entities;
using Crosscheck.Core.Extraction.Events;
using Crosscheck.Core.Extraction.Ner;
using Crosscheck.Core.Tests.Extraction.Entities;

namespace Crosscheck.Core.Tests.Extraction.Events;

public class EventExtractorTests
{
    private static readonly ListTagger Tagger = new(
        ("Northland", EntityType.Location), ("Acme Group", EntityType.Organization), ("Acme", EntityType.Organization),
        ("Southland", EntityType.Location), ("John Smith", EntityType.Person), ("Smith", EntityType.Person),
        ("Treasury Department", EntityType.Organization));

    private static (ImmutableArray<Event> Events, Func<string, string> Id) Run(params CleanArticle[] articles)
    {
        var entities = EntityResolver.Resolve(articles, Tagger);
        return (EventExtractor.Extract(articles, entities), name => Assert.Single(entities, e => e.Name == name).Id);
    }

    [Fact]
    public void Active_clause_gives_actor_action_target_and_object()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "Northland delivered infantry rockets to Acme Group last month."));

        var e = Assert.Single(events);
        Assert.Equal((id("Northland"), "deliver", id("Acme Group"), "infantry rockets"), (e.ActorEntityId, e.Action, e.TargetEntityId, e.Object));
        Assert.False(e.Negated);
    }

    [Theory]
    [InlineData("John Smith defeated Acme 6-4 in the final on Sunday.")]
    [InlineData("John Smith defeated Acme 24-17 on Sunday.")]
    public void Score_after_the_defeated_side_leaves_it_the_target(string text)
    {
        var (events, id) = Run(ListTagger.Article("a-1", text));

        var e = Assert.Single(events);
        Assert.Equal((id("John Smith"), "defeat", id("Acme")), (e.ActorEntityId, e.Action, e.TargetEntityId));
    }

    [Fact]
    public void Of_phrase_after_an_accused_name_is_the_charge_not_part_of_the_name()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "Northland accused Acme Group chairman John Smith of large-scale fraud."));

        var e = Assert.Single(events);
        Assert.Equal((id("Northland"), "accuse", id("John Smith"), "large-scale fraud"), (e.ActorEntityId, e.Action, e.TargetEntityId, e.Object));
    }

    [Fact]
    public void To_before_a_verb_opens_a_purpose_whose_names_are_no_recipient()
    {
        var (events, _) = Run(ListTagger.Article("a-1", "He said he had given Rs 25 lakh to an Amritsar-based agent to help him enter Southland."));

        Assert.DoesNotContain(events, e => e.TargetEntityId is not null);
    }

    [Fact]
    public void Object_cut_before_a_verb_does_not_end_on_a_dangling_of()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "Acme has dismissed the likelihood of it being down to chance."));

        var e = Assert.Single(events);
        Assert.Equal((id("Acme"), "dismiss", "likelihood"), (e.ActorEntityId, e.Action, e.Object));
    }

    [Fact]
    public void A_preposition_alone_after_the_verb_is_no_object()
    {
        var (events, _) = Run(ListTagger.Article("a-1", "It is unclear how many more seats Acme will win beyond that."));

        Assert.DoesNotContain(events, e => e.Object == "beyond");
    }

    [Fact]
    public void Adjective_with_an_of_phrase_after_the_object_is_not_part_of_it()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "Northland has built ballistic missiles capable of striking almost anywhere on Earth."));

        var e = Assert.Single(events);
        Assert.Equal((id("Northland"), "build", "ballistic missiles"), (e.ActorEntityId, e.Action, e.Object));
    }

    [Fact]
    public void Unnamed_object_keeps_what_an_as_phrase_makes_it()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "The Treasury Department has designated the private army as a military end user."));

        var e = Assert.Single(events);
        Assert.Equal((id("Treasury Department"), "designate", "private army as military end user"), (e.ActorEntityId, e.Action, e.Object));
    }

    [Fact]
    public void The_last_word_of_an_organisation_s_name_refers_back_to_it()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "The Acme Group was founded in 2014. Northland imposed sanctions on the group last week."));

        var e = Assert.Single(events);
        Assert.Equal((id("Northland"), "impose", id("Acme Group")), (e.ActorEntityId, e.Action, e.TargetEntityId));
    }

    [Theory]
    [InlineData("Northland did not investigate the Sept. 11, 2001, attacks with such depth.", "Sept. 11, 2001, attacks")]
    [InlineData("Northland did not investigate the September 11, 2001, attacks with such depth.", "September 11, 2001, attacks")]
    public void A_date_inside_the_object_does_not_end_it(string text, string target)
    {
        var (events, _) = Run(ListTagger.Article("a-1", text));

        Assert.Equal(target, Assert.Single(events).Object);
    }

    [Fact]
    public void Passive_clause_takes_the_actor_from_the_by_phrase()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "More military equipment was expected to be delivered by Northland."));

        var e = Assert.Single(events);
        Assert.Equal((id("Northland"), "deliver", (string?)null, "More military equipment"), (e.ActorEntityId, e.Action, e.TargetEntityId, e.Object));
    }

    [Fact]
    public void A_participle_followed_by_of_is_a_passive_whose_subject_is_the_target()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "John Smith accused of plotting a coup against Northland."));

        var e = Assert.Single(events);
        Assert.Equal(((string?)null, "accuse", id("John Smith")), (e.ActorEntityId, e.Action, e.TargetEntityId));
    }

    [Fact]
    public void Taking_delivery_from_someone_is_their_delivery()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "The private company, the Acme Group, took delivery of an arms shipment from Northland."));

        var e = Assert.Single(events);
        Assert.Equal((id("Northland"), "deliver", id("Acme Group"), "arms shipment"), (e.ActorEntityId, e.Action, e.TargetEntityId, e.Object));
    }

    [Fact]
    public void A_name_after_a_comma_is_the_object_s_appositive()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "Northland delivered rockets to a private army, the Acme Group."));

        var e = Assert.Single(events);
        Assert.Equal((id("Northland"), "deliver", id("Acme Group")), (e.ActorEntityId, e.Action, e.TargetEntityId));
    }

    [Theory]
    [InlineData("Northland launched an investigation into the death, Smith said.")]
    [InlineData("Northland won the final, Acme will host the next one.")]
    public void A_name_after_a_comma_with_a_verb_of_its_own_is_no_target(string text)
    {
        var (events, id) = Run(ListTagger.Article("a-1", text));

        var e = Assert.Single(events, e => e.ActorEntityId == id("Northland"));
        Assert.Null(e.TargetEntityId);
    }

    [Fact]
    public void Receiving_from_someone_is_their_delivery()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "Acme Group received infantry rockets from Northland last month."));

        var e = Assert.Single(events);
        Assert.Equal((id("Northland"), "deliver", id("Acme Group"), "infantry rockets"), (e.ActorEntityId, e.Action, e.TargetEntityId, e.Object));
    }

    [Fact]
    public void Receiving_from_no_one_named_is_the_receiver_s_event_with_no_target()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "John Smith received a one-game suspension for his role in the fight with Acme."));

        var e = Assert.Single(events);
        Assert.Equal((id("John Smith"), "receive", null, "one-game suspension"), (e.ActorEntityId, e.Action, e.TargetEntityId, e.Object));
    }

    [Fact]
    public void The_end_user_is_the_target_of_a_delivery_into_a_country()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "Northland delivered rockets and missiles into Southland for use by Acme."));

        var e = Assert.Single(events);
        Assert.Equal((id("Northland"), id("Acme"), "rockets and missiles"), (e.ActorEntityId, e.TargetEntityId, e.Object));
    }

    [Fact]
    public void A_designation_keeps_what_the_target_was_designated_as()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "The Treasury Department has designated the Acme Group as a \u201Ccriminal organization.\u201D"));

        var e = Assert.Single(events);
        Assert.Equal((id("Treasury Department"), "designate", id("Acme Group"), "criminal organization"), (e.ActorEntityId, e.Action, e.TargetEntityId, e.Object));
    }

    [Fact]
    public void A_negated_event_is_marked_negated()
    {
        var (events, _) = Run(ListTagger.Article("a-1", "Northland has not supplied any weapons to Southland."));

        var e = Assert.Single(events);
        Assert.Equal("supply", e.Action);
        Assert.True(e.Negated);
    }

    [Fact]
    public void Saying_one_never_did_something_is_a_denial_by_the_speaker()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "Northland said it had never had arms dealings with Southland and has no plans to do so."));

        var e = Assert.Single(events);
        Assert.Equal((id("Northland"), "deny", "arms dealings with Southland", id("Northland")), (e.ActorEntityId, e.Action, e.Object, e.AttributedToEntityId));
    }

    [Theory]
    [InlineData("Northland said it had no arms dealings with Southland.", "arms dealings with Southland")]
    [InlineData("John Smith said he was not announcing his own candidacy.", "announcing his own candidacy")]
    public void A_denial_keeps_the_denied_noun_after_no_and_a_verb_with_content(string text, string denied)
    {
        var (events, _) = Run(ListTagger.Article("a-1", text));

        Assert.Equal(denied, Assert.Single(events, e => e.Action == "deny").Object);
    }

    [Fact]
    public void Having_no_idea_is_no_denial()
    {
        var (events, _) = Run(ListTagger.Article("a-1", "John Smith said he has no idea how the files reached Southland."));

        Assert.DoesNotContain(events, e => e.Action == "deny");
    }

    [Theory]
    [InlineData("Northland could deliver infantry rockets to Acme Group.")]
    [InlineData("Northland can win the vote in Southland.")]
    [InlineData("Southland says Northland must halt its attacks on Acme Group.")]
    public void A_possibility_or_a_demand_is_no_event(string text)
    {
        var (events, _) = Run(ListTagger.Article("a-1", text));

        Assert.Empty(events);
    }

    [Fact]
    public void Saying_one_might_not_do_something_is_no_denial()
    {
        var (events, _) = Run(ListTagger.Article("a-1", "Northland said it might not attend the summit with Southland."));

        Assert.DoesNotContain(events, e => e.Action == "deny");
    }

    [Fact]
    public void A_title_and_its_dot_stay_in_the_object_before_the_name()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "Acme Group defeated Sen. John Smith in the primary."));

        var e = Assert.Single(events);
        Assert.Equal((id("Acme Group"), "defeat", id("John Smith")), (e.ActorEntityId, e.Action, e.TargetEntityId));
    }

    [Theory]
    [InlineData("John Smith bought a large condo soon after the tower opened.", "large condo")]
    [InlineData("Acme Group will host the summit this Thursday.", "summit")]
    [InlineData("Acme Group gave him immunity along with the delegates.", "immunity")]
    public void Time_words_and_an_indirect_object_pronoun_stay_out_of_the_object(string text, string objectText)
    {
        var (events, _) = Run(ListTagger.Article("a-1", text));

        Assert.Equal(objectText, Assert.Single(events).Object);
    }

    [Fact]
    public void A_particle_after_the_verb_is_part_of_the_action_and_the_object_follows_it()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "Acme Group will give up the management contract at the end of 2021."));

        var e = Assert.Single(events);
        Assert.Equal((id("Acme Group"), "give up", "management contract"), (e.ActorEntityId, e.Action, e.Object));
    }

    [Theory]
    [InlineData("John Smith will give Northland the prestige of a visit.", "Northland", "prestige of a visit")]
    [InlineData("John Smith gave his players a pep talk before the match.", null, "pep talk")]
    public void A_recipient_before_the_thing_given_leaves_the_thing_as_the_object(string text, string? target, string objectText)
    {
        var (events, id) = Run(ListTagger.Article("a-1", text));

        var e = Assert.Single(events);
        Assert.Equal((id("John Smith"), target is null ? null : id(target), objectText), (e.ActorEntityId, e.TargetEntityId, e.Object));
    }

    [Theory]
    [InlineData("John Smith warned Thursday that Northland would strike.")]
    [InlineData("Service between Northland and Southland is likely to be suspended for seven to 10 days.")]
    public void A_time_or_a_length_of_time_after_the_verb_is_no_object(string text)
    {
        var (events, _) = Run(ListTagger.Article("a-1", text));

        Assert.DoesNotContain(events, e => e.Object is not null);
    }

    [Fact]
    public void A_lower_case_word_between_a_name_and_a_determiner_ends_the_agent()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "This photo provided by the Treasury Department shows the Acme Group headquarters."));

        var e = Assert.Single(events);
        Assert.Equal((id("Treasury Department"), "provide", "This photo"), (e.ActorEntityId, e.Action, e.Object));
    }

    [Theory]
    [InlineData("An officer shot John Smith as the teenager stood with his hands up.")]
    [InlineData("Acme Group unveiled a widely condemned plan to bar Northland.")]
    [InlineData("John Smith was appointed to lead security as state troopers moved in.")]
    public void A_clause_of_time_after_as_and_a_participle_describing_a_noun_give_no_object(string text)
    {
        var (events, _) = Run(ListTagger.Article("a-1", text));

        Assert.DoesNotContain(events, e => e.Object is not null || e.Action == "condemn");
    }

    [Fact]
    public void A_bare_verb_form_after_a_form_of_be_is_no_event()
    {
        var (events, _) = Run(ListTagger.Article("a-1", "Fortunately, John Smith will be back, and Acme Group is free of debt."));

        Assert.Empty(events);
    }

    [Theory]
    [InlineData("John Smith visited Acme Group with his parents in Minneapolis.", "visit")]
    [InlineData("Acme Group tested Northland for a very, very long time.", "test")]
    public void Company_and_a_length_of_time_are_no_object(string text, string action)
    {
        var (events, _) = Run(ListTagger.Article("a-1", text));

        var e = Assert.Single(events);
        Assert.Equal((action, (string?)null), (e.Action, e.Object));
    }

    [Fact]
    public void A_length_of_time_before_ago_stays_out_of_the_object()
    {
        var (events, _) = Run(ListTagger.Article("a-1", "Northland released the letter nearly five years ago."));

        Assert.Equal("letter", Assert.Single(events).Object);
    }

    [Fact]
    public void A_name_after_to_in_the_subject_is_not_the_actor()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "Northland's ambassador to Southland provided Acme Group with rockets."));

        var e = Assert.Single(events);
        Assert.Equal(((string?)null, "provide", id("Acme Group"), "rockets"), (e.ActorEntityId, e.Action, e.TargetEntityId, e.Object));
    }

    [Fact]
    public void The_antecedent_of_which_after_to_is_the_actor()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "Smith urged donations to Acme Group, which helps military members."));

        var e = Assert.Single(events, e => e.Action == "help");
        Assert.Equal((id("Acme Group"), "military members"), (e.ActorEntityId, e.Object));
    }

    [Fact]
    public void A_reduced_passive_subject_ends_before_a_participle_with_its_own_object()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "Smith spoke before lawmakers defending the state budget approved by Acme Group in April."));

        var e = Assert.Single(events);
        Assert.Equal((id("Acme Group"), "approve", "state budget"), (e.ActorEntityId, e.Action, e.Object));
    }

    [Fact]
    public void A_relative_pronoun_after_a_passive_subject_stays_out_of_the_object()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "The letter, which was provided to Acme Group by John Smith, was dated."));

        var e = Assert.Single(events);
        Assert.Equal((id("John Smith"), "provide", "letter"), (e.ActorEntityId, e.Action, e.Object));
    }

    [Fact]
    public void An_event_inside_a_quote_is_attributed_to_the_speaker()
    {
        var (events, id) = Run(ListTagger.Article("a-1", "\u201CWe can confirm that Northland has delivered rockets to Acme Group,\u201D John Smith told reporters."));

        var e = Assert.Single(events);
        Assert.Equal((id("Northland"), id("Acme Group"), id("John Smith")), (e.ActorEntityId, e.TargetEntityId, e.AttributedToEntityId));
    }

    [Fact]
    public void Equivalent_events_in_several_articles_are_merged()
    {
        var (events, id) = Run(
            ListTagger.Article("a-1", "Northland delivered rockets to Acme Group."),
            ListTagger.Article("a-2", "Last month, Northland delivered infantry rockets to Acme."),
            ListTagger.Article("a-3", "Northland completed an initial arms delivery to Acme Group."));

        var e = Assert.Single(events);
        Assert.Equal((id("Northland"), "deliver", id("Acme Group")), (e.ActorEntityId, e.Action, e.TargetEntityId));
        Assert.Equal(["a-1", "a-2", "a-3"], e.Occurrences.Select(o => o.Article.Value));
    }

    [Fact]
    public void A_relative_date_is_resolved_against_the_publication_date_and_left_null_without_one()
    {
        const string text = "Last month, Northland delivered rockets to Acme Group.";
        var dated = ListTagger.Article("a-1", text) with { Published = new PublicationDate(new DateOnly(2022, 12, 22)) };

        Assert.Equal("2022-11", Assert.Single(Run(dated).Events).Date);
        Assert.Null(Assert.Single(Run(ListTagger.Article("a-2", text)).Events).Date);
    }

    [Fact]
    public void Plural_nouns_that_look_like_verbs_are_not_events()
    {
        var (events, _) = Run(ListTagger.Article("a-1", "Acme Group broke the Southland sanctions on Northland, and arms shipments fell."));

        Assert.Empty(events);
    }

    [Fact]
    public void Random_input_never_throws_and_occurrences_stay_in_range()
    {
        var random = new Random(11);
        var words = new[] { "Northland", "delivered", "was", "by", "to", "Acme", "Group", "said", "it", "never", "had", "took", "delivery", "of", "from", ",", ".", "\u201C", "\u201D", "not", "for", "use", "the", "\n\n" };
        for (var round = 0; round < 60; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(0, 60)).Select(_ => words[random.Next(words.Length)]));
            var article = ListTagger.Article("a-1", text);

            var (events, _) = Run(article);

            Assert.All(events.SelectMany(e => e.Occurrences), o => Assert.True(0 <= o.Start && o.Start < o.End && o.End <= text.Length));
        }
    }

    [Fact]
    public void Sample_corpus_events_carry_actor_target_and_attribution()
    {
        var articles = SampleCorpus.All();
        var entities = EntityResolver.Resolve(articles, NamedEntityTagger.Default);
        var events = EventExtractor.Extract(articles, entities);
        string Id(string name) => Assert.Single(entities, e => e.Name == name).Id;
        var korea = Id("North Korea");
        var wagner = Id("Wagner Group");

        var delivery = Assert.Single(events, e => e.ActorEntityId == korea && e.Action == "deliver" && e.TargetEntityId == wagner);
        Assert.Equal(Id("John Kirby"), delivery.AttributedToEntityId);
        Assert.Equal("infantry rockets and missiles", delivery.Object);
        Assert.Equal("2022-11", delivery.Date);
        Assert.True(delivery.Occurrences.Select(o => o.Article).Distinct().Count() >= 4);

        var treasury = Assert.Single(entities, e => e.Name.Contains("Treasury", StringComparison.Ordinal)).Id;
        var designation = Assert.Single(events, e => e.ActorEntityId == treasury && e.Action == "designate" && e.TargetEntityId == wagner);
        Assert.Equal([articles[3].Id], designation.Occurrences.Select(o => o.Article).Distinct());

        var denial = Assert.Single(events, e => e.ActorEntityId == korea && e.Action == "deny");
        Assert.Contains("arms deal", denial.Object, StringComparison.Ordinal);
        Assert.Equal([articles[1].Id, articles[2].Id], denial.Occurrences.Select(o => o.Article).Distinct().OrderBy(a => a == articles[2].Id));
    }
}
