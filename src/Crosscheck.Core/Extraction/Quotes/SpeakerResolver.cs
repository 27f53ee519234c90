using System.Collections.Frozen;
using System.Collections.Immutable;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// Resolves the source of an attribution to a name. A source with a name in it resolves to that name (a person's
/// before an organisation's; a possessive name only modifies the head, as in "Zelenskyy's aide, Mykhailo Podolyak").
/// "he" or "she" resolves, in the same or the previous paragraph, to a person who was the source of an attribution or
/// the first name of a sentence: from the latest sentence that has one, the earliest, because a sentence's subject comes
/// first and names later in it sit in its complements ("X played down the system that Y agreed to supply"); a name after
/// a preposition is in a phrase, not the subject ("Unlike Romney, Conard rejects"). A resolved name is shown in the
/// fullest form the article gives it ("Kirby" as "John Kirby"), never as another person of that surname. Quoted
/// words are never searched: a name inside a quote is what was said, not who said it, and a pronoun whose antecedent
/// the quote itself names stays unresolved. Inside a source, a name that only modifies a common noun ("the "Pose"
/// actor"), follows a preposition of place ("one user on Weibo") or sits in a relative clause ("…, which is China's
/// version of Twitter") is not the speaker. A definite description ("the Russian president")
/// resolves to the latest person introduced with all its words ("Russian President Vladimir Putin"). Anything else
/// stays unresolved: a wrong speaker is worse than none.
/// </summary>
internal sealed class SpeakerResolver
{
    private static readonly FrozenSet<string> PersonalPronouns = new[] { "he", "she", "him", "her" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "unlike", "like", "despite", "after", "before", "with", "without", "against", "besides", "beyond", "following",
        "regarding", "from", "in", "on", "at", "by",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> DefiniteDeterminers = new[] { "the", "this", "that" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonalPronounWords = PersonalPronouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DefiniteDeterminerWords = DefiniteDeterminers.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly ArticleLayout _layout;
    private readonly ImmutableArray<NameMention> _names;
    private readonly List<(int Position, SpeakerReference Speaker, bool IsPerson)> _history = [];
    private readonly Dictionary<int, SpeakerReference?> _bySource = [];

    public SpeakerResolver(ArticleLayout layout, ImmutableArray<NameMention> names)
    {
        _layout = layout;
        _names = names;
    }

    public void Record(TextSpan source, SpeakerReference? speaker)
    {
        _bySource[source.Start] = speaker;
        if (speaker is not null)
        {
            NameMention? mention = null;
            foreach (var name in _names)
            {
                if (name.Start == speaker.Mention.Start)
                {
                    mention = name;
                    break;
                }
            }

            // A name that speaks and is no organisation is taken for a person by a later "he" or "she".
            _history.Add((source.Start, speaker, mention is not null && (mention.IsPerson || !NameFinder.LooksLikeOrganisation(mention.Text))));
        }
    }

    public SpeakerReference? Resolved(TextSpan source) => _bySource.GetValueOrDefault(source.Start);

    public SpeakerReference? Resolve(TextSpan? source, int position, IReadOnlyList<TextSpan> content)
    {
        if (source is not { } span)
        {
            return null;
        }

        // "one user on Weibo, which is China's version of Twitter": a relative clause, up to the comma that closes it,
        // describes the source and names no one ("The group that owns her music, Big Machine, says" is Big Machine).
        var (firstToken, endToken) = _layout.TokenRange(span.Start, span.End);
        var (clauseStart, clauseEnd) = (span.End, span.End);
        for (var k = firstToken + 1; k < endToken; k++)
        {
            if (_layout.Tokens[k].Text is "which" or "who" or "whose" or "that")
            {
                clauseStart = _layout.Tokens[k].Start;
                for (var c = k + 1; c < endToken; c++)
                {
                    if (_layout.Tokens[c].Text == ",")
                    {
                        clauseEnd = _layout.Tokens[c].Start;
                        break;
                    }
                }

                break;
            }
        }

        NameMention? named = null;
        foreach (var mention in _names)
        {
            if (mention.Start >= span.Start && mention.End <= span.End && (mention.End <= clauseStart || mention.Start >= clauseEnd) && !IsModifier(mention, span) && !IsPossessive(mention)
                && !IsPlaceOfTheSource(mention, span) && (named is null || (mention.IsPerson && !named.IsPerson)))
            {
                named = mention;
            }
        }

        if (named is not null)
        {
            return Reference(named);
        }

        var text = span.Text;
        var words = 0;
        var first = (Start: 0, End: 0);
        foreach (var token in WordTokenizer.Ranges(text, 0, text.Length))
        {
            if (WordTokenizer.IsWordChar(text[token.Start]))
            {
                first = words == 0 ? token : first;
                words++;
            }
        }

        var firstWord = text.AsSpan(first.Start, first.End - first.Start);
        if (words == 1 && (PersonalPronounWords.Contains(firstWord) || firstWord is "who"))
        {
            return Antecedent(Math.Min(position, span.Start), content);
        }

        if (words >= 2 && DefiniteDeterminerWords.Contains(firstWord))
        {
            var description = new List<string>(words - 1);
            foreach (var token in WordTokenizer.Ranges(text, 0, text.Length))
            {
                if (token.Start > first.Start && WordTokenizer.IsWordChar(text[token.Start]))
                {
                    description.Add(text[token.Start..token.End].ToLowerInvariant());
                }
            }

            return Described(description, span.Start);
        }

        return null;
    }

    // In "the Russian president", "a White House official" or "the "Pose" actor" the name only modifies a common noun:
    // the speaker is the unnamed official, not the name.
    private bool IsModifier(NameMention mention, TextSpan source)
    {
        if (mention.IsPerson)
        {
            return false;
        }

        var k = _layout.FirstTokenEndingAfter(mention.End);
        while (k < _layout.Tokens.Length && _layout.Tokens[k].Text is "\"" or "\u201D" or "'" or "\u2019")
        {
            k++;
        }

        return k < _layout.Tokens.Length && _layout.Tokens[k].End <= source.End && char.IsLower(_layout.Tokens[k].Text[0]);
    }

    // "one user on Weibo", "officials in Washington": a name after a preposition of place inside the source says where
    // the speaker is, not who; "a spokesman for the Pentagon", "data from MarketAxess" or "the press office at the
    // Capitol Police" speak for it.
    private bool IsPlaceOfTheSource(NameMention mention, TextSpan source)
    {
        if (mention.IsPerson || mention.Start <= source.Start)
        {
            return false;
        }

        var k = WordBefore(mention);

        // "in Washington, D.C.": the place's own qualifier after a comma is part of the place.
        if (k >= 0 && _layout.Tokens[k].Text == "," && k > 0)
        {
            foreach (var other in _names)
            {
                if (other.End <= _layout.Tokens[k].Start && other.End >= _layout.Tokens[k - 1].Start && IsPlaceOfTheSource(other, source))
                {
                    return true;
                }
            }
        }

        return k >= 0 && _layout.Tokens[k].Start >= source.Start && _layout.Tokens[k].Text is "on" or "in" or "near";
    }

    // "“I cannot believe Martha would not want his books back,” she said": few name themselves in their own words, so
    // where the nearest antecedent is named in the quote the pronoun stays unresolved rather than taking the next one.
    private SpeakerReference? Antecedent(int position, IReadOnlyList<TextSpan> content)
    {
        var paragraph = _layout.ParagraphOf(position);
        var windowStart = _layout.Paragraphs.Length == 0 ? 0 : _layout.Paragraphs[Math.Max(0, paragraph - 1)].Start;
        (int Sentence, int Position, SpeakerReference Speaker)? fromSources = null;
        foreach (var (at, speaker, isPerson) in _history)
        {
            if (isPerson && at >= windowStart && at < position && !IsQuoted(at))
            {
                var sentence = _layout.SentenceAt(at).Start;
                if (fromSources is not { } b || sentence > b.Sentence || (sentence == b.Sentence && at < b.Position))
                {
                    fromSources = (sentence, at, speaker);
                }
            }
        }

        SpeakerReference? found;
        if (LatestSubject(windowStart, position) is { } subject
            && (fromSources is not { } source || subject.Sentence > source.Sentence || (subject.Sentence == source.Sentence && subject.Mention.Start < source.Position)))
        {
            found = Reference(subject.Mention);
        }
        else
        {
            found = fromSources?.Speaker;
        }

        return found is not null && !NamedIn(content, found.Name) ? found : null;
    }

    /// <summary>
    /// The person who opens the latest sentence in [windowStart, position) that a person opens: a sentence's first name,
    /// not possessive, not after a preposition ("Unlike Romney, Conard …": a name in a phrase the sentence opens with
    /// is not its subject), not quoted. Sentences are read from the latest back, so a long paragraph of names is not read
    /// whole for each pronoun; sentences lie inside paragraphs, so none crosses the window's start.
    /// </summary>
    private (int Sentence, NameMention Mention)? LatestSubject(int windowStart, int position)
    {
        var first = FirstNameAtOrAfter(windowStart);
        NameMention? opening = null;
        var openingSentence = -1;
        for (var n = FirstNameAtOrAfter(position) - 1; n >= first; n--)
        {
            var mention = _names[n];
            if (IsPossessive(mention) || AfterPreposition(mention))
            {
                continue;
            }

            var sentence = _layout.SentenceAt(mention.Start).Start;
            if (opening is not null && sentence != openingSentence && Opens(opening))
            {
                return (openingSentence, opening);
            }

            (opening, openingSentence) = (mention, sentence);
        }

        return opening is not null && Opens(opening) ? (openingSentence, opening) : null;

        bool Opens(NameMention mention) => mention.IsPerson && !IsQuoted(mention.Start);
    }

    private int FirstNameAtOrAfter(int offset)
    {
        var (low, high) = (0, _names.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_names[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static bool NamedIn(IReadOnlyList<TextSpan> content, string name)
    {
        foreach (var word in name.Split(' '))
        {
            if (word.Length < 3 || !char.IsUpper(word[0]))
            {
                continue;
            }

            foreach (var part in content)
            {
                var text = part.Text.AsSpan();
                for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = NextIndexOf(text, word, at))
                {
                    var end = at + word.Length;
                    if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))
                        && !NextToAnotherName(text, at, end, name))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // "Chen Kegui" in a quote of Chen Guangcheng's is his nephew: a capitalised word beside the match that is not in the
    // speaker's name makes it another name.
    private static bool NextToAnotherName(ReadOnlySpan<char> text, int start, int end, string name)
    {
        var after = end < text.Length && text[end] == ' ' ? text[(end + 1)..] : [];
        var next = after[..Math.Max(0, after.IndexOfAny(' ', ',', '.') is var stop and >= 0 ? stop : after.Length)];
        var before = start > 0 && text[start - 1] == ' ' ? text[..(start - 1)] : [];
        var previous = before[(before.LastIndexOf(' ') + 1)..];
        return IsOtherNameWord(next, name) || IsOtherNameWord(previous, name);
    }

    private static bool IsOtherNameWord(ReadOnlySpan<char> word, string name) =>
        word.Length > 1 && char.IsUpper(word[0]) && !name.AsSpan().Contains(word, StringComparison.Ordinal);

    private static int NextIndexOf(ReadOnlySpan<char> text, string word, int after)
    {
        var next = text[(after + 1)..].IndexOf(word, StringComparison.Ordinal);
        return next < 0 ? -1 : after + 1 + next;
    }

    private bool AfterPreposition(NameMention mention)
    {
        var k = WordBefore(mention);
        return k >= 0 && Prepositions.Contains(_layout.Tokens[k].Text);
    }

    // The token before a name, past a "the" that opens it; -1 at the text's start.
    private int WordBefore(NameMention mention)
    {
        var k = _layout.FirstTokenEndingAfter(mention.Start) - 1;
        return k >= 0 && _layout.Tokens[k].Text.Equals("the", StringComparison.OrdinalIgnoreCase) ? k - 1 : k;
    }

    private bool IsPossessive(NameMention mention)
    {
        var k = _layout.FirstTokenEndingAfter(mention.End);
        return k < _layout.Tokens.Length && _layout.Tokens[k].Start == mention.End && _layout.Tokens[k].Text is "'s" or "\u2019s";
    }

    // "the Russian president said": the latest person introduced so, unless the latest speaker was introduced so too. After
    // a run of Putin's quotes, "The president also said" goes on with Putin, though "Mr Zelensky" was named since.
    private SpeakerReference? Described(List<string> description, int position)
    {
        var latestSpeaker = _history.Count > 0 && _history[^1].Position < position ? _history[^1].Speaker.Name : null;
        NameMention? found = null;
        foreach (var mention in _names)
        {
            if (mention.Start >= position)
            {
                break;
            }

            if (mention.IsPerson && DescribesAll(mention.Description, description))
            {
                var reference = Reference(mention);
                if (reference.Name == latestSpeaker)
                {
                    return reference;
                }

                found = mention;
            }
        }

        return found is null ? null : Reference(found);
    }

    private static bool DescribesAll(ImmutableArray<string> introduction, List<string> description)
    {
        foreach (var word in description)
        {
            if (!introduction.Contains(word, StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsQuoted(int offset)
    {
        var k = _layout.FirstTokenEndingAfter(offset);
        return k < _layout.Quoted.Length && _layout.Quoted[k];
    }

    private SpeakerReference Reference(NameMention mention)
    {
        var name = mention;
        if (mention.IsPerson)
        {
            var surname = LastWord(mention.Chars);
            // "Kirby" is the "John Kirby" named elsewhere; "Ron Johnson" is not "Dorian Johnson".
            foreach (var other in _names)
            {
                if (other.IsPerson && other.Chars.Length > name.Chars.Length && LastWord(other.Chars).Equals(surname, StringComparison.OrdinalIgnoreCase)
                    && EndsWithName(other.Chars, mention.Chars))
                {
                    name = other;
                }
            }
        }

        return new SpeakerReference(new TextSpan(mention.Start, mention.End, mention.Text), name.Text);
    }

    private static bool EndsWithName(ReadOnlySpan<char> longer, ReadOnlySpan<char> name) =>
        longer.EndsWith(name, StringComparison.OrdinalIgnoreCase) && (longer.Length == name.Length || longer[longer.Length - name.Length - 1] == ' ');

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> name) => name[(name.LastIndexOf(' ') + 1)..];
}
