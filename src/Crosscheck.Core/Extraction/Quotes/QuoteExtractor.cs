using System.Collections.Immutable;
using Crosscheck.Core.Text;
using System.Runtime.CompilerServices;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// Finds who said what in an article: direct quotes with the frame that attributes them ("…,” he said", "Kirby told
/// reporters: “…”", a quote signed with a dash and a name ("“…” ― Jane Doe"), a quote split by its frame, a quote
/// running over paragraphs, a following paragraph of the same speech) and indirect speech ("Kirby said Wagner was seeking …", "…, according to X", "…, X said."). A cue verb
/// counts only with a structure around it: a subject noun phrase and a complement clause, or a quote beside it.
/// Sources are resolved to a name through <see cref="SpeakerResolver"/>. The rules propose quotation candidates, framed
/// or not; a classifier learned from annotated news (<see cref="QuoteClassifier"/>) decides which are direct quotes:
/// a framed quote it rejects stays an attribution that is not direct (the quote is part of a longer content), an
/// unframed one it rejects is dropped.
/// </summary>
public sealed class QuoteExtractor
{
    private const int MaxPhraseBeforeThat = 12;

    private const int MaxLeadingPhrase = 8;

    // A cue followed by one of these is a verb with its particle or its agent ("showed up at the debate", "agreed with
    // Matthews", "endorsed by dozens of papers", "reported from Midway Atoll"), not a verb of saying with what was said.
    private static readonly WordSet ParticlesAfterVerbs = new(new[]
    {
        "up", "by", "at", "from", "into", "with", "off", "out", "down", "through", "behind", "onto", "upon",
    }, StringComparer.Ordinal);

