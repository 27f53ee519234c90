using Crosscheck.Core.Extraction.Quotes;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Tests.Extraction.Quotes;

public class QuoteExtractorTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static Attribution Single(string text, bool direct = true) =>
        Assert.Single(Extractor.Extract(text), a => a.IsDirect == direct);

    [Fact]
    public void Quote_with_trailing_said_is_attributed_to_speaker()
    {
        const string text = "\u201CWagner is emerging as a rival power center to the Russian military,\u201D Kirby said.";
        var quote = Single(text);
        Assert.Equal("\u201CWagner is emerging as a rival power center to the Russian military,\u201D", quote.Content[0].Text);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal("Kirby", quote.Source?.Text);
        Assert.Equal("Kirby", quote.Speaker?.Name);
    }

    [Fact]
    public void Source_with_apposition_keeps_the_whole_noun_phrase_and_resolves_to_the_name()
    {
        const string text = "\u201CWagner is searching around the world for arms suppliers,\u201D John Kirby, spokesperson for the White House "
            + "National Security Council, told reporters.";
        var quote = Single(text);
        Assert.Equal("John Kirby, spokesperson for the White House National Security Council", quote.Source?.Text);
        Assert.Equal("told", quote.Cue?.Text);
        Assert.Equal("John Kirby", quote.Speaker?.Name);
    }

    [Fact]
    public void Inverted_frame_after_a_quote_takes_the_source_after_the_cue()
    {
        const string text = "The sanctions follow the sale of rockets last month, said White House national security spokesperson John Kirby. "
            + "\"This will not change the dynamics on the battlefield,\" said John Kirby.";
        var quote = Single(text);
        Assert.Equal("John Kirby", quote.Source?.Text);
        Assert.Equal("John Kirby", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("\u201C", "\u201D")]
    [InlineData("\"", "\"")]
    [InlineData("\u2018", "\u2019")]
    [InlineData("'", "'")]
    [InlineData("''", "''")]
    public void Every_quotation_style_yields_a_direct_quote(string open, string close)
    {
        var text = $"{open}We will not allow Russia{"\u2019"}s war to go on, and Ukraine{"'"}s allies agree,{close} the minister said on Monday.";
        var quote = Single(text);
        Assert.StartsWith(open, quote.Content[0].Text, StringComparison.Ordinal);
        Assert.EndsWith(close, quote.Content[0].Text, StringComparison.Ordinal);
        Assert.Contains("allies agree", quote.Text, StringComparison.Ordinal);
        Assert.Equal("the minister", quote.Source?.Text);
    }

    [Fact]
    public void Apostrophes_inside_a_single_quoted_passage_do_not_close_it()
    {
        const string text = "\u2018North Korean officials said they would not support Russia\u2019s war \u2013 and yet here they are "
            + "delivering arms to the group\u2019s fighters,\u2019 Kirby said.";
        var quote = Single(text);
        Assert.Contains("the group\u2019s fighters", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Kirby", quote.Source?.Text);
    }

    [Fact]
    public void Quote_split_by_its_frame_is_one_quote_with_both_parts()
    {
        const string text = "\u2018Today, we can confirm that North Korea has completed an initial arms delivery,\u2019 Kirby continued. "
            + "\u2018Last month, North Korea delivered infantry rockets and missiles into Russia.\u2019";
        var quote = Single(text);
        Assert.Equal(2, quote.Content.Length);
        Assert.StartsWith("\u2018Last month", quote.Content[1].Text, StringComparison.Ordinal);
        Assert.Equal("continued", quote.Cue?.Text);
        Assert.Equal("Kirby", quote.Speaker?.Name);
    }

    [Fact]
    public void Quote_left_open_at_a_paragraph_end_continues_into_the_next_paragraph()
    {
        const string text = "\u201CSooner or later, any parties in a state of conflict sit down and make an agreement,\u201D Putin said. "
            + "\u201CThe sooner this realisation comes, the better.\n\n\u201CWe have never given up on this.\u201D\n\nThe war goes on.";
        var quote = Single(text);
        Assert.Equal(3, quote.Content.Length);
        Assert.Equal("\u201CWe have never given up on this.\u201D", quote.Content[2].Text);
        Assert.Equal("Putin", quote.Source?.Text);
    }

    [Fact]
    public void Following_paragraph_of_the_same_speech_inherits_the_speaker()
    {
        const string text = "\u201COur goal is to end this war,\u201D President Vladimir Putin said.\n\n"
            + "\u201CWe will strive for an end to this, and the sooner the better.\u201D";
        var quotes = Extractor.Extract(text);
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("Vladimir Putin", q.Speaker?.Name));
        Assert.Null(quotes[1].Cue);
    }

    [Fact]
    public void Colon_after_a_leading_frame_attributes_the_quote_that_follows()
    {
        const string text = "Mr Kirby told reporters on Thursday: \u201CWe assess that the amount of material will not change the dynamics.\u201D";
        var quote = Single(text);
        Assert.Equal("Mr Kirby", quote.Source?.Text);
        Assert.Equal("told", quote.Cue?.Text);
    }

    [Fact]
    public void Short_scare_quote_inside_a_sentence_is_not_a_direct_quote()
    {
        const string text = "President Vladimir Putin dismissed the Patriot system as \u201Cquite old,\u201D and moved on.";
        Assert.DoesNotContain(Extractor.Extract(text), a => a.IsDirect);
    }

    [Fact]
    public void Indirect_speech_after_a_said_cue_has_its_complement_as_content()
    {
        const string text = "John Kirby, a spokesman for the White House National Security Council, said Wagner was seeking arms suppliers around the world.";
        var claim = Single(text, direct: false);
        Assert.Equal("Wagner was seeking arms suppliers around the world", claim.Content[0].Text);
        Assert.Equal("said", claim.Cue?.Text);
        Assert.Equal("John Kirby", claim.Speaker?.Name);
    }

    [Theory]
    [InlineData("The real Trump showed up at the debate and performed well on the night.")]
    [InlineData("Clinton has never been charged with any wrongdoing in the email investigation.")]
    [InlineData("The senator has been endorsed by dozens of papers across the country this autumn.")]
    [InlineData("Our correspondents reported from Midway Atoll and from Kaneohe Bay in Hawaii.")]
    public void Verb_with_its_particle_or_agent_is_not_reported_speech(string text) =>
        Assert.DoesNotContain(Extractor.Extract(text), a => !a.IsDirect);

    [Theory]
    [InlineData("Clinton says at a campaign stop in Toledo that it means Trump never paid for college grants.", "it means Trump never paid for college grants")]
    [InlineData("Officials said at least 5,000 people entered the Statehouse through public entrances.", "at least 5,000 people entered the Statehouse through public entrances")]
    [InlineData("Police said up to 35 people were believed to be involved in the attack.", "up to 35 people were believed to be involved in the attack")]
    [InlineData("The authors pointed out it is difficult to draw firm conclusions from such studies.", "it is difficult to draw firm conclusions from such studies")]
    public void What_was_said_after_a_phrase_or_quantifier_is_the_content(string text, string content) =>
        Assert.Equal(content, Single(text, direct: false).Content[0].Text);

    [Fact]
    public void Indirect_speech_skips_that_and_the_addressee()
    {
        const string text = "Peskov told reporters that there had been no signs of readiness for peace talks.";
        var claim = Single(text, direct: false);
        Assert.Equal("there had been no signs of readiness for peace talks", claim.Content[0].Text);
        Assert.Equal("Peskov", claim.Source?.Text);
    }

    [Fact]
    public void Indirect_speech_with_the_frame_at_the_end_takes_the_clause_before_it()
    {
        const string text = "More sanctions are coming against the company and its support group in the weeks ahead, Kirby said.";
        var claim = Single(text, direct: false);
        Assert.Equal("More sanctions are coming against the company and its support group in the weeks ahead", claim.Content[0].Text);
        Assert.Equal("Kirby", claim.Source?.Text);
    }

    [Theory]
    [InlineData("Republicans were calm. Sen. David Perdue (R-Ga.) said he did not believe those attacks had hurt Romney.", "Sen. David Perdue (R-Ga.)", "he did not believe those attacks had hurt Romney")]
    [InlineData("Rep. Jim Jordan (R-Ohio) told reporters that the committee would meet again in March.", "Rep. Jim Jordan (R-Ohio)", "the committee would meet again in March")]
    [InlineData("The Environmental Protection Agency (EPA) said the rule would take effect next year.", "The Environmental Protection Agency (EPA)", "the rule would take effect next year")]
    public void Bracketed_label_after_a_name_stays_in_the_source(string text, string source, string content)
    {
        var claim = Single(text, direct: false);
        Assert.Equal(source, claim.Source?.Text);
        Assert.Equal(content, claim.Content[0].Text);
    }

    [Theory]
    [InlineData("Federal and state officials said the two men raised $350 million through the program.", "Federal and state officials")]
    [InlineData("President Obama and Hillary Clinton said the agreement would make the country safer.", "President Obama and Hillary Clinton")]
    public void Coordinated_subject_opening_the_sentence_is_the_whole_source(string text, string source) =>
        Assert.Equal(source, Single(text, direct: false).Source?.Text);

    [Fact]
    public void Coordination_after_a_clause_with_a_verb_leaves_the_source_to_the_last_conjunct()
    {
        const string text = "Trump spoke in Ohio and officials said the rally had drawn thousands of people.";
        Assert.Equal("officials", Single(text, direct: false).Source?.Text);
    }

    [Fact]
    public void Modifier_before_a_role_noun_opens_the_source()
    {
        const string text = "Although Scott lacks a signature achievement, elected officials from both parties say he has forged a reputation as a hard worker.";
        var claim = Single(text, direct: false);
        Assert.Equal("elected officials from both parties", claim.Source?.Text);
        Assert.Equal("he has forged a reputation as a hard worker", claim.Content[0].Text);
    }

    [Fact]
    public void Reported_clause_ends_before_a_contrast_but_keeps_a_relative_clause()
    {
        const string polls = "Instant polls showed Clinton was the winner of the debate, but instant polls are no measure of voting intentions.";
        Assert.Equal("Clinton was the winner of the debate", Single(polls, direct: false).Content[0].Text);
        const string visit = "Figueroa said the candidate was headed to the venue for interviews, which she was giving when police told her to leave.";
        Assert.Equal("the candidate was headed to the venue for interviews, which she was giving when police told her to leave", Single(visit, direct: false).Content[0].Text);
    }

    [Theory]
    [InlineData("According to AFP, one user on Weibo, which is essentially China\u2019s version of Twitter, posted: \u201CI just want to know how these two came to Beijing.\u201D")]
    [InlineData("\"Hearing the heartbeat was something we never take for granted,\" the \"Pose\" actor previously said on the show.")]
    [InlineData("\u201CWe will not be moved by this,\u201D said officials in Washington on Tuesday.")]
    public void A_place_a_title_or_a_relative_clause_inside_the_source_is_not_the_speaker(string text) =>
        Assert.Null(Single(text).Speaker);

    [Fact]
    public void Name_after_a_relative_clause_in_the_source_is_the_speaker()
    {
        const string text = "The group that owns most of her music, Big Machine, says \u201Cshe will be allowed to play her old tracks.\u201D";
        Assert.Equal("Big Machine", Assert.Single(Extractor.Extract(text)).Speaker?.Name);
    }

    [Fact]
    public void Pronoun_is_not_resolved_to_a_name_the_quote_speaks_of()
    {
        const string text = "She gave me an email address for Ford\u2019s sister, Martha Fry. \u201CI cannot believe Martha would not want his books back in print,\u201D she said.";
        Assert.Null(Single(text).Speaker);
    }

    [Fact]
    public void Pronoun_still_resolves_where_the_quote_names_a_relative_of_the_same_surname()
    {
        const string text = "Chen Guangcheng told the AP that his nephew had acted in self-defense. \u201CThey threatened the lawyer who volunteered to represent Chen Kegui,\u201D he said.";
        Assert.Equal("Chen Guangcheng", Single(text).Speaker?.Name);
    }

    [Fact]
    public void Name_in_a_phrase_opening_the_sentence_is_not_the_antecedent_of_he()
    {
        const string text = "Unlike Romney, Edward Conard rejects the notion of a monopoly on hard work. \u201CI think it\u2019s simple economics,\u201D he said.";
        Assert.Equal("Edward Conard", Single(text).Speaker?.Name);
    }

    [Fact]
    public void A_speaker_keeps_his_own_first_name_where_another_person_shares_his_surname()
    {
        const string text = "Witness Dorian Johnson was with Michael Brown. Highway Patrol Capt. Ron Johnson said the two were separate issues. "
            + "\u201CI told the chief I think both of those being released today was not needed,\u201D Ron Johnson said.";
        var quote = Assert.Single(Extractor.Extract(text), a => a.IsDirect);
        Assert.Equal("Ron Johnson", quote.Speaker?.Name);
    }

    [Fact]
    public void Participle_after_a_comma_takes_the_sentence_s_subject_as_source_not_its_object()
    {
        const string text = "The European Union has imposed sanctions on the group, accusing it of covert operations on behalf of the Kremlin.";
        var claim = Single(text, direct: false);
        Assert.Equal("The European Union", claim.Source?.Text);
        Assert.Equal("accusing", claim.Cue?.Text);
        Assert.StartsWith("it of covert operations", claim.Content[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Participle_after_a_sentence_opening_with_an_adverb_names_no_source()
    {
        const string text = "Shortly after the vote the senator left the chamber, saying the bill would fail in the House.";
        Assert.DoesNotContain(Extractor.Extract(text), a => a.Source?.Text == "Shortly");
    }

    [Fact]
    public void According_to_attributes_the_clause_after_the_comma()
    {
        const string text = "According to the Pentagon, the shipment included infantry rockets and missiles.";
        var claim = Single(text, direct: false);
        Assert.Equal("according to", claim.Cue?.Text, ignoreCase: true);
        Assert.Equal("the Pentagon", claim.Source?.Text);
        Assert.Equal("the shipment included infantry rockets and missiles", claim.Content[0].Text);
    }

    [Fact]
    public void Trailing_according_to_attributes_the_clause_before_it()
    {
        const string text = "North Korea fired three short-range ballistic missiles, according to South Korea\u2019s military.";
        var claim = Single(text, direct: false);
        Assert.Equal("South Korea\u2019s military", claim.Source?.Text);
        Assert.Equal("North Korea fired three short-range ballistic missiles", claim.Content[0].Text);
    }

    [Fact]
    public void Pronoun_source_resolves_to_the_previous_speaker()
    {
        const string text = "Kirby told reporters that Wagner was searching for arms.\n\n"
            + "\u201CWe can confirm that North Korea has completed an initial arms delivery to Wagner,\u201D he said.";
        var quote = Single(text);
        Assert.Equal("he", quote.Source?.Text);
        Assert.Equal("Kirby", quote.Speaker?.Name);
        Assert.Equal("Kirby", quote.Speaker?.Mention.Text);
        Assert.True(quote.Speaker!.Mention.Start < quote.Source!.Value.Start);
    }

    [Fact]
    public void Pronoun_resolves_to_the_subject_of_the_previous_sentence_when_there_is_no_earlier_attribution()
    {
        const string text = "Volodymyr Zelenskyy congratulated electrical workers for working round the clock.\n\n"
            + "\u201CEven if the enemy can leave us without light, it will never succeed,\u201D he said on Telegram.";
        Assert.Equal("Volodymyr Zelenskyy", Single(text).Speaker?.Name);
    }

    [Fact]
    public void Description_resolves_to_the_person_introduced_with_it()
    {
        const string text = "Russian President Vladimir Putin spoke on Thursday.\n\n"
            + "\u201COur goal is not to spin the flywheel of military conflict,\u201D the Russian president said.";
        var quote = Single(text);
        Assert.Equal("the Russian president", quote.Source?.Text);
        Assert.Equal("Vladimir Putin", quote.Speaker?.Name);
    }

    [Fact]
    public void Surname_resolves_to_the_full_name_used_earlier()
    {
        const string text = "White House spokesman John Kirby spoke to reporters.\n\n\u201CQuite the contrary, as always,\u201D Mr Kirby said.";
        Assert.Equal("John Kirby", Single(text).Speaker?.Name);
    }

    [Fact]
    public void Unresolvable_speaker_gives_null()
    {
        const string text = "\u201CThe delivery was completed last month and more may follow,\u201D a senior official said.";
        var quote = Single(text);
        Assert.Equal("a senior official", quote.Source?.Text);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Pronoun_without_any_earlier_person_gives_null()
    {
        const string text = "\u201CThe delivery was completed last month and more may follow,\u201D he said.";
        Assert.Null(Single(text).Speaker);
    }

    [Fact]
    public void Speech_verbs_inside_a_quote_make_no_attribution_of_their_own()
    {
        const string text = "\u201CI have said many times that the intensification of hostilities leads to losses,\u201D Putin said.";
        var only = Assert.Single(Extractor.Extract(text));
        Assert.True(only.IsDirect);
    }

    [Fact]
    public void Sample_report_fixture_yields_its_known_quotes_and_speakers()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "quotes", "wagner-arms-fox.txt"));
        var quotes = Extractor.Extract(text);
        var direct = quotes.Where(q => q.IsDirect).ToList();
        Assert.Equal(7, direct.Count);
        var confirm = Assert.Single(direct, q => q.Text.Contains("we can confirm that North Korea", StringComparison.Ordinal));
        Assert.Equal("John Kirby", confirm.Speaker?.Name);
        Assert.Contains(confirm.Content, part => part.Text.Contains("Last month, North Korea delivered", StringComparison.Ordinal));
        var assess = Assert.Single(direct, q => q.Text.StartsWith("We assess", StringComparison.Ordinal));
        Assert.Equal("he", assess.Source?.Text);
        Assert.Equal("John Kirby", assess.Speaker?.Name);
        Assert.Contains(quotes, q => !q.IsDirect && q.Content[0].Text.StartsWith("Prigozhin has been spending", StringComparison.Ordinal));
        Assert.All(quotes, q => Assert.All(q.Content, part => Assert.Equal(text[part.Start..part.End], part.Text)));
    }

    [Fact]
    public void Names_inside_a_quote_are_never_the_antecedent_of_a_pronoun_source()
    {
        const string text = "\u201CGreen and his partners have attacked the regulators for years,\u201D Smith said on Friday.\n\n"
            + "\u201CThe firm is a danger to investors. Publicly, Green has criticized the judges for their rulings,\u201D he said.";
        var quote = Assert.Single(Extractor.Extract(text), a => a.IsDirect && a.Source?.Text == "he");
        Assert.Equal("Smith", quote.Speaker?.Name);
    }

    [Fact]
    public void Possessive_name_in_a_subject_is_neither_the_speaker_nor_the_antecedent_of_a_later_pronoun()
    {
        const string text = "President Tom Smith visited the border on Monday.\n\nSmith\u2019s aide, Mark Jones, said the deal had \u201Cfinally set the baseline\u201D in the talks.\n\n"
            + "\u201COne. We must win. Two. No compromises on the border,\u201D he wrote on Twitter.";
        var quotes = Extractor.Extract(text);
        Assert.Equal("Mark Jones", Assert.Single(quotes, a => !a.IsDirect).Speaker?.Name);
        Assert.Equal("Mark Jones", Assert.Single(quotes, a => a.IsDirect).Speaker?.Name);
    }

    [Fact]
    public void Pronoun_source_resolves_to_the_subject_of_the_latest_sentence_not_a_name_in_its_complement()
    {
        const string text = "Tom Brown also played down the radar system that Mary Green agreed to supply to the army, saying it would fail.\n\n"
            + "\u201CAn antidote will always be found for such weapons,\u201D he said.";
        Assert.Equal("Tom Brown", Single(text).Speaker?.Name);
    }

    [Fact]
    public void Split_quote_keeps_the_sentence_break_its_frame_ended()
    {
        const string text = "\u201CWe can confirm the delivery to the group, which paid for that equipment,\u201D Smith said. "
            + "\u201CLast month, the rockets arrived for use by the group.\u201D";
        var quote = Single(text);
        Assert.Equal(2, quote.Content.Length);
        Assert.Equal("We can confirm the delivery to the group, which paid for that equipment. Last month, the rockets arrived for use by the group.", quote.Text);
    }

    [Fact]
    public void Quote_split_inside_a_sentence_is_joined_without_a_break()
    {
        const string text = "\u201CI really do think,\u201D Smith said, \u201Cthat the whole deal will fall apart soon.\u201D";
        var quote = Single(text);
        Assert.Equal(2, quote.Content.Length);
        Assert.Equal("I really do think that the whole deal will fall apart soon.", quote.Text);
    }

    [Theory]
    [InlineData("\u201CThat,\u201D he added, \u201Cpromises to make life a lot harder for our children.\u201D", "That promises to make life a lot harder for our children.")]
    [InlineData("\u201CHopefully,\u201D the president said, \u201Cthis museum can help us listen to each other.\u201D", "Hopefully this museum can help us listen to each other.")]
    [InlineData("\u201CIt\u2019s heartbreaking,\u201D Ryan said. \u201CThis country has to find new ways to heal.\u201D", "It\u2019s heartbreaking. This country has to find new ways to heal.")]
    public void Short_quotation_opening_a_split_quote_joins_the_rest(string text, string said)
    {
        var quote = Single(text);
        Assert.Equal(2, quote.Content.Length);
        Assert.Equal(said, quote.Text);
        Assert.NotNull(quote.Source);
    }

    [Fact]
    public void Long_subject_with_a_nickname_and_a_party_label_still_frames_the_quote()
    {
        const string text = "\"This is a big year for our candidate and for the whole state!\" his niece and longtime campaign volunteer, "
            + "state Rep. Mary \"Molly\" Jones (D-Norfolk), shouted to the crowd.";
        var quote = Single(text);
        Assert.Equal("shouted", quote.Cue?.Text);
        Assert.StartsWith("his niece", quote.Source?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Frame_running_on_to_a_new_statement_frames_that_statement_instead_of_joining_it()
    {
        const string text = "\u201CWe certainly cannot afford to do this anymore,\u201D Trump said, adding later, "
            + "\u201CNATO is costing us a fortune, and we are spending a lot of money.\u201D";
        var quotes = Extractor.Extract(text).Where(a => a.IsDirect).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Single(q.Content));
        Assert.StartsWith("We certainly", quotes[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("NATO is costing", quotes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_going_on_in_lower_case_after_a_longer_frame_is_still_one_quote()
    {
        const string text = "\u201CI think the moderator will be very fair,\u201D Trump said during a rally in Ohio, "
            + "\u201Cbut a lot of people are going to be watching to see if that is true.\u201D";
        var quote = Single(text);
        Assert.Equal(2, quote.Content.Length);
        Assert.Equal("Trump", quote.Source?.Text);
    }

    [Theory]
    [InlineData("\u2015")]
    [InlineData("\u2014")]
    [InlineData("\u2013")]
    public void Dash_and_name_after_a_quote_sign_it(string dash)
    {
        var text = "Voters told us what they think of the race.\n\n"
            + $"\u201CHe makes simple blanket statements about people he knows nothing about. He is ignorant of our lives.\u201D {dash} Pamela Padilla\n\n"
            + $"\u201CWe can build a wall around the whole campaign and be done with it.\u201D {dash} Steve Quinlan, a teacher in Ohio.";
        var quotes = Extractor.Extract(text).Where(a => a.IsDirect).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Pamela Padilla", quotes[0].Source?.Text);
        Assert.Equal("Steve Quinlan", quotes[1].Source?.Text);
        Assert.Equal("Steve Quinlan", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void Dash_before_a_comment_is_no_signature()
    {
        const string text = "\u201CWe will win this election and we will win it big.\u201D \u2014 a promise he made at every rally.";
        Assert.DoesNotContain(Extractor.Extract(text), a => a.Source is { } source && source.Text.Contains("promise", StringComparison.Ordinal));
    }

    [Fact]
    public void Quote_glued_to_the_sentence_before_it_is_attributed_to_its_speaker()
    {
        const string text = "Experts said no large quake has struck the fault for a century.\"The stress is building up along the fault,\" "
            + "Graves said.Most of those quakes were large.";
        var quote = Single(text);
        Assert.Equal("\"The stress is building up along the fault,\"", quote.Content[0].Text);
        Assert.Equal("Graves", quote.Speaker?.Name);
    }

    [Fact]
    public void Closing_mark_opening_a_paragraph_is_taken_as_an_opening_mark()
    {
        const string text = "Readers wrote in after the debate.\n\n"
            + "\u201DMr. Smith embodies the lasting legacy of division in this country. He represents our greatest shame.\u201D \u2015 Sonya Herridge";
        var quote = Single(text);
        Assert.StartsWith("\u201DMr. Smith", quote.Content[0].Text, StringComparison.Ordinal);
        Assert.Equal("Sonya Herridge", quote.Source?.Text);
    }

    [Theory]
    [InlineData("The new advertisement claims \u201CJones is the conservative you can trust.\u201D", "\u201CJones is the conservative you can trust.\u201D")]
    [InlineData("Abedin emailed supporters on Monday, telling them, \u201CI am proud of this campaign and its volunteers.\u201D", "\u201CI am proud of this campaign and its volunteers.\u201D")]
    public void Quotation_that_is_the_whole_reported_clause_after_a_cue_is_a_direct_quote(string text, string quote)
    {
        var direct = Single(text);
        Assert.Equal(quote, Assert.Single(direct.Content).Text);
        Assert.NotNull(direct.Source);
    }

    [Theory]
    [InlineData("Smith said that \u201Cthe whole deal will fall apart very soon.\u201D")]
    [InlineData("Smith wants \u201Ccommon-sense solutions to the problem of gun safety.\u201D")]
    public void Quoted_words_after_that_or_starting_in_lower_case_stay_indirect(string text)
    {
        Assert.DoesNotContain(Extractor.Extract(text), a => a.IsDirect);
    }

    [Fact]
    public void Unlisted_past_verb_before_a_colon_frames_the_quote_after_it()
    {
        const string text = "At the town hall meeting on Monday, the Christie supporter retorted: \u201CThere is a special place for voters who never listen.\u201D";
        var quote = Single(text);
        Assert.Equal("retorted", quote.Cue?.Text);
        Assert.Equal("the Christie supporter", quote.Source?.Text);
    }

    [Fact]
    public void Random_input_never_throws_and_spans_stay_in_range()
    {
        var random = new Random(20240101);
        string[] pieces =
        [
            "\u201C", "\u201D", "\u2018", "\u2019", "\"", "'", "''", " said ", " he said.", ", according to ", " Kirby ", "John Kirby",
            "the president", ".", ",", ":", "\n", "\n\n", " ", "Mr.", " told reporters that ", "war", " — ", "U.S.", "s\u2019 ",
        ];
        for (var round = 0; round < 400; round++)
        {
            var length = random.Next(0, 60);
            var text = string.Concat(Enumerable.Range(0, length).Select(_ => random.Next(4) == 0
                ? ((char)random.Next(32, 0x2100)).ToString()
                : pieces[random.Next(pieces.Length)]));
            foreach (var attribution in Extractor.Extract(text))
            {
                Assert.NotEmpty(attribution.Content);
                TextSpan?[] optional = [attribution.Cue, attribution.Source, attribution.Speaker?.Mention];
                foreach (var span in attribution.Content.Concat(optional.OfType<TextSpan>()))
                {
                    Assert.InRange(span.Start, 0, text.Length);
                    Assert.InRange(span.End, span.Start, text.Length);
                    Assert.Equal(text[span.Start..span.End], span.Text);
                }
            }
        }
    }

    [Fact]
    public void Quoted_title_inside_the_frame_does_not_stop_a_split_quote_from_joining()
    {
        const string text = "\u201CI was sitting in a house in Florida, with a bad earpiece,\u201D Trump told NBC\u2019s \u201CToday\u201D on Monday. "
            + "\u201CI could hardly hear what he was saying.\u201D";
        var quote = Single(text);
        Assert.Equal(2, quote.Content.Length);
        Assert.Equal("\u201CI could hardly hear what he was saying.\u201D", quote.Content[1].Text);
        Assert.Equal("Trump", quote.Source?.Text);
    }

    [Fact]
    public void Subject_with_lower_case_modifiers_after_a_comma_ended_quote_is_the_source()
    {
        const string text = "\u201CI'm putting Cruz second this week,\u201D former congressman Dan Maffei said.";
        var quote = Single(text);
        Assert.Equal("former congressman Dan Maffei", quote.Source?.Text);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void Unlisted_verb_before_its_subject_after_an_exclaimed_quote_is_the_cue()
    {
        const string text = "\u201CThis is fantastic!\u201D beamed Donald Hartley of Madison.";
        var quote = Single(text);
        Assert.Equal("beamed", quote.Cue?.Text);
        Assert.Equal("Donald Hartley of Madison", quote.Source?.Text);
    }

    [Fact]
    public void Paragraph_ending_in_a_colon_frames_the_quote_paragraph_after_it()
    {
        const string text = "Cruz continued:\n\n\u201CYou look at the questions and you wonder what this debate is about.\u201D";
        var quote = Single(text);
        Assert.Equal("Cruz", quote.Source?.Text);
        Assert.Equal("continued", quote.Cue?.Text);
    }

    [Fact]
    public void Name_and_colon_attribute_a_headline_quote()
    {
        const string text = "Harry Reid: \u2018Never, ever underestimate Trump.\u2019";
        var quote = Single(text);
        Assert.Equal("Harry Reid", quote.Source?.Text);
        Assert.Equal(":", quote.Cue?.Text);
    }

    [Fact]
    public void Capitalised_cue_opening_the_sentence_frames_the_quote_after_its_subject()
    {
        const string text = "Said Comey, \u201CThe thought that an error on our part is connected to this is very painful to us.\u201D";
        var quote = Single(text);
        Assert.Equal("Comey", quote.Source?.Text);
        Assert.Equal("Said", quote.Cue?.Text);
    }

    [Fact]
    public void Initial_and_party_label_inside_the_source_do_not_end_the_frame()
    {
        const string text = "\u201CIt's time for Congress to act on this loophole,\u201D Senate Minority Leader Harry M. Reid (D-Nev.) said in a statement.";
        var quote = Single(text);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.StartsWith("Senate Minority Leader Harry M. Reid", quote.Source?.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u201CEvery study of the last decades has said we need a heavy rocket,\u201D said Rep. Brian Babin, ranking member of the committee.", "Rep. Brian Babin", "Brian Babin")]
    [InlineData("\u201CThe plan raises taxes on the rich,\u201D said Mr. Burman, who directs the center.", "Mr. Burman", "Burman")]
    [InlineData("\u201CWe will be there,\u201D said John D. Podesta, a chief of staff whom Mr. Obama recruited to lead his climate efforts.", "John D. Podesta", "John D. Podesta")]
    public void A_title_s_dot_after_the_cue_does_not_end_the_source(string text, string source, string speaker)
    {
        var quote = Single(text);

        Assert.StartsWith(source, quote.Source?.Text, StringComparison.Ordinal);
        Assert.Equal(speaker, quote.Speaker?.Name);
    }

    [Fact]
    public void A_name_with_a_long_appositive_before_the_cue_is_the_source()
    {
        const string text = "\"Numerical experiments of this kind are particularly successful when you get out more than you put in,\" Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and co-author of the study, said in a statement.";
        var quote = Single(text);

        Assert.Equal(("said", "Dylan Nelson", "Dylan Nelson"), (quote.Cue?.Text, quote.Source?.Text, quote.Speaker?.Name));
    }

    [Fact]
    public void According_to_before_a_quote_names_its_source_after_the_cue()
    {
        const string text = "\u201CYou\u2019re wrong,\u201D Brian Babin told him.\n\nAccording to his aunt, Jane Starner, \u201CHe was brilliant from the start, reading at an adult level by age five.\u201D";
        var quote = Assert.Single(Extractor.Extract(text), a => a.IsDirect && a.Content[0].Text.StartsWith("\u201CHe was", StringComparison.Ordinal));

        Assert.Equal("According to", quote.Cue?.Text);
        Assert.Equal("Jane Starner", quote.Speaker?.Name);
    }

    [Fact]
    public void Short_determiner_phrase_is_a_source_and_a_cue_word_after_a_determiner_is_a_noun()
    {
        const string organisation = "\u201COur mission is to provide a safe platform,\u201D the organization wrote.";
        Assert.Equal("the organization", Single(organisation).Source?.Text);
        const string report = "\u201CCurrent immigrants are integrating into U.S. society,\u201D the report concluded.";
        var quote = Single(report);
        Assert.Equal("the report", quote.Source?.Text);
        Assert.Equal("concluded", quote.Cue?.Text);
    }

    [Theory]
    [InlineData("Voters reward candidates who show up. Furthermore, refusing to debate does not look good in voters' eyes.")]
    [InlineData("The advert names the car's age. Also mentioned is the fact that the car is old enough to vote.")]
    public void Sentence_adverb_is_no_source(string text) =>
        Assert.DoesNotContain(Extractor.Extract(text), a => a.Source?.Text is "Furthermore" or "Also");

    [Fact]
    public void Description_goes_on_with_the_latest_speaker_it_fits()
    {
        const string text = "President Vladimir Putin says Russia wants an end to the war.\n\n"
            + "He made the comments a day after Ukrainian President Volodymyr Zelensky visited Washington.\n\n"
            + "\u201CAn antidote will always be found,\u201D Putin said.\n\n"
            + "Mr Putin played down the Patriot system supplied to Mr Zelensky by the United States.\n\n"
            + "The president also said a price cap on Russian oil would not damage the Russian economy.";
        var capped = Assert.Single(Extractor.Extract(text), a => a.Source?.Text == "The president");
        Assert.Equal("Vladimir Putin", capped.Speaker?.Name);
    }

    [Fact]
    public void Contracted_pronoun_is_no_speaker_s_name()
    {
        const string text = "Trump said he would bargain harder. They\u2019ll say, \u201CWe want our prisoners back before we start negotiations.\u201D";
        Assert.DoesNotContain(Extractor.Extract(text), a => a.Speaker?.Name is { } name && name.Contains('\u2019', StringComparison.Ordinal));
    }

    [Fact]
    public void Surname_ending_in_ly_is_a_source() =>
        Assert.Equal("Lovely", Single("\"When the price of these inputs goes up, businesses find it harder to compete,\" Lovely said.").Source?.Text);

    [Fact]
    public void Learned_cue_list_holds_reporting_verbs_and_not_function_words()
    {
        Assert.True(CueLexicon.Default.IsCue("said"));
        Assert.True(CueLexicon.Default.IsCue("tweeted"));
        Assert.False(CueLexicon.Default.IsCue("the"));
        Assert.False(CueLexicon.Default.IsCue("has"));
        Assert.True(CueLexicon.Default.Precision("said") > CueLexicon.Default.Precision("think"));
    }
}
