using System.Collections.Immutable;
using Crosscheck.Core.Extraction.Entities;
using Crosscheck.Core.Extraction.Quantities;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Events;

/// <summary>
/// Shallow reading of a clause around a trigger word over the tokens of one article whose entity mentions are known: the
/// auxiliary chain before a verb (voice, negation), the subject noun phrase to its left (across an appositive, back to the
/// antecedent of "which"/"who"), noun phrases and prepositional phrases to its right, and the entity each phrase is about
/// (its head, not a demonym modifier: "private military company, the Acme Group" is about the Acme Group).
/// </summary>
internal sealed class ClauseReader
{
    private static readonly WordSet Auxiliaries = new(new[]
    {
        "has", "have", "had", "having", "is", "was", "are", "were", "be", "been", "being", "am", "will", "would", "could",
        "can", "may", "might", "should", "must", "shall", "did", "does", "do", "not", "n't", "never", "also", "still", "already",
        "reportedly", "allegedly", "repeatedly", "now", "again", "then", "just", "recently", "previously", "since", "ever",
        "no", "longer", "further", "yet", "even", "only", "first", "once", "later", "earlier", "last", "month", "week", "year",
        "expected", "to", "going", "about", "set", "likely", "due", "planning", "continuing", "continue", "continues",
        "continued", "begun", "began", "begin", "starting", "started", "start",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet BeForms = new(new[]
    {
        "is", "was", "are", "were", "be", "been", "being", "am",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Negations = new(new[] { "not", "n't", "never", "no" }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Modals = new(new[]
    {
        "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "does", "do",
    }, StringComparer.OrdinalIgnoreCase);

    // Modals that make a clause a possibility, an ability or an obligation rather than something that happened ("can win",
    // "could deliver", "must halt").
    private static readonly WordSet Speculative = new(new[]
    {
        "can", "could", "may", "might", "would", "should", "must",
    }, StringComparer.OrdinalIgnoreCase);

    // Object pronouns, which start a noun phrase as a whole object ("helped him win") or as an indirect one ("gave him immunity").
    private static readonly WordSet ObjectPronouns = new(new[] { "him", "them", "us", "me" }, StringComparer.OrdinalIgnoreCase);

    // Relative words that may trail a phrase read back from a relative clause ("the letter, which").
    private static readonly WordSet RelativeWords = new(new[] { "which", "who", "whom", "that" }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Prepositions = new(new[]
    {
        "to", "into", "for", "from", "by", "in", "on", "at", "as", "with", "against", "since", "after", "before", "during",
        "over", "through", "toward", "towards", "across", "amid", "despite", "via", "onto", "under", "until", "than", "per",
        "about", "upon", "without", "within", "between", "among", "including", "like", "along", "beyond", "beside", "besides",
        "behind", "below", "beneath", "above", "around", "near",
    }, StringComparer.OrdinalIgnoreCase);

    // Words a phrase cut short can end on ("dismissed the likelihood of"): they say nothing without what follows.
    private static readonly WordSet DanglingWords = new(new[]
    {
        "of", "the", "a", "an", "and", "or", "but", "that", "this", "its", "his", "her", "their", "our", "your",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet ClauseWords = new(new[]
    {
        "that", "which", "who", "whom", "whose", "while", "when", "where", "if", "but", "so", "although", "though", "because",
        "whether", "unless", "whereas", "said", "says", "say", "told", "according", "after", "before",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Pronouns = new(new[]
    {
        "he", "she", "it", "they", "we", "i", "you",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet TimeWords = new(new[]
    {
        "last", "next", "yesterday", "today", "tonight", "tomorrow", "ago", "earlier", "later", "recently", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "soon", "now", "here", "there",
    }, StringComparer.OrdinalIgnoreCase);

    // What "this" names as a time ("this Thursday", "this week").
    private static readonly WordSet TimeUnits = new(new[]
    {
        "morning", "afternoon", "evening", "week", "weekend", "month", "year", "summer", "winter", "spring", "fall", "autumn",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }, StringComparer.OrdinalIgnoreCase);

    // The units of a length of time ("five years ago", "a few weeks ago").
    private static readonly WordSet OrganisationHeads = new(new[]
    {
        "group", "company", "agency", "department", "ministry", "party", "council", "commission", "committee", "court",
        "bank", "union", "alliance", "association", "institute", "university", "board", "authority", "corporation", "fund",
        "federation", "league", "network", "organization", "organisation", "coalition", "foundation", "service",
    }, StringComparer.Ordinal);

    private static readonly WordSet AdjectivesTakingOf = new(new[]
    {
        "capable", "incapable", "guilty", "aware", "afraid", "proud", "fond", "full", "wary", "critical", "supportive",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet DurationUnits = new(new[]
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year",
        "years", "decade", "decades", "century", "centuries",
    }, StringComparer.OrdinalIgnoreCase);

    // What may come before a unit in a length of time: its count and how exact it is ("nearly five", "more than a").
    private static readonly WordSet DurationCounts = new(new[]
    {
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirty", "forty", "fifty", "hundred", "few", "several", "many", "some", "couple", "of", "nearly", "almost", "about",
        "around", "over", "more", "less", "than", "just", "only", "roughly", "dozen", "dozens",
    }, StringComparer.OrdinalIgnoreCase);

    // Words that may stand before a determiner inside one noun phrase ("all the weapons", "both the ships", "half a
    // million").
    private static readonly WordSet DeterminerLeads = new(new[]
    {
        "all", "both", "half", "twice", "such", "what", "quite", "rather", "many", "only", "even", "just", "about", "nearly",
        "almost", "of", "and", "or", "than", "as", "like", "per", "not", "also", "then",
    }, StringComparer.Ordinal);

    // Irregular past forms of common verbs outside the event lexicon, which a clause's verb often is ("as troopers took").
    private static readonly WordSet IrregularPasts = new(new[]
    {
        "took", "stood", "came", "went", "made", "gave", "held", "left", "fell", "began", "ran", "got", "put", "kept",
        "brought", "found", "became", "knew", "saw", "sat", "rose", "grew", "spoke", "wrote", "drove", "flew", "threw",
        "broke", "chose", "fled", "hid", "thought", "felt", "heard", "meant", "told", "said",
    }, StringComparer.Ordinal);

    private readonly string?[] entityAt;
    private readonly bool[] modifierAt;
    private readonly int[] mentionFirst;

    public ClauseReader(ImmutableArray<TextSpan> tokens, string?[] entityAt, bool[] modifierAt, int[] mentionFirst)
    {
        Tokens = tokens;
        this.entityAt = entityAt;
        this.modifierAt = modifierAt;
        this.mentionFirst = mentionFirst;
    }

    public ImmutableArray<TextSpan> Tokens { get; }

    public string Word(int k) => Tokens[k].Text;

    public string? EntityAt(int k) => entityAt[k];

    /// <summary>Whether any of the tokens [first, end) belongs to an entity mention.</summary>
    public bool HasEntity(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (entityAt[k] is not null)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsBe(string word) => BeForms.Contains(word);

    public static bool IsModal(string word) => Modals.Contains(word);

    public static bool IsPronoun(string word) => Pronouns.Contains(word);

    /// <summary>The auxiliaries, adverbs and negations right before a verb: where they start, whether a form of "be" and a negation are among them.</summary>
    public (int First, bool HasBe, bool Negated, bool HasModal) ChainBefore(int verb, int sentenceStart)
    {
        var k = verb - 1;
        bool be = false, negated = false, modal = false;
        while (k >= sentenceStart && (Auxiliaries.Contains(Word(k)) || IsAdverb(Word(k))) && EntityAt(k) is null)
        {
            be |= IsBe(Word(k));
            negated |= Negations.Contains(Word(k));
            modal |= IsModal(Word(k));
            k--;
        }

        return (k + 1, be, negated, modal);
    }

    /// <summary>Whether a word makes its clause a possibility, an ability or an obligation ("could", "can", "must") rather than a fact.</summary>
    public static bool IsSpeculative(string word) => Speculative.Contains(word);

    /// <summary>Whether the auxiliaries from <paramref name="first"/> to the verb (exclusive) hold a speculative modal (see <see cref="IsSpeculative"/>).</summary>
    public bool IsSpeculative(int first, int verb)
    {
        for (var k = first; k < verb; k++)
        {
            if (IsSpeculative(Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject to the left of <paramref name="end"/> (exclusive): the entities of the noun phrase that ends there, across
    /// an appositive ("the company, the Acme Group, took"), back to the antecedent of a relative pronoun ("Acme, which paid").
    /// </summary>
    public (ImmutableArray<string> Entities, int First, string? Pronoun) SubjectBefore(int end, int sentenceStart)
    {
        var k = end - 1;
        if (k >= sentenceStart && Word(k) is "which" or "who" or "that" && k - 1 >= sentenceStart && Word(k - 1) == ",")
        {
            return PhraseBefore(k - 1, sentenceStart);
        }

        if (k >= sentenceStart && IsPronoun(Word(k)))
        {
            return ([], k, Word(k));
        }

        var phrase = PhraseBefore(end, sentenceStart);
        if (phrase.Entities.IsEmpty && end - 1 >= sentenceStart && Word(end - 1) == ",")
        {
            // "The private military company, the Acme Group, took ...": the appositive names the subject.
            var appositive = PhraseBefore(end - 1, sentenceStart);
            if (!appositive.Entities.IsEmpty && appositive.First > sentenceStart && Word(appositive.First - 1) == ",")
            {
                return appositive;
            }
        }

        return phrase;
    }

    /// <summary>
    /// The subject as the doer of the verb at <paramref name="end"/>: as <see cref="SubjectBefore"/>, but a name that ends
    /// the subject after "to" is where its head was sent, not its head ("China's ambassador to Britain accused" is not
    /// Britain's doing), and the head is read before the "to". The antecedent of "which"/"who" is the doer wherever it
    /// stands ("donations to Wounded Warriors, which helps").
    /// </summary>
    public (ImmutableArray<string> Entities, int First, string? Pronoun) ActorBefore(int end, int sentenceStart)
    {
        var subject = SubjectBefore(end, sentenceStart);
        var to = subject.First - 1;
        if (subject.Entities.IsEmpty || to - 1 < sentenceStart || Word(to) != "to" || EntityAt(to - 1) is not null
            || RelativeWords.Contains(Word(end - 1)))
        {
            return subject;
        }

        var head = Word(to - 1);
        var isNoun = char.IsLetter(head[0]) && !Auxiliaries.Contains(head) && !ClauseWords.Contains(head) && !EventLexicon.IsTrigger(head);
        return isNoun ? PhraseBefore(to, sentenceStart) : subject;
    }

    /// <summary>The noun phrase ending at <paramref name="end"/> (exclusive) and its entities.</summary>
    public (ImmutableArray<string> Entities, int First, string? Pronoun) PhraseBefore(int end, int sentenceStart)
    {
        var k = end - 1;
        var first = end;
        var steps = 0;
        while (k >= sentenceStart && steps < 12)
        {
            var word = Word(k);
            if (EntityAt(k) is null && (IsBoundary(word, k) || (Prepositions.Contains(word) && word != "of")))
            {
                break;
            }

            // "lawmakers defending the state budget approved by ...": a participle with an object of its own starts a
            // phrase of its own, and the phrase read back ends before it.
            if (k + 1 < end && EntityAt(k) is null && IsParticipleBeforeObject(k))
            {
                break;
            }

            first = k;
            k--;
            steps++;
        }

        return (EntitiesOf(first, end), first, null);
    }

    /// <summary>
    /// The noun phrase starting at <paramref name="start"/>: up to a preposition, punctuation, clause word or verb; with
    /// <paramref name="ofEndsName"/>, also up to an "of" after a name.
    /// </summary>
    public (int First, int End) PhraseAfter(int start, int sentenceEnd, bool allowLeadingGerund = false, bool recipientFirst = false, bool ofEndsName = false)
    {
        var k = start;
        while (k < sentenceEnd && IsAdverb(Word(k)) && EntityAt(k) is null)
        {
            k++;
        }

        var first = k;
        // "warned Thursday", "lost last night": a time right after the verb is no object.
        if (k < sentenceEnd && EntityAt(k) is null && StartsTime(k, sentenceEnd))
        {
            return (first, first);
        }

        while (k < sentenceEnd && k - first < 10)
        {
            var word = Word(k);
            if (IsQuote(word) && k > first && k + 1 < sentenceEnd && char.IsLetterOrDigit(Word(k + 1)[0]))
            {
                k++;
                continue;
            }

            // "accused Acme of supplying arms" ends the phrase at "of"; "missiles capable of striking anywhere" ends it
            // before the adjective, whose own phrase is no part of the object's name.
            if (word == "of" && k + 1 < sentenceEnd && EventLexicon.IsInflectedVerb(Word(k + 1)) && k - 1 > first && AdjectivesTakingOf.Contains(Word(k - 1)))
            {
                return (first, k - 1);
            }

            if (word == "of" && ((k + 1 < sentenceEnd && EventLexicon.IsInflectedVerb(Word(k + 1))) || (ofEndsName && k > first && EntityAt(k - 1) is not null)))
            {
                break;
            }

            // "released nearly five years ago": the count and unit before "ago" are a time, not part of the phrase.
            if (word is "ago" && k > first)
            {
                return (first, DurationStart(first, k));
            }

            // "to Acme last month", "the debate this Thursday": a time phrase is not part of the noun phrase.
            if (k > first && !IsDeterminer(Word(k - 1)) && IsTimeAt(k, sentenceEnd))
            {
                break;
            }

            // "the Sept. 11, 2001, attacks": a date's year between commas does not end the phrase.
            if (word == "," && k >= first + 2 && k + 3 < sentenceEnd && IsDigits(Word(k - 1)) && Word(k + 1).Length == 4
                && IsDigits(Word(k + 1)) && Word(k + 2) == "," && (IsMonth(Word(k - 2)) || Word(k - 2) == "."))
            {
                k += 3;
                continue;
            }

            // "Sen. Luther Strange", "the Sept. 11 attacks": a title's or a month's dot does not end the phrase.
            if (word == "." && k > first && k + 1 < sentenceEnd
                && ((char.IsUpper(Word(k + 1)[0]) && NameForms.IsTitle(Word(k - 1).ToLowerInvariant()))
                    || (char.IsDigit(Word(k + 1)[0]) && IsMonth(Word(k - 1)))))
            {
                k++;
                continue;
            }

            // "helped him win": the pronoun is the whole object when an event verb follows it; "gave him immunity": else it
            // is the indirect object, and the phrase is what follows it.
            if (k == first && ObjectPronouns.Contains(word))
            {
                if (k + 1 >= sentenceEnd || EventLexicon.Verb(Word(k + 1)) is not null || !char.IsLetter(Word(k + 1)[0]))
                {
                    k++;
                    break;
                }

                first = ++k;
                continue;
            }

            // "defeated Acme 6-4", "beat the Steelers 24-17": a score after a name ends the phrase.
            if (k > first && EntityAt(k - 1) is not null && EntityAt(k) is null && IsScoreAt(k, sentenceEnd))
            {
                break;
            }

            // "Poland the prestige of a visit" (and, after a verb of giving, "his players a pep talk"): a determiner after
            // a name or a recipient opens the thing given; "the Coast Guard shows the ship": a lower-case word between a
            // name and a determiner is a verb.
            if (k > first && EntityAt(k) is null && StartsAnotherPhrase(k, sentenceEnd, recipientFirst))
            {
                break;
            }

            if (EntityAt(k) is null)
            {
                var leadingGerund = allowLeadingGerund && k == first && word.EndsWith("ing", StringComparison.Ordinal);
                if (!leadingGerund && (IsBoundary(word, k) || Prepositions.Contains(word) && word != "of"))
                {
                    break;
                }

                if (word is "and" or "or" && k + 1 < sentenceEnd && StartsClause(k + 1))
                {
                    break;
                }
            }

            k++;
        }

        while (k > first && EntityAt(k - 1) is null && DanglingWords.Contains(Word(k - 1)))
        {
            k--;
        }

        return (first, k);
    }

    private static bool IsDigits(ReadOnlySpan<char> word) => word.IndexOfAnyExceptInRange('0', '9') < 0;

    // "Sept", "November": a capitalised month name or abbreviation, as the quantity stage knows them.
    private static bool IsMonth(string word) => char.IsUpper(word[0]) && QuantityLexicon.MonthNames.Contains(word.ToLowerInvariant());

    // "6-4" or "6 - 4", "24–17": two numbers joined by a hyphen or dash.
    private bool IsScoreAt(int k, int sentenceEnd)
    {
        var word = Word(k);
        var dash = word.AsSpan().IndexOfAny('-', '\u2013');
        if (dash > 0)
        {
            return IsDigits(word.AsSpan(0, dash)) && dash + 1 < word.Length && IsDigits(word.AsSpan(dash + 1));
        }

        return k + 2 < sentenceEnd && IsDigits(word) && Word(k + 1) is "-" or "\u2013" && IsDigits(Word(k + 2));
    }

    /// <summary>Whether the words from <paramref name="first"/> are a length of time ("seven to 10 days", "a very, very long time").</summary>
    public bool StartsDuration(int first, int sentenceEnd)
    {
        for (var k = first; k < Math.Min(sentenceEnd, first + 8); k++)
        {
            var word = Word(k);
            if (DurationUnits.Contains(word) || word is "time" or "while" or "period")
            {
                return k > first;
            }

            if (!(DurationCounts.Contains(word) || char.IsDigit(word[0]) || word is "to" or "-" or "," or "the" or "long" or "very" or "short" or "first" or "last" or "past"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the phrase [first, end) with the word after it reads as a clause, a subject and its verb ("as state troopers
    /// moved in", "as the teenager stood"), rather than a noun phrase ("as a terrorist group").
    /// </summary>
    public bool IsClause(int first, int end, int sentenceEnd)
    {
        for (var k = first + 1; k <= end && k < sentenceEnd; k++)
        {
            if (IsVerbLike(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsVerbLike(int k)
    {
        var word = Word(k);
        return EntityAt(k) is null && char.IsLower(word[0])
            && (EventLexicon.IsInflectedVerb(word) || IrregularPasts.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
                || (Auxiliaries.Contains(word) && !Negations.Contains(word) && !IsAdjectival(word) && word is not ("to" or "about" or "since")));
    }

    public static bool IsDeterminer(string word) => word is "the" or "a" or "an" or "The" or "A" or "An" or "its" or "their" or "his" or "her";

    // A time word, or "this" before a unit of time, at k.
    private bool IsTimeAt(int k, int sentenceEnd) =>
        TimeWords.Contains(Word(k)) || (Word(k) is "this" or "This" && k + 1 < sentenceEnd && TimeUnits.Contains(Word(k + 1)));

    // A time opening a phrase; "here" and "there" are places there.
    private bool StartsTime(int k, int sentenceEnd) => Word(k) is not ("here" or "there") && IsTimeAt(k, sentenceEnd);

    private static bool IsLowerAsciiWord(string word) => word.Length > 1 && !word.AsSpan().ContainsAnyExceptInRange('a', 'z');

    private bool StartsAnotherPhrase(int k, int sentenceEnd, bool recipientFirst)
    {
        var word = Word(k);
        var previous = Word(k - 1);
        if (IsDeterminer(word))
        {
            return EntityAt(k - 1) is not null
                || (recipientFirst && IsLowerAsciiWord(previous) && !DeterminerLeads.Contains(previous) && !Prepositions.Contains(previous));
        }

        // "the Coast Guard shows the HMS Bounty", not "Fox News host Megyn Kelly" or "the US firm Kimberly-Clark".
        return EntityAt(k - 1) is not null && IsLowerAsciiWord(word) && !Prepositions.Contains(word)
            && word is not ("and" or "or" or "of") && k + 1 < sentenceEnd && IsDeterminer(Word(k + 1));
    }

    // Where the length of time that ends before "ago" at agoAt starts, no earlier than first; agoAt when there is none.
    private int DurationStart(int first, int agoAt)
    {
        var k = agoAt - 1;
        if (!DurationUnits.Contains(Word(k)))
        {
            return agoAt;
        }

        while (k > first && (DurationCounts.Contains(Word(k - 1)) || char.IsDigit(Word(k - 1)[0])))
        {
            k--;
        }

        return k;
    }

    /// <summary>The entities a phrase is about: its head entity, or every entity of a list of entities ("Tehran and Beijing").</summary>
    public ImmutableArray<string> EntitiesOf(int first, int end)
    {
        if (end <= first)
        {
            return [];
        }

        var head = end - 1;
        if (EntityAt(head) is { } id && !modifierAt[head] && !HasOfBefore(first, mentionFirst[head]))
        {
            // Most phrases name one entity: a list is only built for a coordination.
            ImmutableArray<string>.Builder? list = null;
            var k = mentionFirst[head] - 1;
            while (k >= first && Word(k) is "and" or "," or "or" or "the" or "both")
            {
                k--;
                if (k >= first && EntityAt(k) is { } other && !modifierAt[k])
                {
                    if (list is null)
                    {
                        list = ImmutableArray.CreateBuilder<string>();
                        list.Add(id);
                    }

                    if (!list.Contains(other))
                    {
                        list.Insert(0, other);
                    }

                    k = mentionFirst[k] - 1;
                }
            }

            return list is null ? [id] : list.ToImmutable();
        }

        var definite = (end - first == 2 && Word(first) is "the" or "The") || (end - first == 1 && first > 0 && Word(first - 1) is "the" or "The");
        return definite && EntityNamedBy(first, Word(head)) is { } named ? [named] : [];
    }

    // "imposed sanctions on the group" after "the Wagner Group": "the" and the last word of an organisation's name, in
    // lower case, refer back to the latest organisation so named, within the article's last few hundred words.
    private string? EntityNamedBy(int before, string noun)
    {
        if (!OrganisationHeads.Contains(noun))
        {
            return null;
        }

        for (var k = before - 1; k >= Math.Max(0, before - 400); k--)
        {
            if (entityAt[k] is { } id && (k + 1 >= entityAt.Length || entityAt[k + 1] != id) && char.IsUpper(Word(k)[0])
                && Word(k).Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return id;
            }
        }

        return null;
    }

    // "four provinces of Ukraine" is about provinces, not Ukraine.
    private bool HasOfBefore(int first, int mentionStart)
    {
        for (var k = first; k < mentionStart; k++)
        {
            if (Word(k) == "of" && EntityAt(k) is null)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsQuote(string word) => word is "\"" or "\u201C" or "\u201D" or "\u2018" or "\u2019" or "'" or "``" or "''";

    /// <summary>A phrase's text, or null when it is empty or only an entity.</summary>
    public string? TextOf(string text, int first, int end)
    {
        while (end > first && (Word(end - 1) is "," or "." or ";" or ":" || (end - 1 > first && RelativeWords.Contains(Word(end - 1)))))
        {
            end--;
        }

        while (first < end && Word(first) is "the" or "a" or "an" or "The" or "A" or "An")
        {
            first++;
        }

        if (end <= first)
        {
            return null;
        }

        var phrase = string.Join(' ', text[Tokens[first].Start..Tokens[end - 1].End]
            .Split([' ', '"', '\u201C', '\u201D', '\u2018'], StringSplitOptions.RemoveEmptyEntries)).Trim('\u2019', '\'', ' ', ',');
        return phrase.Length == 0 || (end - first == 1 && !char.IsLetterOrDigit(phrase[0])) || IsFunctionWord(phrase) ? null : phrase;
    }

    private bool StartsClause(int k)
    {
        var word = Word(k);
        var pastLike = word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]);
        return Auxiliaries.Contains(word) && !Negations.Contains(word) || IsPronoun(word) || EventLexicon.IsInflectedVerb(word) || pastLike
            || ClauseWords.Contains(word) || EventLexicon.Speech(word) is not null;
    }

    private bool IsBoundary(string word, int k)
    {
        if (word.Length == 1 && !char.IsLetterOrDigit(word[0]) && word != "&" && word != "-")
        {
            return true;
        }

        if (word is "\u2014" or "\u2013" or "--" or "''" or "``")
        {
            return true;
        }

        if (ClauseWords.Contains(word) || (Auxiliaries.Contains(word) && !IsAdjectival(word)) || Pronouns.Contains(word))
        {
            return true;
        }

        if (!EventLexicon.IsInflectedVerb(word) || (k > 0 && IsDeterminer(Word(k - 1))))
        {
            return false;
        }

        // "artillery shells", "UN sanctions on": a plural noun unless it follows a subject and precedes its object.
        var form = EventLexicon.Verb(word) ?? EventLexicon.Speech(word);
        if (form is { IsThirdPerson: true, IsPast: false, IsGerund: false })
        {
            var afterSubject = k > 0 && (EntityAt(k - 1) is not null || IsPronoun(Word(k - 1)) || Word(k - 1) is "which" or "who" or "that");
            var beforeObject = k + 1 < Tokens.Length && char.IsLetterOrDigit(Word(k + 1)[0]) && !Prepositions.Contains(Word(k + 1));
            return afterSubject && beforeObject;
        }

        return true;
    }

    // A lower-case -ing word between a noun and a determiner or a name: "defending the budget", not "the ruling party" or
    // "housing rules".
    private bool IsParticipleBeforeObject(int k)
    {
        var word = Word(k);
        if (word.Length <= 5 || !char.IsLower(word[0]) || !word.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        var previous = k > 0 ? Word(k - 1) : string.Empty;
        return !IsDeterminer(previous) && previous is not ("'s" or "\u2019s") && (IsDeterminer(Word(k + 1)) || EntityAt(k + 1) is not null);
    }

    private static bool IsFunctionWord(string word) =>
        word.ToLowerInvariant() is "its" or "their" or "his" or "her" or "our" or "it" or "them" or "this" or "that" or "these" or "those"
            or "some" or "any" or "all" or "one" or "him" or "us" or "me" or "what" or "here" or "there" or "which" or "who" or "and"
            or "or" or "but";

    private static bool IsAdjectival(string word) => word is "last" or "first" or "further" or "only" or "no" or "once";

    private static bool IsAdverb(string word) =>
        word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]) && word is not "only" and not "early";
}