    private static readonly WordSet Auxiliaries = new(new[]
    {
        "has", "have", "had", "also", "previously", "later", "earlier", "then", "recently", "repeatedly", "reportedly",
        "further", "again", "once", "publicly", "privately", "will", "would", "could", "may", "might", "did", "does", "do",
        "never", "not", "already", "often", "long", "still", "just", "last", "even", "frequently", "openly", "flatly",
        "simply", "separately", "initially", "originally", "first", "immediately", "quickly", "angrily", "bluntly",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet BeForms = new(new[]
    {
        "is", "was", "are", "were", "be", "been", "being", "am",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet ClauseBoundaries = new(new[]
    {
        "that", "after", "while", "because", "when", "as", "but", "if", "since", "though", "although", "before", "where", "so",
        "whereas", "until", "unless", "or", "and", "than", "whether", "once", ";", ":", "(", ")", "—", "–", "--", "\"", "“",
        "”", "‘", "’", "?", "!", "where", "what", "why", "how", "even",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Pronouns = new(new[]
    {
        "he", "she", "they", "we", "i", "it", "you", "who", "which",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Determiners = new(new[]
    {
        "the", "a", "an", "some", "many", "one", "two", "three", "several", "his", "her", "their", "its", "other", "both",
        "most", "few", "this", "that", "these", "those", "our", "another", "each", "every", "all", "no", "such", "more",
    }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet TimeWords = new(new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
        "earlier", "later", "recently", "previously", "again", "also", "repeatedly", "last", "week", "month", "year", "night",
        "morning", "afternoon", "evening", "on", "in", "this", "past",
    }, StringComparer.OrdinalIgnoreCase);

    // The spans the direct quotes cover and a sentence's cue tokens: lists the articles read on one thread take in turn
    // rather than each making its own.
    [ThreadStatic]
    private static List<(int Start, int End)>? coveredSpans;

    [ThreadStatic]
    private static List<int>? cueTokens;

    private readonly IEntityTagger? _tagger;
    private readonly QuoteExtractorOptions _options;
    private readonly QuoteClassifier _classifier;

    public QuoteExtractor(IEntityTagger? tagger = null, QuoteExtractorOptions? options = null)
        : this(tagger, options, QuoteClassifier.Default)
    {
    }

    internal QuoteExtractor(IEntityTagger? tagger, QuoteExtractorOptions? options, QuoteClassifier classifier)
    {
        _tagger = tagger;
        _options = options ?? QuoteExtractorOptions.Default;
        _classifier = classifier;
    }

    public ImmutableArray<Attribution> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(new ArticleLayout(text, _options.Cues));
    }

    /// <summary>The attributions of a text whose tokens another stage has already read.</summary>
    internal ImmutableArray<Attribution> Extract(string text, TokenCache tokens) => Extract(new ArticleLayout(text, tokens.Of(text), _options.Cues));

    /// <summary>The attributions of a text with its word tokens.</summary>
    internal ImmutableArray<Attribution> Extract(string text, ImmutableArray<TextSpan> tokens) => Extract(new ArticleLayout(text, tokens, _options.Cues));

    private ImmutableArray<Attribution> Extract(ArticleLayout layout)
    {
        var text = layout.Text;
        var drafts = Drafts(layout, null);
        // Names are read only to resolve a source: a text none of whose attributions has one (most often, a text with no
        // attribution at all) is not searched for them.
        var resolver = new SpeakerResolver(layout, drafts.Exists(d => d.Source is not null) ? NameFinder.Find(text, layout.Tokens, _tagger) : []);
        var result = ImmutableArray.CreateBuilder<Attribution>(drafts.Count);
        foreach (var draft in drafts)
        {
            var speaker = draft.Inherits is { } earlier ? resolver.Resolved(earlier) : resolver.Resolve(draft.Source, draft.Parts[0].Start, draft.Parts);
            if (draft.Source is { } source)
            {
                resolver.Record(source, speaker);
            }

            var attribution = new Attribution([.. draft.Parts], draft.Cue, draft.Source, speaker, draft.IsDirect);
            result.Add(draft.SentenceBreaks is { } breaks ? attribution with { SentenceBreaks = [.. breaks] } : attribution);
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Every quotation the rules would judge as a direct quote, with its features, before the classifier decides: what
    /// <see cref="QuoteLearner"/> learns from.
    /// </summary>
    internal ImmutableArray<QuoteCandidate> Candidates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<QuoteCandidate>();
        Drafts(new ArticleLayout(text, _options.Cues), candidates);
        return [.. candidates];
    }

    private List<Draft> Drafts(ArticleLayout layout, List<QuoteCandidate>? candidates)
    {
        var drafts = new List<Draft>();
        FindDirect(layout, drafts, candidates);
        if (_options.IncludeIndirect)
        {
            FindIndirect(layout, drafts, candidates);
        }

        drafts.Sort((a, b) => a.Parts[0].Start.CompareTo(b.Parts[0].Start));
        return drafts;
    }

    // The rules propose, the classifier decides: while collecting candidates for training, each candidate is recorded
    // and the rules' own answer stands.
    private bool JudgeDirect(ArticleLayout layout, List<TextSpan> content, string kind, TextSpan? cue, TextSpan? source, List<QuoteCandidate>? candidates, bool rule)
    {
        if (candidates is not null)
        {
            candidates.Add(new QuoteCandidate(QuoteFeatures.Of(layout, content, kind, cue, source), [.. content]));
            return rule;
        }

        return _classifier.IsDirect(kind, QuoteFeatures.Own(layout, content, cue, source));
    }

    private void FindDirect(ArticleLayout layout, List<Draft> drafts, List<QuoteCandidate>? candidates)
    {
        var passages = layout.Passages;
        Draft? previous = null;
        for (var q = 0; q < passages.Length; q++)
        {
            var passage = passages[q];
            if (!IsQuoteStatement(layout, q) && !OpensSplitQuote(layout, q))
            {
                if (layout.PassageWords[q] > 0 && OpensClause(layout, passage))
                {
                    ShortQuote(layout, q, drafts, candidates);
                }

                continue;
            }

            var limit = NextPassageStartInParagraph(layout, q);
            var trailing = TrailingFrame(layout, passage, limit);
            var frame = trailing ?? LeadingFrame(layout, passage);
            if (frame is null)
            {
                var paragraph = layout.ParagraphOf(passage.Start);
                List<TextSpan> content = [.. passage.Parts];
                if (_options.IncludeContinuations && previous is { Source: not null } && paragraph - previous.Paragraph <= 1)
                {
                    var direct = JudgeDirect(layout, content, "continuation", null, previous.Source, candidates, rule: true);
                    var continuation = new Draft(content, null, previous.Source, true, paragraph) { Inherits = previous.Source, IsDirect = direct };
                    drafts.Add(continuation);
                    previous = continuation;
                }
                else if (JudgeDirect(layout, content, "bare", null, null, candidates, rule: false))
                {
                    // A quotation with no frame at all (a slogan, a chant, a transcript line) is a quote without a source.
                    drafts.Add(new Draft(content, null, null, true, paragraph));
                }

                continue;
            }

            var parts = new List<TextSpan>(passage.Parts);
            if (frame.MixedEnd > 0)
            {
                parts[^1] = layout.Slice(parts[^1].Start, frame.MixedEnd);
            }

            var draft = new Draft(parts, frame.Cue, frame.Source, frame.MixedEnd == 0, layout.ParagraphOf(passage.Start));
            drafts.Add(draft);
            previous = draft;

            // A quote split by its frame ("“A,” he said. “B”") goes on in the next statement when nothing but
            // punctuation separates them and that statement has no frame of its own. Quoted titles inside the frame
            // ("Trump told NBC’s “Today” on Monday. “B”") are part of the frame, not the next statement.
            var frameEnd = frame.End;
            var frameWordsEnd = Math.Max(frame.Cue.End, frame.Source.End);
            while (frame.MixedEnd == 0)
            {
                var n = SplitContinuation(layout, q, frameEnd);
                if (n < 0 || (frameWordsEnd > 0 && RunsOnIntoNextFrame(layout.Text, frameWordsEnd, passages[n].Start)))
                {
                    break;
                }

                frameWordsEnd = 0;

                var next = passages[n];
                if (EndsSentenceBefore(layout.Text, next.Start))
                {
                    (draft.SentenceBreaks ??= []).Add(parts.Count - 1);
                }

                parts.AddRange(next.Parts);
                frameEnd = next.End;
                passage = next;
                q = n;
            }

            if (draft.IsDirect)
            {
                draft.IsDirect = JudgeDirect(layout, parts, trailing is null ? "leading" : "trailing", frame.Cue, frame.Source, candidates, rule: true);
            }
        }
    }

    // The quoted statement that goes on a quote split by its frame ("“A,” he said. “B”"): the next one after the frame,
    // in the same paragraph, with nothing but punctuation before it and no frame of its own; -1 when there is none.
    private int SplitContinuation(ArticleLayout layout, int q, int frameEnd)
    {
        var passages = layout.Passages;
        var n = q + 1;
        while (n < passages.Length && passages[n].Start < frameEnd)
        {
            n++;
        }

        if (n >= passages.Length || !IsQuoteStatement(layout, n))
        {
            return -1;
        }

        var next = passages[n];
        if (layout.ParagraphOf(next.Start) != layout.ParagraphOf(passages[q].End - 1) || !OnlyPunctuation(layout.Text, frameEnd, next.Start))
        {
            return -1;
        }

        return TrailingFrame(layout, next, NextPassageStartInParagraph(layout, n)) is null ? n : -1;
    }

    // "“…,” Trump said, adding later, “NATO is …”": words after the cue and source that run on to a quote opening a
    // new statement, without ending the sentence, are a frame of their own for that quote, not the middle of one split
    // quote. A frame that ends its sentence ("“…,” she said of the election. “…”") or a quote that goes on in lower
    // case ("“…,” Schiff told reporters on Wednesday, “but …”") still joins the quotes around it.
    private static bool RunsOnIntoNextFrame(string text, int frameWordsEnd, int next)
    {
        if (OnlyPunctuation(text, frameWordsEnd, next) || EndsSentenceBefore(text, next))
        {
            return false;
        }

        var i = next;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i < text.Length && char.IsUpper(text[i]);
    }

    // "“That,” he added, “promises to make life harder.”": a quotation too short to be a statement by itself opens
    // one when its frame splits it from the rest.
    private bool OpensSplitQuote(ArticleLayout layout, int q)
    {
        var passage = layout.Passages[q];
        if (layout.PassageWords[q] == 0 || !OpensClause(layout, passage) || !EndsInComma(layout.Text, passage))
        {
            return false;
        }

        return TrailingFrame(layout, passage, NextPassageStartInParagraph(layout, q)) is { MixedEnd: 0 } frame && SplitContinuation(layout, q, frame.End) >= 0;
    }

    // A quotation too short to be taken as a statement by its shape alone ("“No.”", "“We’ll see,” he said") is a
    // direct quote only when the classifier says so; it never joins or continues other quotes.
    private void ShortQuote(ArticleLayout layout, int q, List<Draft> drafts, List<QuoteCandidate>? candidates)
    {
        var passage = layout.Passages[q];
        var trailing = TrailingFrame(layout, passage, NextPassageStartInParagraph(layout, q));
        var frame = trailing ?? LeadingFrame(layout, passage);
        if (frame is { MixedEnd: > 0 })
        {
            return;
        }

        List<TextSpan> content = [.. passage.Parts];
        var kind = frame is null ? "short-bare" : trailing is null ? "short-leading" : "short-trailing";
        if (JudgeDirect(layout, content, kind, frame?.Cue, frame?.Source, candidates, rule: false))
        {
            drafts.Add(new Draft(content, frame?.Cue, frame?.Source, true, layout.ParagraphOf(passage.Start)));
        }
    }

    // A passage is a quoted statement, not a scare or partial quote, when it opens a clause (at a sentence's start or
    // after a colon, comma or dash) and has enough words.
    private bool IsQuoteStatement(ArticleLayout layout, int q) =>
        layout.PassageWords[q] >= _options.MinDirectWords && OpensClause(layout, layout.Passages[q]);

    private static bool OpensClause(ArticleLayout layout, QuotedPassage passage)
    {
        var sentence = layout.SentenceAt(passage.Start);
        var lead = layout.Text.AsSpan(Math.Min(sentence.Start, passage.Start), Math.Max(0, passage.Start - sentence.Start)).TrimEnd();
        return lead.IsEmpty || lead[^1] is ':' or ',' or '\u2014' or '\u2013' or '.' or '?' or '!' or '\u201D' or '"';
    }

    // Where the text after passage q stops being its frame: the next quoted statement or the paragraph's end. A short
    // quoted title in between ("told NBC’s “Today” on Monday") belongs to the frame.
    private int NextPassageStartInParagraph(ArticleLayout layout, int q)
    {
        var passage = layout.Passages[q];
        var paragraphEnd = layout.Paragraphs[layout.ParagraphOf(passage.End - 1)].End;
        for (var n = q + 1; n < layout.Passages.Length && layout.Passages[n].Start < paragraphEnd; n++)
        {
            if (IsQuoteStatement(layout, n))
            {
                return layout.Passages[n].Start;
            }
        }

        return paragraphEnd;
    }

    // Whether the last mark before a quote, past spaces and quotation marks, ends a sentence ("he said. “…").
    private static bool EndsSentenceBefore(string text, int position)
    {
        var i = position - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || QuotationScanner.IsQuoteMark(text[i])))
        {
            i--;
        }

        return i >= 0 && text[i] is '.' or '!' or '?';
    }

    private static bool OnlyPunctuation(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // "…,” he said." / "…,” said Kirby." / "…” to drive up prices, she said." (a mixed quote: the content runs on to the comma).
    private static Frame? TrailingFrame(ArticleLayout layout, QuotedPassage passage, int limit)
    {
        var (first, end) = layout.TokenRange(passage.End, limit);
        var stop = first;
        while (stop < end && !EndsSentence(layout, stop))
        {
            stop++;
        }

        var s = first;
        while (s < stop && layout.Tokens[s].Text is "," or "\u2014" or "\u2013" or "-" or "--")
        {
            s++;
        }

        if (s >= stop)
        {
            return null;
        }

        var frameEnd = layout.Tokens[Math.Min(stop, end - 1)].End;
        if (Signature(layout, passage, first, stop) is { } signature)
        {
            return new Frame(layout.Span(first, first + 1), signature, 0, frameEnd);
        }

        var cueLength = CueLength(layout, s);
        if (cueLength > 0)
        {
            var sourceStart = s + cueLength;
            var sourceEnd = TrimSourceTail(layout, sourceStart, stop);
            if (sourceEnd <= sourceStart || !IsSubject(layout, sourceStart, sourceEnd, inverted: true))
            {
                return null;
            }

            return new Frame(layout.Span(s, s + cueLength), layout.Span(sourceStart, sourceEnd), 0, frameEnd);
        }

        var endsInComma = EndsInComma(layout.Text, passage);

        // "“…!” beamed Donald Hartley": after a quote ending in a comma, an unlisted past-tense verb followed by its
        // subject is an inverted frame.
        if (endsInComma && LooksLikePastVerb(layout.Tokens[s].Text) && s + 1 < stop && StartsNounPhrase(layout.Tokens[s + 1].Text))
        {
            var sourceEnd = TrimSourceTail(layout, s + 1, stop);
            if (sourceEnd > s + 1 && IsSubject(layout, s + 1, sourceEnd, inverted: true))
            {
                return new Frame(layout.Span(s, s + 1), layout.Span(s + 1, sourceEnd), 0, frameEnd);
            }
        }

        // A subject with roles, a quoted nickname and a party label ("his niece and campaign volunteer, state Rep. Mary
        // "Molly" Jones (D-Norfolk), shouted") runs to some twenty tokens before its cue; a name with an appositive
        // ("Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and
        // co-author of the study, said") runs longer, and the name is the source.
        var nameComma = endsInComma ? NameBeforeComma(layout, s, stop) : -1;
        for (var c = s + 1; c < Math.Min(stop, s + (nameComma > 0 ? 48 : 24)); c++)
        {
            cueLength = CueLength(layout, c);
            if (cueLength == 0 && endsInComma && LooksLikePastVerb(layout.Tokens[c].Text) && IsSubject(layout, s, AuxiliaryStart(layout, c, s)))
            {
                cueLength = 1;
            }

            // A cue word after a determiner is a noun ("the report concluded").
            if (cueLength == 0 || layout.Quoted[c] || Determiners.Contains(layout.Tokens[c - 1].Text))
            {
                continue;
            }

            var cueStart = AuxiliaryStart(layout, c, s);
            if (cueStart < c && BeForms.Contains(layout.Tokens[c - 1].Text))
            {
                return null;
            }

            var sourceStart = s;
            var mixedEnd = 0;

            // After a quote that ends in a comma, the subject may open with a lower-case modifier ("former congressman
            // Dan Maffei said", "campaign manager Robby Mook said"); elsewhere such words continue a mixed quote.
            var modifiedSubject = endsInComma && NoComma(layout, s, cueStart) && IsSubject(layout, s, cueStart, inverted: true);
            if (!StartsNounPhrase(layout.Tokens[s].Text) && !modifiedSubject)
            {
                var comma = LastIndexOf(layout, ",", s, cueStart);
                if (comma < 0)
                {
                    return null;
                }

                mixedEnd = layout.Tokens[comma - 1].End;
                sourceStart = comma + 1;
            }

            if (nameComma > 0 && sourceStart == s && cueStart - s > 20 && NoQuoteOrStop(layout, nameComma, cueStart))
            {
                return new Frame(layout.Span(cueStart, c + cueLength), layout.Span(s, nameComma), 0, frameEnd);
            }

            if (sourceStart >= cueStart || !(modifiedSubject || IsSubject(layout, sourceStart, cueStart)))
            {
                return null;
            }

            var sourceEnd = cueStart;
            while (sourceEnd > sourceStart + 1 && layout.Tokens[sourceEnd - 1].Text == ",")
            {
                sourceEnd--;
            }

            return new Frame(layout.Span(cueStart, c + cueLength), layout.Span(sourceStart, sourceEnd), mixedEnd, frameEnd);
        }

        return null;
    }

    // The comma after a name of up to six tokens, capitalised words and initials' dots, that opens the tokens at start;
    // -1 when they open otherwise.
    private static int NameBeforeComma(ArticleLayout layout, int start, int stop)
    {
        var k = start;
        while (k < stop && k - start < 6 && (char.IsUpper(layout.Tokens[k].Text[0]) || (layout.Tokens[k].Text == "." && k > start)))
        {
            k++;
        }

        return k > start && k < stop && layout.Tokens[k].Text == "," && IsName(layout, start, k) ? k : -1;
    }

    // Whether an appositive between a name's comma and the cue holds no quotation and no clause of its own.
    private static bool NoQuoteOrStop(ArticleLayout layout, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (layout.Quoted[k] || layout.Tokens[k].Text is ";" or ":" or "who" or "which" or "that")
            {
                return false;
            }
        }

        return true;
    }

    // "“…hell.” ― Sonya Herridge" / "“…” — Jane Doe, a voter in Ohio.": a dash and a name after a quote that ends a
    // sentence sign it, as under pull quotes, letters and vox pops; the name is the source, and a role after a comma
    // is left out of it.
    private static TextSpan? Signature(ArticleLayout layout, QuotedPassage passage, int first, int stop)
    {
        if (first >= stop || layout.Tokens[first].Text is not ("\u2014" or "\u2013" or "\u2015" or "-") || !EndsStatement(layout.Text, passage))
        {
            return null;
        }

        var nameStart = first + 1;
        while (nameStart < stop && layout.Tokens[nameStart].Text == "-")
        {
            nameStart++;
        }

        var nameEnd = nameStart;
        while (nameEnd < stop && nameEnd - nameStart < 6 && layout.Tokens[nameEnd].Text != ",")
        {
            nameEnd++;
        }

        return nameEnd > nameStart && (nameEnd == stop || layout.Tokens[nameEnd].Text == ",") && IsName(layout, nameStart, nameEnd)
            ? layout.Span(nameStart, nameEnd)
            : null;
    }

    private static bool EndsStatement(string text, QuotedPassage passage) => LastCharInside(text, passage) is '.' or '?' or '!';

    // A quote ending in a comma inside its marks ("…,” he") is followed by its attribution, whatever the verb
    // ("shot back", "recalled", "smiled and said").
    private static bool EndsInComma(string text, QuotedPassage passage) => LastCharInside(text, passage) is ',' or '?' or '!';

    // The quote's last character before its closing marks.
    private static char LastCharInside(string text, QuotedPassage passage)
    {
        var last = passage.Parts[^1];
        var i = last.End - 1;
        while (i > last.Start && QuotationScanner.IsQuoteMark(text[i]))
        {
            i--;
        }

        return text[i];
    }

    private static bool LooksLikePastVerb(string word) =>
        word.Length > 3 && char.IsLower(word[0]) && (word.EndsWith("ed", StringComparison.Ordinal) || PastIrregular.Contains(word));

    private static readonly WordSet PastIrregular = new(new[]
    {
        "read", "shot", "spoke", "wrote", "told", "said", "sang", "swore", "threw", "went", "began", "thought", "felt", "put",
        "knew", "made", "gave", "took", "brought", "held", "kept", "let", "meant", "quipped", "chimed", "cracked",
    }, StringComparer.Ordinal);

    // "Kirby told reporters: “…”" / "He added, “…”" / "Said Comey, “…”" / "Ted Cruz: ‘…’", and a paragraph that ends
    // in a colon ("Cruz continued:") before a paragraph that is the quote.
    private static Frame? LeadingFrame(ArticleLayout layout, QuotedPassage passage)
    {
        var sentence = layout.SentenceAt(passage.Start);
        var (first, end) = layout.TokenRange(sentence.Start, passage.Start);
        if (end == first && first > 0 && layout.ParagraphOf(layout.Tokens[first - 1].Start) < layout.ParagraphOf(passage.Start)
            && layout.Tokens[first - 1].Text == ":")
        {
            end = first;
            (first, _) = layout.TokenRange(layout.SentenceAt(layout.Tokens[end - 1].Start).Start, layout.Tokens[end - 1].End);
        }

        if (end - first < 2 || layout.Tokens[end - 1].Text is not (":" or ","))
        {
            return null;
        }

        for (var c = end - 2; c >= first; c--)
        {
            var cueLength = CueLength(layout, c);
            if (cueLength == 0 || layout.Quoted[c])
            {
                continue;
            }

            // "According to his aunt, Jane Starner, “…”": the source follows its cue.
            if (cueLength == 2 && layout.Tokens[c].Text.Equals("according", StringComparison.OrdinalIgnoreCase))
            {
                return end - 1 > c + 2 && IsSubject(layout, c + 2, end - 1, inverted: true)
                    ? new Frame(layout.Span(c, c + 2), layout.Span(c + 2, end - 1), 0, passage.Start)
                    : null;
            }

            var subject = Subject(layout, c, first) ?? CoordinatedSubject(layout, c, first);
            if (subject is not { } found)
            {
                return null;
            }

            return new Frame(layout.Span(found.CueStart, c + cueLength), layout.Span(found.Start, found.End), 0, passage.Start);
        }

        // "the Christie supporter retorted: “…”": before a colon, an unlisted past-tense verb with a subject is a cue.
        if (layout.Tokens[end - 1].Text == ":" && end - 2 > first && LooksLikePastVerb(layout.Tokens[end - 2].Text)
            && Subject(layout, end - 2, first) is { } speaker)
        {
            return new Frame(layout.Span(speaker.CueStart, end - 1), layout.Span(speaker.Start, speaker.End), 0, passage.Start);
        }

        var opening = layout.Tokens[first].Text;
        if (char.IsUpper(opening[0]) && layout.Cues.IsCue(opening.ToLowerInvariant()) && end - first > 2 && IsSubject(layout, first + 1, end - 1, inverted: true))
        {
            return new Frame(layout.Span(first, first + 1), layout.Span(first + 1, end - 1), 0, passage.Start);
        }

        // A speaker's name and a colon, as in headlines and transcripts: the colon is the cue.
        if (layout.Tokens[end - 1].Text == ":" && end - 1 - first <= 4 && IsName(layout, first, end - 1))
        {
            return new Frame(layout.Span(end - 1, end), layout.Span(first, end - 1), 0, passage.Start);
        }

        return null;
    }

    private static bool IsName(ArticleLayout layout, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var word = layout.Tokens[k].Text;
            if (layout.Quoted[k] || !(char.IsUpper(word[0]) || word is "." or "’s" or "'s") || layout.Cues.IsCue(word.ToLowerInvariant()))
            {
                return false;
            }
        }

        return end > start;
    }

    // Optimised at its first call: its loops run over whole articles from the first calls, and tiering recompiled it
    // from inside them again and again (see README, Performance).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindIndirect(ArticleLayout layout, List<Draft> drafts, List<QuoteCandidate>? candidates)
    {
        var covered = coveredSpans ??= [];
        covered.Clear();
        foreach (var draft in drafts)
        {
            covered.Add((draft.Parts[0].Start, draft.Parts[^1].End));
            if (draft.Cue is { } cue)
            {
                covered.Add((cue.Start, cue.End));
            }

            if (draft.Source is { } source)
            {
                covered.Add((source.Start, source.End));
            }
        }

        // The sentences come in text order: a sweep over the covered spans by start finds those that overlap each
        // sentence, where testing every span against every sentence grew with quotes times sentences.
        covered.Sort((x, y) => x.Start.CompareTo(y.Start));
        var nextCovered = 0;
        var coveredReach = int.MinValue;
        var cues = cueTokens ??= [];
        for (var p = 0; p < layout.Paragraphs.Length; p++)
        {
            foreach (var sentence in layout.SentencesOf(p))
            {
                // The furthest end of the covered spans that start before the sentence ends: past its start, one overlaps.
                while (nextCovered < covered.Count && covered[nextCovered].Start < sentence.End)
                {
                    coveredReach = Math.Max(coveredReach, covered[nextCovered].End);
                    nextCovered++;
                }

                if (coveredReach > sentence.Start)
                {
                    continue;
                }

                var (first, end) = layout.TokenRange(sentence.Start, sentence.End);
                var contentEnd = end;
                while (contentEnd > first && layout.Tokens[contentEnd - 1].Text is "." or "!" or "?" or ";")
                {
                    contentEnd--;
                }

                // The most reliable cue goes first: in "North Korea fired missiles, according to its military" the
                // report is "according to", not "fired".
                cues.Clear();
                for (var c = first; c < contentEnd; c++)
                {
                    if (!layout.Quoted[c] && CueLength(layout, c) > 0)
                    {
                        cues.Add(c);
                    }
                }

                if (cues.Count > 1)
                {
                    cues.Sort((x, y) => CuePrecision(layout, y).CompareTo(CuePrecision(layout, x)) is var order and not 0 ? order : x.CompareTo(y));
                }

                foreach (var c in cues)
                {
                    if (IndirectAt(layout, c, first, contentEnd, p) is { } draft)
                    {
                        drafts.Add(QuotedComplement(layout, draft, candidates) ?? draft);
                        break;
                    }
                }
            }
        }
    }

    // "The ad claims “Jeb is the conservative you can trust.”", "telling them, “I am a proud Muslim …”": a reported
    // clause that ends in one quotation opened straight after the cue or a comma or colon is a direct quote, though
    // it does not open a sentence or clause as a quoted statement does.
    private Draft? QuotedComplement(ArticleLayout layout, Draft draft, List<QuoteCandidate>? candidates)
    {
        if (draft.Parts.Count != 1)
        {
            return null;
        }

        var content = draft.Parts[0];
        foreach (var passage in layout.Passages)
        {
            if (passage.Start < content.Start || passage.Start >= content.End)
            {
                continue;
            }

            var tail = passage.End <= content.End ? (passage.End, content.End) : (content.End, passage.End);
            if (!OnlyPunctuation(layout.Text, tail.Item1, tail.Item2))
            {
                return null;
            }

            // After "that" the quote is the writer's clause with quoted words; after a bare cue only a capitalised
            // opening starts the speaker's own sentence ("claims “Jeb …”", not "wants “common-sense solutions”"); the
            // classifier then decides whether the opening quote is the whole content.
            var before = layout.FirstTokenEndingAfter(passage.Start) - 1;
            var (first, end) = layout.TokenRange(passage.Start, passage.End);
            while (first < end && !WordTokenizer.IsWordChar(layout.Tokens[first].Text[0]))
            {
                first++;
            }

            var capitalised = first < end && char.IsUpper(layout.Tokens[first].Text[0]);
            var opens = before >= 0 && !layout.Quoted[before]
                && (layout.Tokens[before].Text is "," or ":" || (capitalised && CueLength(layout, before) > 0));
            List<TextSpan> quoted = [.. passage.Parts];
            return opens && JudgeDirect(layout, quoted, "complement", draft.Cue, draft.Source, candidates, rule: true)
                ? new Draft(quoted, draft.Cue, draft.Source, true, draft.Paragraph)
                : null;
        }

        return null;
    }

    private static Draft? IndirectAt(ArticleLayout layout, int c, int first, int end, int paragraph)
    {
        var cueLength = CueLength(layout, c);
        var cueEnd = c + cueLength;
        var tokens = layout.Tokens;
        if (cueLength == 2)
        {
            return AccordingTo(layout, c, first, end, paragraph);
        }

        var comma = c > first ? LastIndexOf(layout, ",", first, c) : -1;
        // "…, accusing it of covert operations": a participle after the comma opens a clause of the sentence's own
        // subject, whose object is no inverted source as in "…, said Kirby".
        var participle = tokens[c].Text.EndsWith("ing", StringComparison.Ordinal);

        // "…, Kirby said." and "…, said Kirby."
        if (comma >= first + 3 && NoComma(layout, comma + 1, end))
        {
            var sourceFirst = comma + 1 == c;
            if (sourceFirst && !participle && cueEnd < end && StartsNounPhrase(tokens[cueEnd].Text) && !layout.Quoted[cueEnd])
            {
                // The inverted source must be a plain noun phrase that ends the sentence, or "…, said X" would read the
                // reported clause after an appositive ("X, a spokesman, said Wagner was …") as its source.
                var sourceEnd = TrimSourceTail(layout, cueEnd, end);
                if (sourceEnd > cueEnd && end - sourceEnd <= 4 && IsSubject(layout, cueEnd, sourceEnd))
                {
                    return new Draft([layout.Span(first, comma)], layout.Span(c, cueEnd), layout.Span(cueEnd, sourceEnd), false, paragraph);
                }
            }

            var cueStart = AuxiliaryStart(layout, c, comma + 1);
            if (!sourceFirst && end - cueEnd <= 6 && cueStart > comma + 1 && IsSubject(layout, comma + 1, cueStart) && OnlyAdverbials(layout, cueEnd, end))
            {
                return new Draft([layout.Span(first, comma)], layout.Span(cueStart, cueEnd), layout.Span(comma + 1, cueStart), false, paragraph);
            }
        }

        // "The European Union imposed sanctions, accusing it of covert operations": the participle's subject is the
        // sentence's, the name phrase it opens with.
        if (participle && comma > first && c - 1 == comma && ComplementStart(layout, c, cueEnd, end) is var reported && end - reported >= 3
            && !ParticlesAfterVerbs.Contains(tokens[reported].Text) && OpeningName(layout, first, comma) is { } opening)
        {
            return new Draft([layout.Span(reported, ClauseEnd(layout, reported, end))], layout.Span(c, cueEnd), opening, false, paragraph);
        }

        if (Subject(layout, c, first) is not { } subject)
        {
            return null;
        }

        // "In some cases, Kirby said, Russian officers …": the frame interrupts the content.
        if (cueEnd < end && tokens[cueEnd].Text == ",")
        {
            var parts = new List<TextSpan>();
            if (subject.Start - 1 > first && tokens[subject.Start - 1].Text == ",")
            {
                parts.Add(layout.Span(first, subject.Start - 1));
            }

            if (end - cueEnd < 4)
            {
                return null;
            }

            parts.Add(layout.Span(cueEnd + 1, end));
            return new Draft(parts, layout.Span(subject.CueStart, cueEnd), layout.Span(subject.Start, subject.End), false, paragraph);
        }

        var contentStart = ComplementStart(layout, c, cueEnd, end);
        if (contentStart == cueEnd && contentStart + 1 < end && tokens[contentStart].Text == "out" && tokens[c].Text.StartsWith("point", StringComparison.Ordinal))
        {
            // "pointed out it is difficult …": the particle belongs to the verb of saying.
            contentStart = ComplementStart(layout, c, cueEnd + 1, end);
        }

        if (contentStart < end && ParticlesAfterVerbs.Contains(tokens[contentStart].Text) && !OpensClause(layout, contentStart, end))
        {
            // "says at a campaign stop in Toledo that it means …": what was said follows the phrase, after "that".
            var that = IndexOf(layout, "that", contentStart + 1, Math.Min(end, contentStart + MaxPhraseBeforeThat));
            if (that < 0)
            {
                return null;
            }

            contentStart = that + 1;
        }

        end = ClauseEnd(layout, contentStart, end);
        if (end - contentStart < 3)
        {
            return null;
        }

        return new Draft([layout.Span(contentStart, end)], layout.Span(subject.CueStart, cueEnd), layout.Span(subject.Start, subject.End), false, paragraph);
    }

    // The run of capitalised words, with "of" and "the" inside it, that opens a sentence and is followed by its verb:
    // "The European Union has imposed"; not "Shortly after", nor "Republican presidential candidate".
    private static TextSpan? OpeningName(ArticleLayout layout, int first, int limit)
    {
        var k = first;
        while (k < limit && (char.IsUpper(layout.Tokens[k].Text[0]) || (k > first && layout.Tokens[k].Text is "of" or "the" or "." or "\u2019s" or "'s")) && !layout.Quoted[k])
        {
            k++;
        }

        while (k > first && layout.Tokens[k - 1].Text is "of" or "the" or "\u2019s" or "'s")
        {
            k--;
        }

        return k > first && k < limit && StartsVerbGroup(layout.Tokens[k].Text) && IsSubject(layout, first, k) ? layout.Span(first, k) : null;
    }

    private static bool StartsVerbGroup(string word)
    {
        if (!char.IsLower(word[0]))
        {
            return false;
        }

        return Auxiliaries.Contains(word) || BeForms.Contains(word) || LooksLikePastVerb(word)
            || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal));
    }

    private static Draft? AccordingTo(ArticleLayout layout, int c, int first, int end, int paragraph)
    {
        var cue = layout.Span(c, c + 2);
        var trailingSourceEnd = c + 2 < end ? TrimSourceTail(layout, c + 2, end) : c + 2;
        if (c > first && layout.Tokens[c - 1].Text == "," && trailingSourceEnd > c + 2 && c - 1 - first >= 3)
        {
            return new Draft([layout.Span(first, c - 1)], cue, layout.Span(c + 2, trailingSourceEnd), false, paragraph);
        }

        var comma = IndexOf(layout, ",", c + 2, end);
        if (comma > c + 2 && end - comma > 3 && (c == first || layout.Tokens[c - 1].Text == ","))
        {
            return new Draft([layout.Span(comma + 1, end)], cue, layout.Span(c + 2, comma), false, paragraph);
        }

        return null;
    }

    // Where the reported clause starts after a cue: past the addressee ("told reporters"), time and place adverbials
    // ("on Thursday", "in a statement") and the complementiser "that".
    private static int ComplementStart(ArticleLayout layout, int c, int x, int end)
    {
        var tokens = layout.Tokens;
        var that = -1;
        for (var k = x; k < Math.Min(end, x + 7); k++)
        {
            var word = tokens[k].Text;
            if (word is "," or "." || layout.Quoted[k] || CueLength(layout, k) > 0)
            {
                break;
            }

            if (word == "that")
            {
                that = k;
                break;
            }
        }

        if (that >= 0)
        {
            return that + 1;
        }

        if (CueLexicon.TakesAddressee.Contains(tokens[c].Text) && x < end)
        {
            var capitalised = char.IsUpper(tokens[x].Text[0]);
            x++;
            while (capitalised && x < end && char.IsUpper(tokens[x].Text[0]))
            {
                x++;
            }
        }

        while (x < end && (TimeWords.Contains(tokens[x].Text) || tokens[x].Text is ":" or "," or "\u2014") && !Determiners.Contains(tokens[x].Text))
        {
            if (tokens[x].Text is "on" or "in" && x + 1 < end && !TimeWords.Contains(tokens[x + 1].Text))
            {
                break;
            }

            x++;
        }

        return x;
    }

    // A reported clause ends at a dash, a semicolon or a comma that opens a trailing adverbial clause or a contrast
    // ("…, as was the case on Tuesday", "…, but polls are no measure of votes"), which is the writer's comment rather
    // than the source's words. A relative clause after a comma ("…, which she was doing when police came") describes
    // something in the report and stays in it.
    private static int ClauseEnd(ArticleLayout layout, int start, int end)
    {
        for (var k = start + 3; k < end; k++)
        {
            var word = layout.Tokens[k].Text;
            if (layout.Quoted[k])
            {
                continue;
            }

            if (word is "\u2014" or "\u2013" or "--" or ";" || (word == "," && k + 1 < end && TrailingClauseOpeners.Contains(layout.Tokens[k + 1].Text)))
            {
                return k;
            }
        }

        return end;
    }

    private static readonly WordSet TrailingClauseOpeners = new(new[]
    {
        "as", "when", "while", "although", "though", "whereas", "with", "after", "before", "amid", "despite", "but",
    }, StringComparer.Ordinal);

    private static bool OnlyAdverbials(ArticleLayout layout, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var word = layout.Tokens[k].Text;
            if (!(TimeWords.Contains(word) || Determiners.Contains(word) || word is "statement" or "interview" or "reporters" or "briefing"
                || word is "at" or "during" or "to" or "a" or "an" || char.IsUpper(word[0])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The noun phrase before a cue: back from the cue over auxiliaries and adverbs, then to a clause boundary.</summary>
    private static SubjectRange? Subject(ArticleLayout layout, int c, int lowerBound)
    {
        var cueStart = AuxiliaryStart(layout, c, lowerBound);
        if (cueStart < c && BeForms.Contains(layout.Tokens[cueStart].Text))
        {
            return null;
        }

        if (cueStart > lowerBound && BeForms.Contains(layout.Tokens[cueStart - 1].Text))
        {
            return null;
        }

        var end = cueStart;
        var start = end;
        var appositive = end > lowerBound && layout.Tokens[end - 1].Text == ",";
        var commas = 0;
        while (start > lowerBound && end - start < 25)
        {
            var word = layout.Tokens[start - 1].Text;
            if (word == ")" && NameLabelStart(layout, start - 1, lowerBound) is var label and >= 0)
            {
                start = label;
                continue;
            }

            if (word == "and" && NamedConjunctStart(layout, start - 1, lowerBound) is var conjunct and >= 0)
            {
                start = conjunct;
                break;
            }

            if (layout.Quoted[start - 1] || (ClauseBoundaries.Contains(word) && !(word == "that" && start - 1 > lowerBound && IsRelativeHead(layout, start - 2))))
            {
                break;
            }

            if (word == ",")
            {
                commas++;
                if (!appositive || commas > 2)
                {
                    break;
                }
            }

            start--;
        }

        if (appositive)
        {
            end--;
        }

        while (start < end && layout.Tokens[start].Text == ",")
        {
            start++;
        }

        if (start >= end || !IsSubject(layout, start, end))
        {
            return null;
        }

        return new SubjectRange(start, end, cueStart);
    }

    // A noun phrase with a head (a name, a pronoun or a role noun) and no finite verb; a relative clause after the
    // head ("an official who spoke anonymously") is part of the phrase but is not checked. After an inverted cue
    // ("said former Gov. Jeb Bush") the phrase may open with a lower-case modifier.
    // "Lazar welcomed extradition and added, “…”": the cue shares the subject that opens the sentence.
    private static SubjectRange? CoordinatedSubject(ArticleLayout layout, int c, int first)
    {
        var cueStart = AuxiliaryStart(layout, c, first);
        if (cueStart <= first || layout.Tokens[cueStart - 1].Text != "and")
        {
            return null;
        }

        var end = first;
        while (end < cueStart && (char.IsUpper(layout.Tokens[end].Text[0]) || layout.Tokens[end].Text is "." or "’s" or "'s") && !layout.Quoted[end])
        {
            end++;
        }

        if (end == first && Pronouns.Contains(layout.Tokens[first].Text))
        {
            end = first + 1;
        }

        while (end > first && layout.Tokens[end - 1].Text is "." or "’s" or "'s")
        {
            end--;
        }

        return end > first && end < cueStart ? new SubjectRange(first, end, cueStart) : null;
    }

    private static bool IsSubject(ArticleLayout layout, int start, int end, bool inverted = false)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (layout.Tokens[k].Text is "who" or "whom" or "whose" or "which")
            {
                end = layout.Tokens[k - 1].Text == "," ? k - 1 : k;
                break;
            }
        }

        if (end - start > 20 || end <= start || (end - start == 1 && IsSentenceAdverb(layout, start)))
        {
            return false;
        }

        var hasHead = false;
        for (var k = start; k < end; k++)
        {
            var word = layout.Tokens[k].Text;
            var infinitive = word == "to" && k + 1 < end && char.IsLower(layout.Tokens[k + 1].Text[0]) && !Determiners.Contains(layout.Tokens[k + 1].Text);
            var verbAtEnd = k > start && k == end - 1 && CueLength(layout, k) > 0 && !Determiners.Contains(layout.Tokens[k - 1].Text);
            if (!inverted && (BeForms.Contains(word) || word is "will" or "would" or "can" or "could" or "should" or "must" || infinitive || verbAtEnd))
            {
                return false;
            }

            hasHead |= char.IsUpper(word[0]) || Pronouns.Contains(word) || RoleNouns.Contains(word);
        }

        // A short determiner phrase ("the organization", "the 46-year-old") names a source whatever its noun.
        hasHead |= end - start is 2 or 3 && Determiners.Contains(layout.Tokens[start].Text);

        // "senior officials", "elected officials from both parties": a modifier may open the phrase before a role noun.
        var first = layout.Tokens[start].Text;
        return hasHead && (inverted || StartsNounPhrase(first) || RoleNouns.Contains(first) || (start + 1 < end && RoleNouns.Contains(layout.Tokens[start + 1].Text)));
    }

    // "Furthermore, refusing to debate …", "Regardless, whatever happened …, said Eric Davis", "Also mentioned is …": a
    // connective, or an adverb before its comma, is nobody ("Lovely said" is someone).
    private static bool IsSentenceAdverb(ArticleLayout layout, int k)
    {
        var lower = layout.Tokens[k].Text.ToLowerInvariant();
        return SentenceAdverbs.IsConnective(lower)
            || (k + 1 < layout.Tokens.Length && layout.Tokens[k + 1].Text == "," && SentenceAdverbs.Contains(lower));
    }

    // "Sen. David Perdue (R-Ga.) said", "the Environmental Protection Agency (EPA) said": a short bracketed label right
    // after a name belongs to the name. Returns where the bracket opens, or -1 when the bracket at close is no such label.
    private static int NameLabelStart(ArticleLayout layout, int close, int lowerBound)
    {
        for (var k = close - 1; k > lowerBound && close - k <= 6; k--)
        {
            var word = layout.Tokens[k].Text;
            if (word == "(")
            {
                return k < close - 1 && char.IsUpper(layout.Tokens[k - 1].Text[0]) && !layout.Quoted[k - 1] ? k : -1;
            }

            if (word is ")" or "," or ";" || layout.Quoted[k] || (char.IsLower(word[0]) && CueLength(layout, k) > 0))
            {
                return -1;
            }
        }

        return -1;
    }

    // "President Obama and Hillary Clinton said", "Federal and state officials said": a conjunct of capitalised words
    // that opens the sentence or follows a comma joins the subject; "Trump spoke in Ohio and officials said" does not.
    // Returns where the conjunct starts, or -1.
    private static int NamedConjunctStart(ArticleLayout layout, int and, int lowerBound)
    {
        var k = and;
        while (k > lowerBound && and - k < 5)
        {
            var word = layout.Tokens[k - 1].Text;
            if (layout.Quoted[k - 1] || !(char.IsUpper(word[0]) || word is "." or "’s" or "'s"))
            {
                break;
            }

            k--;
        }

        var opens = k == lowerBound || layout.Tokens[k - 1].Text == ",";
        return k < and && opens && char.IsUpper(layout.Tokens[k].Text[0]) ? k : -1;
    }

    // "the official that spoke" keeps "that" inside the subject when a noun precedes it.
    private static bool IsRelativeHead(ArticleLayout layout, int k) =>
        k >= 0 && (RoleNouns.Contains(layout.Tokens[k].Text) || char.IsUpper(layout.Tokens[k].Text[0]));

    private static bool StartsNounPhrase(string word) =>
        char.IsUpper(word[0]) || Pronouns.Contains(word) || Determiners.Contains(word) || char.IsDigit(word[0]);

    private static int AuxiliaryStart(ArticleLayout layout, int c, int lowerBound)
    {
        var k = c;
        while (k > lowerBound && (Auxiliaries.Contains(layout.Tokens[k - 1].Text) || BeForms.Contains(layout.Tokens[k - 1].Text))
            && !layout.Quoted[k - 1] && char.IsLower(layout.Tokens[k - 1].Text[0]))
        {
            k--;
        }

        return k;
    }

    // A source after its cue ends before a comma that starts a new clause or a time adverbial ("said Kirby on Thursday").
    private static int TrimSourceTail(ArticleLayout layout, int start, int end)
    {
        var k = start;
        while (k < end && !layout.Quoted[k])
        {
            var word = layout.Tokens[k].Text;
            // A title's or an initial's dot ("said Rep. Brian Babin", "said Harry M. Reid") does not end the source.
            if ((word == "." && EndsSentence(layout, k)) || word is ";" or ":" || (k > start && word is "on" or "in" or "during" or "at" && k + 1 < end && (TimeWords.Contains(layout.Tokens[k + 1].Text) || Determiners.Contains(layout.Tokens[k + 1].Text))))
            {
                break;
            }

            if (word == "," && k + 1 < end && layout.Tokens[k + 1].Text is not ("who" or "the" or "a" or "an") && !char.IsUpper(layout.Tokens[k + 1].Text[0]))
            {
                break;
            }

            k++;
        }

        while (k > start && layout.Tokens[k - 1].Text is "," or "." or "-" or "\u2014")
        {
            k--;
        }

        return k;
    }

    private static bool EndsSentence(ArticleLayout layout, int k)
    {
        var word = layout.Tokens[k].Text;
        if (word is not ("." or "!" or "?"))
        {
            return false;
        }

        if (k == 0 || word != ".")
        {
            return true;
        }

        // An abbreviation inside a name or a party label ("Harry M. Reid", "(D-Nev.) said", "R-S.C., said") is
        // followed by a comma, a bracket or a lower-case word rather than a new sentence.
        var previous = layout.Tokens[k - 1].Text;
        var next = k + 1 < layout.Tokens.Length ? layout.Tokens[k + 1].Text : string.Empty;
        var adjacent = layout.Tokens[k - 1].End == layout.Tokens[k].Start;
        if (adjacent && (next is "," or ")" || (next.Length > 0 && char.IsLower(next[0])) || (previous.Length == 1 && char.IsUpper(previous[0]))))
        {
            return false;
        }

        return !NameFinder.IsTitle(previous) || !adjacent || previous.Length > 4;
    }

    private static double CuePrecision(ArticleLayout layout, int k) =>
        CueLength(layout, k) == 2 ? layout.Cues.Precision("according") : layout.Cues.Precision(layout.Tokens[k].Text);

    /// <summary>Tokens the cue at k spans: 2 for "according to", 1 for a cue verb, 0 for none.</summary>
    private static int CueLength(ArticleLayout layout, int k) => layout.CueLength(k);

    private static int LastIndexOf(ArticleLayout layout, string word, int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
        {
            if (layout.Tokens[k].Text == word && !layout.Quoted[k])
            {
                return k;
            }
        }

        return -1;
    }

    // "said at least 5,000 people entered", "said up to 35 people were involved", "said by now the party would have …",
    // "said by the time I left office, every one would be …": a quantifier, an adverb, or a phrase set off by a comma
    // before its clause, opens what was said.
    private static bool OpensClause(ArticleLayout layout, int k, int end)
    {
        var tokens = layout.Tokens;
        if (k + 1 < end && ((tokens[k].Text == "at" && tokens[k + 1].Text is "least" or "most") || (tokens[k].Text == "up" && tokens[k + 1].Text == "to")
            || (tokens[k].Text == "by" && tokens[k + 1].Text == "now")))
        {
            return true;
        }

        var comma = IndexOf(layout, ",", k + 1, Math.Min(end, k + MaxLeadingPhrase));
        return comma > 0 && end - comma > 3;
    }

    private static int IndexOf(ArticleLayout layout, string word, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (layout.Tokens[k].Text == word && !layout.Quoted[k])
            {
                return k;
            }
        }

        return -1;
    }

    private static bool NoComma(ArticleLayout layout, int from, int to) => IndexOf(layout, ",", from, to) < 0;

    private static readonly WordSet RoleNouns = new(new[]
    {
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "president", "minister", "report", "statement",
        "analysts", "analyst", "experts", "expert", "sources", "source", "study", "survey", "poll", "polls", "aide", "aides",
        "lawmakers", "lawmaker", "senator", "critics", "police", "authorities", "government", "administration", "campaign",
        "group", "people", "voters", "residents", "witnesses", "researchers", "scientists", "data", "document", "documents",
        "letter", "memo", "company", "agency", "who", "article", "research", "economists", "observers", "prosecutors",
        "lawyers", "lawyer", "attorney", "attorneys", "officers", "leaders", "leader", "members", "member", "democrats",
        "republicans", "candidate", "nominee", "advisers", "adviser", "supporters", "opponents", "ministry", "department",
        "secretary", "governor", "mayor", "chief", "director", "spokesmen", "diplomats", "diplomat", "investigators",
        "intelligence", "assessment", "filing", "filings", "complaint", "lawsuit", "ruling", "judge", "court", "paper",
        "newspaper", "website", "ad", "advertisement", "video", "tweet", "post", "book", "speech", "biography", "critic",
        "activists", "groups", "organizers", "doctors", "doctor", "staff", "staffers", "woman", "man", "women", "men",
        "everyone", "nobody", "someone", "anyone", "many", "some", "others", "both", "few", "most", "announcer", "host",
        "commentator", "columnist", "reporters", "journalists", "media", "figures", "numbers", "estimates", "records",
    }, StringComparer.OrdinalIgnoreCase);

    private sealed record Frame(TextSpan Cue, TextSpan Source, int MixedEnd, int End);

    private readonly record struct SubjectRange(int Start, int End, int CueStart);

    private sealed class Draft(List<TextSpan> parts, TextSpan? cue, TextSpan? source, bool isDirect, int paragraph)
    {
        public List<TextSpan> Parts { get; } = parts;

        public TextSpan? Cue { get; } = cue;

        public TextSpan? Source { get; } = source;

        public bool IsDirect { get; set; } = isDirect;

        public int Paragraph { get; } = paragraph;

        public TextSpan? Inherits { get; init; }

        public List<int>? SentenceBreaks { get; set; }
    }
}
