using System.Collections.Immutable;
using Crosscheck.Core.Cleaning;
using Crosscheck.Core.Extraction.Dates;
using Crosscheck.Core.Extraction.Entities;
using Crosscheck.Core.Extraction.Quotes;
using Crosscheck.Core.Text;
using System.Runtime.CompilerServices;
using static Crosscheck.Core.Text.TokenSearch;

namespace Crosscheck.Core.Extraction.Events;

/// <summary>
/// Finds actor -> action -> target events in a story's articles from trigger words and the clause around them (see
/// README.md in this folder): active and passive verbs, "took delivery of ... from", event nouns carried by a light verb
/// or a possessive, and denials reported as "X said it had never ...". Arguments are the story's resolved entities; the
/// statement that carries an event names who it is attributed to. Equivalent events across articles are merged.
/// </summary>
public static class EventExtractor
{
    private static readonly WordSet RecipientPrepositions = new(new[]
    {
        "to", "against", "on", "upon", "toward", "towards",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet ObjectStopWords = new(new[]
    {
        "the", "a", "an", "of", "and", "or", "with", "to", "its", "their", "his", "her", "any", "some", "this", "that", "these",
        "those", "for", "in", "on",
    }, StringComparer.OrdinalIgnoreCase);

    // Adverb particles that make a phrasal verb with the verb before them ("give up", "shot down", "lost out").
    private static readonly WordSet Particles = new(new[] { "up", "out", "off", "down", "away", "back" }, StringComparer.OrdinalIgnoreCase);

    // Verbs whose "as" phrase names what the target is made or taken to be ("designated Acme as a terrorist group",
    // "appointed him as ambassador", "rejected the claims as false"); after others it is a clause of time ("shot Brown as
    // the teenager stood").
    private static readonly WordSet AsObject = new(new[]
    {
        "designate", "appoint", "nominate", "elect", "hire", "recognize", "recognise", "replace", "sign", "reject", "condemn",
        "criticize", "criticise", "dismiss", "deny", "recruit", "attack",
    }, StringComparer.Ordinal);

    // Verbs that take a recipient before the thing given ("gave Poland the prestige of a visit").
    private static readonly WordSet GivingVerbs = new(new[] { "give", "send", "provide", "pay", "sell" }, StringComparer.Ordinal);

    // Verbs whose "with" phrase says what was given or used ("provided Acme with rockets", "struck Kyiv with drones") or
    // who took part ("met with lawmakers"); for other verbs it is company or manner ("visited Mike with our parents",
    // "launched with an aim").
    private static readonly WordSet WithObject = new(new[]
    {
        "provide", "supply", "equip", "charge", "hit", "threaten", "replace", "help", "strike", "attack", "kill", "wound",
        "injure", "bomb", "shell", "shoot", "target", "fund", "finance", "punish", "sanction", "meet", "join", "negotiate",
        "fight",
    }, StringComparer.Ordinal);

    // Verbs that carry no content of their own in a denial ("had never had arms dealings").
    private static readonly WordSet EmptyVerbs = new(new[]
    {
        "have", "has", "had", "having", "do", "does", "did", "get", "gets", "got", "gotten", "make", "made",
    }, StringComparer.OrdinalIgnoreCase);

    // "no" before these words makes an idiom, not a denial ("has no idea how", "had no comment").
    private static readonly WordSet NoIdioms = new(new[]
    {
        "idea", "comment", "doubt", "way", "choice", "longer", "matter", "one", "reason", "sign", "word",
    }, StringComparer.OrdinalIgnoreCase);

    // Verbs whose "of" phrase is the charge or the thing taken, not part of their object's name ("accused Supreme Court
    // nominee Brett Kavanaugh of sexual assault", "stripped the club of its title").
    private static readonly WordSet OfObject = new(new[]
    {
        "accuse", "convict", "suspect", "acquit", "clear", "rob", "strip", "deprive", "inform", "remind", "warn", "notify",
        "absolve", "cheat", "relieve",
    }, StringComparer.Ordinal);

    // Verbs whose "for" phrase says why, what for or at what price ("sanctioned Acme for abuses", "met for talks", "won
    // the prize for literature", "bought it for $44 billion"); for other verbs it is a purpose or a length of time
    // ("tested USB-C for a very long time", which no verb's object is).
    private static readonly WordSet ForObject = new(new[]
    {
        "sanction", "arrest", "detain", "charge", "indict", "convict", "sentence", "punish", "pardon", "condemn", "criticize",
        "criticise", "sue", "investigate", "fire", "dismiss", "expel", "suspend", "ban", "pay", "nominate", "hire", "elect",
        "accuse", "buy", "sell", "acquire", "target", "recruit", "meet", "win",
    }, StringComparer.Ordinal);

    public static ImmutableArray<Event> Extract(
        IReadOnlyList<CleanArticle> storyArticles,
        ImmutableArray<Entity> entities,
        IReadOnlyDictionary<ArticleId, ImmutableArray<Attribution>>? attributions = null) =>
        Extract(storyArticles, entities, attributions, null);

    /// <summary>The events of a story whose articles' tokens the other stages share, when they do.</summary>
    // Optimised at its first call: its loops run over whole articles from the first calls, and tiering recompiled it
    // from inside them again and again (see README, Performance).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ImmutableArray<Event> Extract(
        IReadOnlyList<CleanArticle> storyArticles,
        ImmutableArray<Entity> entities,
        IReadOnlyDictionary<ArticleId, ImmutableArray<Attribution>>? attributions,
        TokenCache? tokens)
    {
        ArgumentNullException.ThrowIfNull(storyArticles);
        var mentionsByArticle = new Dictionary<ArticleId, List<(Span Span, string Id)>>();
        List<(Span Span, string Id)>? list = null;
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                // An entity's mentions come article by article: the list of the one before is most often the one.
                if (list is null || list[0].Span.Article != mention.Article)
                {
                    if (!mentionsByArticle.TryGetValue(mention.Article, out list))
                    {
                        mentionsByArticle[mention.Article] = list = new List<(Span Span, string Id)>(16);
                    }
                }

                list.Add((mention, entity.Id));
            }
        }

        var quotes = new QuoteExtractor();
        var found = new List<Finding>();
        var byName = new EntityNames(entities);
        var scratch = Scratch.ForThisThread();
        foreach (var article in storyArticles)
        {
            var articleTokens = tokens?.Of(article.Text) ?? WordTokenizer.Tokenize(article.Text);
            var statements = attributions is not null && attributions.TryGetValue(article.Id, out var given) ? given : quotes.Extract(article.Text, articleTokens);
            var context = new ArticleContext(article, articleTokens, mentionsByArticle.GetValueOrDefault(article.Id) ?? [], statements, byName, scratch);
            context.Read(found);
            scratch.Release(articleTokens.Length);
        }

        return Merge(found);
    }

    private static ImmutableArray<Event> Merge(List<Finding> found)
    {
        var groups = new Dictionary<(string?, string, string?, bool, string), List<Finding>>();
        foreach (var finding in found)
        {
            var signature = finding.Target is null ? ObjectSignature(finding.Object) : string.Empty;
            var key = (finding.Actor, finding.Action, finding.Target, finding.Negated, signature);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(finding);
        }

        var events = new List<Event>(groups.Count);
        foreach (var ((actor, action, target, negated, _), list) in groups)
        {
            var occurrences = list.Select(f => f.Occurrence).Distinct().OrderBy(s => s.Article.Value, StringComparer.Ordinal).ThenBy(s => s.Start).ToImmutableArray();
            events.Add(new Event(
                actor,
                action,
                target,
                MostCommon(list.Select(f => f.Object)),
                MostCommon(list.Select(f => f.Date)),
                MostCommon(list.Select(f => f.AttributedTo)),
                negated,
                occurrences));
        }

        return [.. events
            .OrderByDescending(e => e.Occurrences.Length)
            .ThenBy(e => e.Action, StringComparer.Ordinal)
            .ThenBy(e => e.ActorEntityId, StringComparer.Ordinal)
            .ThenBy(e => e.TargetEntityId, StringComparer.Ordinal)];
    }

    private static string? MostCommon(IEnumerable<string?> values) =>
        values.Where(v => v is not null)
            .GroupBy(v => v!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

    // Objects of events without a target are compared by their stemmed content words ("arms dealings" = "arms deals").
    private static string ObjectSignature(string? text) =>
        text is null ? string.Empty
        : string.Join(' ', WordTokenizer.Tokenize(text)
            .Select(t => t.Text.ToLowerInvariant())
            .Where(w => w.Length > 1 && char.IsLetterOrDigit(w[0]) && !ObjectStopWords.Contains(w))
            .Select(PorterStemmer.Stem)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));

    /// <summary>One reading of an event in one place.</summary>
    internal sealed record Finding(string? Actor, string Action, string? Target, string? Object, string? Date, string? AttributedTo, bool Negated, Span Occurrence);

    private sealed class ArticleContext
    {
        private readonly CleanArticle article;
        private readonly ClauseReader reader;
        private readonly ImmutableArray<Attribution> statements;
        private readonly EntityNames byName;
        private readonly Scratch scratch;
        private ImmutableArray<TemporalExpression>? dates;
        private (int Start, int End) sentence;

        public ArticleContext(
            CleanArticle article,
            ImmutableArray<TextSpan> tokens,
            List<(Span Span, string Id)> mentions,
            ImmutableArray<Attribution> statements,
            EntityNames byName,
            Scratch scratch)
        {
            this.article = article;
            this.statements = statements;
            this.byName = byName;
            this.scratch = scratch;
            var (entityAt, modifierAt, mentionFirst) = scratch.TokenArrays(tokens.Length);
            var gazetteer = Gazetteer.Default;
            var previous = ReadOnlySpan<char>.Empty;
            var demonym = false;
            foreach (var (span, id) in mentions)
            {
                var first = FirstTokenAtOrAfter(tokens, span.Start);
                // Keyed on the stack: a memo of every surface seen grew too large to stay in cache, and a miss there cost
                // more than the key and the gazetteer's small table. An entity's mentions come together, most often in
                // the same words as the one before, which keeps its answer.
                var surface = article.Text.AsSpan(span.Start, Math.Min(span.End, article.Text.Length) - span.Start);
                if (previous.IsEmpty || !surface.SequenceEqual(previous))
                {
                    demonym = NameForms.IsDemonym(surface, gazetteer);
                    previous = surface;
                }

                for (var k = first; k < tokens.Length && tokens[k].Start < span.End; k++)
                {
                    entityAt[k] = id;
                    modifierAt[k] = demonym;
                    mentionFirst[k] = first;
                }
            }

            reader = new ClauseReader(tokens, entityAt, modifierAt, mentionFirst);
        }

        // Optimised at its first call: its loops run over whole articles from the first calls, and tiering recompiled it
        // from inside them again and again (see README, Performance).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Read(List<Finding> found)
        {
            var tokens = reader.Tokens;
            var sentences = scratch.Sentences;
            sentences.Clear();
            SentenceSplitter.Ranges(article.Text, 0, article.Text.Length, sentences);
            foreach (var current in sentences)
            {
                sentence = current;
                var s0 = FirstTokenAtOrAfter(tokens, current.Start);
                var s1 = FirstTokenAtOrAfter(tokens, current.End);

                // Every argument an event takes is an entity of its sentence, and an event without one is not emitted: a
                // sentence that names none has no trigger worth reading.
                if (!reader.HasEntity(s0, s1))
                {
                    continue;
                }

                for (var k = s0; k < s1; k++)
                {
                    if (reader.EntityAt(k) is not null)
                    {
                        continue;
                    }

                    var word = reader.Word(k);
                    if (char.IsUpper(word[0]))
                    {
                        continue;
                    }

                    var trigger = EventLexicon.Find(word);
                    if (word is "took" or "take" or "takes" or "taking" or "taken" && k + 2 < s1 && reader.Word(k + 1) == "delivery" && reader.Word(k + 2) == "of")
                    {
                        ReadReceipt(k, k + 3, s0, s1, found);
                    }
                    else if (trigger is null)
                    {
                        continue;
                    }
                    else if (trigger.Verb is { } verb)
                    {
                        ReadVerb(k, verb, s0, s1, found);
                    }
                    else if (trigger.Noun is { } lemma)
                    {
                        ReadNoun(k, lemma, s0, s1, found);
                    }

                    if (trigger?.Speech is { } speech && speech.Lemma != "deny" && (speech.IsPast || speech.IsThirdPerson))
                    {
                        ReadDenial(k, s0, s1, found);
                    }
                }
            }
        }

        private void ReadVerb(int k, EventLexicon.VerbForm verb, int s0, int s1, List<Finding> found)
        {
            // "UN sanctions on Iran", "U.S. supplies of": a plural noun, not a verb.
            if (verb.IsThirdPerson && !verb.IsPast && k + 1 < s1 && (IsPreposition(reader.Word(k + 1)) || reader.Word(k + 1) is "committee" or "panel" or "regime" or "list"))
            {
                return;
            }

            var chain = reader.ChainBefore(k, s0);
            // "can win", "could deliver", "must halt": a possibility or a demand did not happen.
            if (chain.HasModal && reader.IsSpeculative(chain.First, k))
            {
                return;
            }

            var hasChain = chain.First < k;
            var finite = verb.IsPast || verb.IsThirdPerson || (verb.IsGerund && chain.HasBe) || (verb.IsParticiple && hasChain)
                || (!verb.IsGerund && chain.HasModal);
            if (!finite || (k > s0 && reader.Word(k - 1) is "to" or "of" or "the" or "a" or "an"))
            {
                return;
            }

            // "a widely condemned plan": a participle after a determiner and adverbs describes the noun that follows.
            if (verb.IsParticiple && chain.First > s0 && ClauseReader.IsDeterminer(reader.Word(chain.First - 1)))
            {
                return;
            }

            // "will be back", "are free": a bare form right after a form of "be" is no verb.
            if (verb is { IsPast: false, IsParticiple: false, IsThirdPerson: false, IsGerund: false } && k > s0 && ClauseReader.IsBe(reader.Word(k - 1)))
            {
                return;
            }

            var byAgent = k + 1 < s1 && reader.Word(k + 1) == "by";
            // "Mao accused of plotting a coup", "the general convicted of treason": a reduced passive, as headlines write it.
            var ofPhrase = k + 1 < s1 && reader.Word(k + 1) == "of";
            var passive = verb.IsParticiple && !verb.IsGerund && (chain.HasBe || (!hasChain && (byAgent || ofPhrase)));
            if (verb.IsParticiple && !verb.IsPast && !passive && !hasChain)
            {
                return;
            }

            var lo = Math.Min(chain.First, k);
            // "give up the rights", "shot down a drone": the particle belongs to the verb, and its object follows it.
            var particle = k + 1 < s1 && Particles.Contains(reader.Word(k + 1)) ? reader.Word(k + 1).ToLowerInvariant() : null;
            var argumentStart = particle is null ? k + 1 : k + 2;
            var hi = argumentStart;
            ImmutableArray<string> actors, targets = [];
            string? objectText = null;
            var action = particle is null ? verb.Lemma : verb.Lemma + " " + particle;
            var arguments = ReadArguments(argumentStart, s1, passive, action);
            hi = Math.Max(hi, arguments.End);
            if (passive)
            {
                actors = arguments.Agents;
                var subject = reader.SubjectBefore(chain.First, s0);
                lo = Math.Min(lo, subject.First);
                if (!subject.Entities.IsEmpty)
                {
                    targets = subject.Entities;
                }
                else
                {
                    objectText = reader.TextOf(article.Text, subject.First, chain.First);
                }

                objectText ??= arguments.Object;
                if (targets.IsEmpty)
                {
                    targets = arguments.Targets;
                }
            }
            else
            {
                var subject = reader.ActorBefore(chain.First, s0);
                lo = Math.Min(lo, subject.First);
                actors = subject.Pronoun is not null ? SpeakerOfComplement(subject.First, s0) : subject.Entities;
                targets = arguments.DirectEntities.IsEmpty ? arguments.Targets : arguments.DirectEntities;
                objectText = arguments.DirectEntities.IsEmpty ? arguments.DirectText ?? arguments.Object : arguments.Object;
            }

            // "X received Y from Z": Z delivered Y to X. Without a giver it stays X's receipt of Y, with no one else in it:
            // "received a suspension", "received 910,000 votes" and "received emails related to Libya" deliver nothing.
            if (verb.Lemma == "receive" && !passive)
            {
                (actors, targets, action) = arguments.Sources.IsEmpty ? (actors, [], action) : (arguments.Sources, actors, "deliver");
            }

            Emit(actors, action, targets, objectText, chain.Negated, k, lo, hi, found);
        }

        private void ReadReceipt(int k, int ofStart, int s0, int s1, List<Finding> found)
        {
            var chain = reader.ChainBefore(k, s0);
            var subject = reader.SubjectBefore(chain.First, s0);
            var (first, end) = reader.PhraseAfter(ofStart, s1);
            var arguments = ReadArguments(end, s1, false, "deliver");
            Emit(arguments.Sources, "deliver", subject.Entities, reader.TextOf(article.Text, first, end), chain.Negated, k,
                Math.Min(subject.First, chain.First), Math.Max(end, arguments.End), found);
        }

        // "Iran has completed an initial arms delivery to Acme", "Iran's sale to it of drones".
        private void ReadNoun(int k, string lemma, int s0, int s1, List<Finding> found)
        {
            ImmutableArray<string> actors = [];
            var lo = k;
            var negated = false;
            for (var j = k - 1; j >= Math.Max(s0, k - 5); j--)
            {
                var word = reader.Word(j);
                if (EventLexicon.IsLightVerb(word))
                {
                    var chain = reader.ChainBefore(j, s0);
                    var subject = reader.ActorBefore(chain.First, s0);
                    actors = subject.Pronoun is not null ? SpeakerOfComplement(subject.First, s0) : subject.Entities;
                    negated = chain.Negated;
                    lo = subject.First;
                    break;
                }

                if (word is "'s" or "\u2019s" && j > s0 && reader.EntityAt(j - 1) is { } owner)
                {
                    actors = [owner];
                    lo = j - 1;
                    break;
                }

                if (!char.IsLetterOrDigit(word[0]) || reader.EntityAt(j) is not null)
                {
                    break;
                }
            }

            if (actors.IsEmpty)
            {
                return;
            }

            var arguments = ReadArguments(k + 1, s1, false, lemma);
            Emit(actors, lemma, arguments.Targets, arguments.Object, negated, k, lo, Math.Max(k + 1, arguments.End), found);
        }

        // "Iran said it had never had arms dealings with Sudan": a denial by the speaker.
        private void ReadDenial(int k, int s0, int s1, List<Finding> found)
        {
            // What follows the verb of saying is read first: most statements hold no negation, and need no subject.
            var p = k + 1;
            if (p < s1 && reader.Word(p) == "that")
            {
                p++;
            }

            if (p >= s1 || !(ClauseReader.IsPronoun(reader.Word(p)) || reader.EntityAt(p) is not null))
            {
                return;
            }

            p++;
            while (p < s1 && reader.EntityAt(p) is not null && reader.EntityAt(p) == reader.EntityAt(p - 1))
            {
                p++;
            }

            var verbAt = -1;
            var negated = false;
            for (var q = p; q < Math.Min(s1, p + 5); q++)
            {
                var word = reader.Word(q);
                // "had no arms dealings": the noun phrase after "no" is what is denied.
                if (word == "no")
                {
                    negated = true;
                    verbAt = q;
                    break;
                }

                if (word is "not" or "n't" or "never")
                {
                    negated = true;
                    continue;
                }

                // "might not attend" is no denial.
                if (ClauseReader.IsSpeculative(word))
                {
                    return;
                }

                var auxiliaryHave = word is "has" or "have" or "had" && q + 1 < s1 && IsVerbGroupWord(reader.Word(q + 1));
                if (ClauseReader.IsBe(word) || ClauseReader.IsModal(word) || auxiliaryHave || word is "ever" or "always")
                {
                    continue;
                }

                verbAt = q;
                break;
            }

            // A negated event verb is read as that event, negated; other verbs make the statement a denial.
            if (!negated || verbAt < 0 || EventLexicon.Verb(reader.Word(verbAt)) is not null)
            {
                return;
            }

            var chain = reader.ChainBefore(k, s0);
            var subject = reader.ActorBefore(chain.First, s0);
            if (subject.Entities.IsEmpty)
            {
                return;
            }

            // "has no idea how", "had no comment": idioms, not denials.
            var determinerNegation = reader.Word(verbAt) == "no";
            if (determinerNegation && (verbAt + 1 >= s1 || NoIdioms.Contains(reader.Word(verbAt + 1))))
            {
                return;
            }

            var (first, end) = reader.PhraseAfter(verbAt + 1, s1);
            // "was not announcing his candidacy" denies announcing it; "had never had arms dealings" denies the dealings.
            if (!determinerNegation && !EmptyVerbs.Contains(reader.Word(verbAt)) && end > first)
            {
                first = verbAt;
            }

            var extended = end;
            while (extended < s1 && reader.Word(extended) is "with" or "to" or "of" or "from" or "against")
            {
                extended = reader.PhraseAfter(extended + 1, s1).End;
            }

            var objectText = reader.TextOf(article.Text, first, extended);
            if (objectText is null)
            {
                return;
            }

            Emit(subject.Entities, "deny", [], objectText, false, k, Math.Min(subject.First, chain.First), extended, found, speaker: subject.Entities[0]);
        }

        private Arguments ReadArguments(int start, int s1, bool passive, string lemma)
        {
            // Sanctions, bans and curbs are imposed "on" their target; otherwise "on" is time or place.
            var sanctioning = lemma is "impose" or "sanction" or "lift" or "ban" or "restrict";
            ImmutableArray<string> direct = [], beneficiary = [], recipient = [], destination = [], agents = [], sources = [];
            string? directText = null, objectText = null;
            var p = start;
            if (!passive && p < s1 && !IsPreposition(reader.Word(p)))
            {
                var giving = GivingVerbs.Contains(lemma);
                var (first, end) = reader.PhraseAfter(p, s1, recipientFirst: giving, ofEndsName: OfObject.Contains(lemma));
                direct = reader.EntitiesOf(first, end);
                (direct, end) = WithAppositive(direct, end, s1);
                directText = direct.IsEmpty ? reader.TextOf(article.Text, first, end) : null;
                p = end;

                // "will give Poland the prestige of a visit", "gave his players a pep talk": the recipient, then the thing
                // given, which is the object.
                if ((giving || !direct.IsEmpty) && p < s1 && ClauseReader.IsDeterminer(reader.Word(p)))
                {
                    var (thingFirst, thingEnd) = reader.PhraseAfter(p, s1);
                    if (reader.TextOf(article.Text, thingFirst, thingEnd) is { } thing)
                    {
                        (objectText, directText) = direct.IsEmpty ? (objectText, thing) : (thing, directText);
                    }

                    p = Math.Max(p, thingEnd);
                }
            }

            for (var steps = 0; steps < 5 && p < s1; steps++)
            {
                var preposition = reader.Word(p).ToLowerInvariant();
                if (!IsPreposition(preposition))
                {
                    break;
                }

                // "gave Rs 25 lakh to an agent to help him enter the US": "to" before a verb opens a purpose, not a recipient.
                if (preposition == "to" && p + 1 < s1 && EventLexicon.Verb(reader.Word(p + 1)) is { IsPast: false, IsParticiple: false, IsThirdPerson: false, IsGerund: false })
                {
                    break;
                }

                // After most verbs "as" opens a clause of its own ("shot Brown as the teenager stood with his hands up"),
                // whose phrases are not the verb's.
                if (preposition == "as" && !AsObject.Contains(lemma))
                {
                    break;
                }

                var from = p + 1;
                if (preposition == "for" && from + 1 < s1 && reader.Word(from) == "use" && reader.Word(from + 1) == "by")
                {
                    from += 2;
                    preposition = "for use by";
                }

                var (first, end) = reader.PhraseAfter(from, s1, allowLeadingGerund: preposition is "of" or "for");
                var entities = reader.EntitiesOf(first, end);
                (entities, end) = WithAppositive(entities, end, s1);
                switch (preposition)
                {
                    case "for use by":
                        beneficiary = beneficiary.IsEmpty ? entities : beneficiary;
                        break;
                    case "by":
                        agents = agents.IsEmpty ? entities : agents;
                        break;
                    case "from":
                        sources = sources.IsEmpty ? entities : sources;
                        break;
                    case "into":
                        destination = destination.IsEmpty ? entities : destination;
                        break;
                    // "designated the private army as a military end user": an unnamed object keeps what it is made.
                    case "as" when !reader.IsClause(first, end, s1):
                        var made = reader.TextOf(article.Text, first, end);
                        if (direct.IsEmpty && directText is not null && objectText is null && made is not null)
                        {
                            directText = directText + " as " + made;
                        }
                        else
                        {
                            objectText ??= made;
                        }

                        break;
                    case "of" or "for" when first < end && reader.Word(first).EndsWith("ing", StringComparison.Ordinal):
                        objectText ??= reader.TextOf(article.Text, first, end);
                        break;
                    case "of" when entities.IsEmpty:
                    case "with" when entities.IsEmpty && WithObject.Contains(lemma):
                    case "for" when entities.IsEmpty && ForObject.Contains(lemma) && !reader.StartsDuration(from, s1):
                        objectText ??= reader.TextOf(article.Text, first, end);
                        break;
                    case "on" or "upon" when !sanctioning:
                        break;
                    default:
                        if (RecipientPrepositions.Contains(preposition))
                        {
                            recipient = recipient.IsEmpty ? entities : recipient;
                        }

                        break;
                }

                if (end <= from)
                {
                    break;
                }

                p = end;
            }

            // The end user ("for use by") before the recipient before the place delivered into.
            var targets = !beneficiary.IsEmpty ? beneficiary : !recipient.IsEmpty ? recipient : destination;
            return new Arguments(direct, directText, targets, objectText, agents, sources, p);
        }

        private (ImmutableArray<string> Entities, int End) WithAppositive(ImmutableArray<string> entities, int end, int s1)
        {
            if (!entities.IsEmpty || end + 1 >= s1 || reader.Word(end) != ",")
            {
                return (entities, end);
            }

            // "an unarmed teenager, Michael Brown": the name after the comma is the phrase's. A name with a verb after it is a
            // clause of its own: "launched an investigation into the death, Davids said", "wins the presidency, Republicans
            // will maintain their grip".
            var (first, appositiveEnd) = reader.PhraseAfter(end + 1, s1);
            var named = reader.EntitiesOf(first, appositiveEnd);
            return named.IsEmpty || reader.IsClause(first, appositiveEnd, s1) ? (entities, end) : (named, appositiveEnd);
        }

        // "Iran said it had never ...": a pronoun subject in what someone said is that someone.
        private ImmutableArray<string> SpeakerOfComplement(int pronoun, int s0)
        {
            var k = pronoun - 1;
            if (k >= s0 && reader.Word(k) == "that")
            {
                k--;
            }

            if (k < s0 || EventLexicon.Speech(reader.Word(k)) is not { } speech || !(speech.IsPast || speech.IsThirdPerson))
            {
                return [];
            }

            var chain = reader.ChainBefore(k, s0);
            return reader.SubjectBefore(chain.First, s0).Entities;
        }

        private void Emit(
            ImmutableArray<string> actors,
            string action,
            ImmutableArray<string> targets,
            string? objectText,
            bool negated,
            int trigger,
            int lo,
            int hi,
            List<Finding> found,
            string? speaker = null)
        {
            var tokens = reader.Tokens;
            var hasObject = objectText is not null;
            if (actors.IsEmpty && targets.IsEmpty || (actors.IsEmpty ? 0 : 1) + (targets.IsEmpty ? 0 : 1) + (hasObject ? 1 : 0) < 2)
            {
                return;
            }

            lo = Math.Clamp(lo, 0, trigger);
            hi = Math.Clamp(hi, trigger + 1, tokens.Length);
            var occurrence = new Span(article.Id, tokens[lo].Start, tokens[hi - 1].End);
            var attributed = speaker ?? AttributionAt(tokens[trigger].Start);
            var date = DateNear(tokens[trigger].Start);
            for (var a = 0; a < Math.Max(1, actors.Length); a++)
            {
                var actor = actors.IsEmpty ? null : actors[a];
                for (var t = 0; t < Math.Max(1, targets.Length); t++)
                {
                    var target = targets.IsEmpty ? null : targets[t];
                    if (actor is not null && actor == target)
                    {
                        continue;
                    }

                    found.Add(new Finding(actor, action, target, objectText, date, attributed, negated, occurrence));
                }
            }
        }

        // The resolved date or period named in the event's sentence, nearest to its trigger; never a guess: a date that
        // cannot be resolved (no publication date to count "last month" from) leaves the event undated.
        private string? DateNear(int offset)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            // Resolved on first use: most articles have no event to date, and resolving dates is a regex pass over the text.
            dates ??= TemporalExpressionResolver.Extract(article.Text, article.Published?.Date);
            foreach (var expression in dates.Value)
            {
                if (expression.Start < sentence.Start || expression.End > sentence.End || expression.Kind == TemporalKind.Duration
                    || !expression.Resolved || expression.Iso is null
                    || expression.Modifier is TemporalModifier.Since or TemporalModifier.Until or TemporalModifier.Before or TemporalModifier.After)
                {
                    continue;
                }

                var distance = offset < expression.Start ? expression.Start - offset : Math.Max(0, offset - expression.End);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (expression.Iso, distance);
                }
            }

            return best;
        }

        private string? AttributionAt(int offset)
        {
            foreach (var statement in statements)
            {
                if (statement.Speaker is not { } speaker || !statement.Content.Any(part => part.Start <= offset && offset < part.End))
                {
                    continue;
                }

                var tokens = reader.Tokens;
                for (var k = FirstTokenAtOrAfter(tokens, speaker.Mention.Start); k < tokens.Length && tokens[k].Start < speaker.Mention.End; k++)
                {
                    if (reader.EntityAt(k) is { } id)
                    {
                        return id;
                    }
                }

                return byName.IdOf(speaker.Name);
            }

            return null;
        }

        private static bool IsVerbGroupWord(string word) =>
            word is "not" or "n't" or "never" or "been" or "ever" or "always" or "no"
            || (EventLexicon.Verb(word) ?? EventLexicon.Speech(word)) is { IsParticiple: true }
            || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));

        private static bool IsPreposition(string word) =>
            word.ToLowerInvariant() is "to" or "into" or "for" or "from" or "by" or "with" or "as" or "of" or "against" or "on" or "upon" or "toward" or "towards";
    }

    /// <summary>
    /// Per-token arrays and a sentence list, which the articles read on one thread take in turn rather than each
    /// allocating its own.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? current;

        private string?[] entityAt = [];
        private bool[] modifierAt = [];
        private int[] mentionFirst = [];

        public List<(int Start, int End)> Sentences { get; } = [];

        public static Scratch ForThisThread() => current ??= new Scratch();

        /// <summary>
        /// Arrays of at least length entries, entityAt holding no entity: the other two are read only where entityAt holds
        /// one, and are written with it.
        /// </summary>
        public (string?[] EntityAt, bool[] ModifierAt, int[] MentionFirst) TokenArrays(int length)
        {
            if (entityAt.Length < length)
            {
                (entityAt, modifierAt, mentionFirst) = (new string?[length], new bool[length], new int[length]);
            }

            return (entityAt, modifierAt, mentionFirst);
        }

        /// <summary>
        /// Clears the entities an article of length tokens set, as soon as it is read: held from these long-lived arrays,
        /// the story's entity ids would outlive the collections that should free them.
        /// </summary>
        public void Release(int length) => Array.Clear(entityAt, 0, length);
    }

    /// <summary>The story's entities by name or alias, gathered the first time a speaker is looked up by name.</summary>
    private sealed class EntityNames(ImmutableArray<Entity> entities)
    {
        private Dictionary<string, string>? byName;

        public string? IdOf(string name)
        {
            if (byName is null)
            {
                byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var entity in entities)
                {
                    byName.TryAdd(entity.Name, entity.Id);
                }

                foreach (var entity in entities)
                {
                    foreach (var alias in entity.Aliases)
                    {
                        byName.TryAdd(alias, entity.Id);
                    }
                }
            }

            return byName.GetValueOrDefault(name);
        }
    }

    private sealed record Arguments(
        ImmutableArray<string> DirectEntities,
        string? DirectText,
        ImmutableArray<string> Targets,
        string? Object,
        ImmutableArray<string> Agents,
        ImmutableArray<string> Sources,
        int End);
}
