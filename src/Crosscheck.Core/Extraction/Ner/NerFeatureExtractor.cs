using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// Turns a document's tokens into hashed feature rows, one array per token. Local features describe the word and
/// its window (forms, affixes, shapes); lexicon features say how the training data labelled the word and whether a
/// known name covers it; document features look at the other mentions of the same word in the story: how it is
/// written where its case is informative, the words around those mentions, and (second pass) how the first pass
/// labelled them. These non-local features are Ratinov and Roth's (2009) context aggregation and two-stage
/// prediction aggregation; they fix headlines in capitals and sentence-initial names, which local features cannot.
/// </summary>
internal sealed class NerFeatureExtractor
{
    private const int CaseLower = 1;
    private const int CaseTitle = 2;
    private const int CaseUpper = 4;
    private const int CaseMixed = 8;
    private const int MaxShapeLength = 32;

    // Typical feature rows a token (local and document features, or those left beside summed word scores;
    // first-pass features), to size a document's array.
    private const int LocalRowsPerToken = 32;
    private const int UnsummedRowsPerToken = 10;
    private const int FirstPassRowsPerToken = 8;

    private static readonly int[] ClusterPrefixes = [4, 6, 10, 14, 32];

    private readonly NerLexicon lexicon;
    private readonly WordClusters clusters;
    private readonly NerLabels labels;
    private readonly int shift;
    private readonly DescriptionTable sharedWords = new(MaxCachedWords);
    private JointWeightIndex? sharedWordsIndex;

    public NerFeatureExtractor(NerLexicon lexicon, WordClusters clusters, NerLabels labels, int hashBits)
    {
        this.lexicon = lexicon;
        this.clusters = clusters;
        this.labels = labels;
        shift = 64 - hashBits;
    }

    // Descriptions kept across documents hold weights summed from one index: the first index tagging uses.
    private DescriptionTable? SharedWordsFor(JointWeightIndex? index)
    {
        if (index is null)
        {
            return null;
        }

        var bound = Interlocked.CompareExchange(ref sharedWordsIndex, index, null) ?? index;
        return ReferenceEquals(bound, index) ? sharedWords : null;
    }

    /// <summary>How many words' descriptions tagging keeps across documents: a few megabytes, the common vocabulary of news.</summary>
    public const int MaxCachedWords = 1 << 16;

    internal enum Template
    {
        Bias,
        Word,
        Lower,
        Window,
        BigramLeft,
        BigramRight,
        Prefix,
        Suffix,
        Shape,
        ShapeLength,
        ShapeWindow,
        ShapeLeftPair,
        ShapeRightPair,
        ShapeTriple,
        FirstInSentence,
        Headline,
        LexiconLabel,
        LexiconUnseen,
        LexiconLowerLabel,
        Gazetteer,
        GazetteerLowered,
        DocumentCase,
        DocumentCaseHeadline,
        DocumentContext,
        FirstPassLocal,
        FirstPassDocumentLabel,
        FirstPassDocumentMajority,
        FirstPassWindowPair,
        Cluster,
    }

    /// <summary>Feature rows for every token of every sentence; firstPass holds the first pass's labels, or null.</summary>
    public int[][][] Extract(string[][] sentences, int[][]? firstPass)
    {
        var document = Extract(sentences);
        var extra = firstPass is null ? null : ExtractFirstPass(document, firstPass, withLabelContext: true);
        var rows = new int[sentences.Length][][];
        for (var s = 0; s < sentences.Length; s++)
        {
            rows[s] = new int[sentences[s].Length][];
            for (var i = 0; i < sentences[s].Length; i++)
            {
                rows[s][i] = extra is null
                    ? document.Local[s].Of(i).ToArray()
                    : [.. document.Local[s].Of(i), .. extra[s].Of(i)];
            }
        }

        document.View.Return();
        return rows;
    }

    /// <summary>
    /// The features that do not depend on an earlier pass's labels, computed once per document and shared by every
    /// pass; a later pass adds <see cref="ExtractFirstPass"/> after them. Given the index that will score them, the
    /// rows of a word alone, its rows as a neighbour and its context in the document are summed there once a word
    /// (see <see cref="DocumentFeatures.AddWordScores"/>) and the rows keep only the rest; without it every row is
    /// a hash, in training's order.
    /// </summary>
    public DocumentFeatures Extract(string[][] sentences, JointWeightIndex? index = null)
    {
        var shared = SharedWordsFor(index);
        var document = DocumentView.Rent(shared);
        document.Read(sentences);
        return Extract(document, index, shared);
    }

    /// <summary>
    /// As <see cref="Extract(string[][], JointWeightIndex?)"/>, for a text's tokens given as ranges, sentenceLengths of
    /// them a sentence in turn: a token whose text the document or the words kept across documents already hold makes no string.
    /// </summary>
    public DocumentFeatures Extract(string text, ReadOnlySpan<(int Start, int End)> tokens, ReadOnlySpan<int> sentenceLengths, JointWeightIndex index)
    {
        var shared = SharedWordsFor(index);
        var document = DocumentView.Rent(shared);
        document.Read(text, tokens, sentenceLengths);
        return Extract(document, index, shared);
    }

    private DocumentFeatures Extract(DocumentView document, JointWeightIndex? index, DescriptionTable? shared)
    {
        var sentences = document.Sentences;
        var local = new SentenceFeatures[sentences.Length];
        var tokenCount = document.TokenCount;
        var sink = new Sink(new FeatureRows(tokenCount * (index is null ? LocalRowsPerToken : UnsummedRowsPerToken), tokenCount), shift);
        var matches = document.Matches;
        var types = new TypeFeatures(this, document, sink, index, shared);
        var first = 0;
        // Only tagging (with an index) closes tokens: training sees every token's rows.
        var closed = types.Summed ? new bool[sentences.Length][] : null;
        for (var s = 0; s < sentences.Length; s++)
        {
            var tokens = sentences[s];
            var lowered = document.Lowered[s];
            var typeIds = document.TypeIds[s];
            var headline = document.IsHeadline[s];
            FindNames(tokens, lowered, typeIds, types, matches);
            var offsets = sink.Rows.StartsOf(first, tokens.Length);
            var closedHere = closed is null ? null : closed[s] = new bool[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                offsets[i] = sink.Rows.Count;
                if (closedHere is not null && types.IsClosed(typeIds, i))
                {
                    closedHere[i] = true;
                    continue;
                }

                AddLocal(sink, types, tokens, lowered, typeIds, i, headline);
                AddLexicon(sink, types, typeIds[i], i, matches);
                AddClusters(sink, tokens, i);
                AddDocument(sink, document, document.WordIds[s][i], tokens[i], headline, index);
            }

            offsets[tokens.Length] = sink.Rows.Count;
            local[s] = new SentenceFeatures(sink.Rows, first, tokens.Length);
            first += tokens.Length;
        }

        return closed is not null
            ? new DocumentFeatures(sentences, document, local, sink.Rows, document.ScoresOf(types.Words), types.EdgeScores, closed)
            : new DocumentFeatures(sentences, document, local, sink.Rows, null, null, null);
    }

    /// <summary>
    /// The features of a second pass that read the first pass's labels, one set per sentence. Without the label
    /// context, a token's rows that depend only on its own and its neighbours' labels are left out: tagging adds them
    /// summed ahead, one vector a context (see <see cref="LabelContextOf"/>).
    /// </summary>
    public SentenceFeatures[] ExtractFirstPass(DocumentFeatures document, int[][] firstPass, bool withLabelContext)
    {
        var view = document.View;
        var typeSlots = labels.Types.Length + 1;
        var firstPassTypes = view.CountFirstPass(document.Sentences, firstPass, typeSlots);
        var rows = new SentenceFeatures[document.Sentences.Length];
        var tokenCount = view.TokenCount;
        var sink = new Sink(new FeatureRows(tokenCount * FirstPassRowsPerToken, tokenCount), shift);
        var first = 0;
        for (var s = 0; s < rows.Length; s++)
        {
            var tokens = document.Sentences[s];
            var offsets = sink.Rows.StartsOf(first, tokens.Length);
            for (var i = 0; i < tokens.Length; i++)
            {
                offsets[i] = sink.Rows.Count;
                if (withLabelContext)
                {
                    var (previous, own, next) = LabelsAround(firstPass[s], i);
                    AddLabelContext(sink, previous, own, next);
                }

                AddFirstPassDocument(sink, firstPassTypes, typeSlots, tokens[i], view.WordIds[s][i]);
            }

            offsets[tokens.Length] = sink.Rows.Count;
            rows[s] = new SentenceFeatures(sink.Rows, first, tokens.Length);
            first += tokens.Length;
        }

        return rows;
    }

    // The features of a word alone (its forms, affixes and shape) and of it as a neighbour come from the
    // document's table of distinct words, hashed once a word; the emitted rows and their order are as before.
    private static void AddLocal(Sink sink, TypeFeatures types, string[] tokens, string[] lowered, int[] typeIds, int i, bool headline)
    {
        var lower = lowered[i];
        var type = typeIds[i];
        var shape = types.ShapeOf(type);
        var left = i > 0 ? types.ShapeOf(typeIds[i - 1]) : "<s>";
        var right = i + 1 < tokens.Length ? types.ShapeOf(typeIds[i + 1]) : "</s>";
        if (types.Summed)
        {
            // The word's own rows and its neighbours' window rows are already summed (see TypeFeatures.Summed).
            sink.Add(Template.BigramLeft, At(lowered, i - 1), lower);
            sink.Add(Template.BigramRight, lower, At(lowered, i + 1));
            AddShapeContext(sink, i, headline, shape, left, right);
            return;
        }

        var own = types.RowsOf(type);
        sink.Rows.Add(types.BiasRow);
        sink.Rows.Add(own[0]);
        sink.Rows.Add(own[1]);
        for (var offset = -2; offset <= 2; offset++)
        {
            if (offset == 0)
            {
                continue;
            }

            var j = i + offset;
            if (j < 0 || j >= tokens.Length)
            {
                sink.Add(Template.Window, offset, j < 0 ? "<s>" : "</s>");
            }
            else
            {
                sink.Rows.Add(types.WindowRowOf(typeIds[j], offset));
            }
        }

        sink.Add(Template.BigramLeft, At(lowered, i - 1), lower);
        sink.Add(Template.BigramRight, lower, At(lowered, i + 1));
        foreach (var row in own[2..^2])
        {
            sink.Rows.Add(row);
        }

        sink.Rows.Add(own[^2]);
        sink.Rows.Add(own[^1]);
        sink.Add(Template.ShapeWindow, -1, left);
        sink.Add(Template.ShapeWindow, 1, right);
        AddShapeContext(sink, i, headline, shape, left, right);
    }

    private static void AddShapeContext(Sink sink, int i, bool headline, string shape, string left, string right)
    {
        sink.Add(Template.ShapeLeftPair, left, shape);
        sink.Add(Template.ShapeRightPair, shape, right);
        sink.Add(Template.ShapeTriple, left, '|', shape, right);
        if (i == 0)
        {
            sink.Add(Template.FirstInSentence, shape);
        }

        if (headline)
        {
            sink.Add(Template.Headline, shape);
        }
    }

    private void AddLexicon(Sink sink, TypeFeatures types, int type, int i, List<(int Start, int End, int Types, bool Lowered)> matches)
    {
        foreach (var row in types.LexiconRowsOf(type))
        {
            sink.Rows.Add(row);
        }

        foreach (var (start, end, typeBits, lowered) in matches)
        {
            if (i < start || i >= end)
            {
                continue;
            }

            var position = end - start == 1 ? 'U' : i == start ? 'B' : i == end - 1 ? 'L' : 'I';
            for (var t = 0; t < labels.Types.Length; t++)
            {
                if ((typeBits & (1 << t)) != 0)
                {
                    sink.Add(lowered ? Template.GazetteerLowered : Template.Gazetteer, position, t);
                }
            }
        }
    }

    private void AddClusters(Sink sink, string[] tokens, int i)
    {
        // A model trained without clusters (the shipped one) would look three words up for nothing.
        if (clusters.Count == 0)
        {
            return;
        }

        for (var offset = -1; offset <= 1; offset++)
        {
            if (i + offset < 0 || i + offset >= tokens.Length)
            {
                continue;
            }

            var (bits, depth) = clusters.PathOf(tokens[i + offset]);
            if (depth == 0)
            {
                continue;
            }

            foreach (var prefix in ClusterPrefixes)
            {
                var length = Math.Min(prefix, depth);
                sink.Add(Template.Cluster, (offset * 64) + length, bits & (int)((1L << length) - 1));
                if (length == depth)
                {
                    break;
                }
            }
        }
    }

    // The labels the word carried in training (or that it was never seen), then those of its lowered form if it differs.
    private void AddLabelRows(Sink sink, List<int> rows, Template template, int bits, bool unseen)
    {
        if (bits == 0)
        {
            if (unseen)
            {
                rows.Add(sink.RowOf(Template.LexiconUnseen));
            }

            return;
        }

        for (var label = 0; label < labels.Count; label++)
        {
            if ((bits & (1 << label)) != 0)
            {
                rows.Add(sink.RowOf(template, label));
            }
        }
    }

    // With an index, the context rows of a word are summed once a document and added by DocumentFeatures.AddWordScores.
    private static void AddDocument(Sink sink, DocumentView document, int wordId, string word, bool headline, JointWeightIndex? index)
    {
        if (wordId < 0)
        {
            return;
        }

        var cases = document.CasesOf(wordId);
        if (cases != 0)
        {
            sink.Add(headline ? Template.DocumentCaseHeadline : Template.DocumentCase, cases);
        }

        if (!document.TakesContext(wordId, word))
        {
            return;
        }

        if (index is not null)
        {
            document.SumContext(wordId, sink, index);
            return;
        }

        foreach (var row in document.ContextRowsOf(wordId, sink))
        {
            sink.Rows.Add(row);
        }
    }

    /// <summary>
    /// Whether tagging takes token i as outside any name without scoring it: it has no capital letter and no digit and
    /// training saw the word only outside names ("said"); or no neighbour has a capital or a digit, and the word either
    /// has none itself and training saw it outside names as well as inside ("the", "of", ",") or never saw it, or has
    /// one and training saw it often, never inside a name ("He", "1995"). Such tokens are most of running text; their
    /// labels are fixed, so tagging neither looks up nor sums their features. Training still sees them. Measured on
    /// CoNLL-2003: test F1 0.8714 -> 0.8715, dev 0.9299 -> 0.9301 (Extraction/Ner/README.md has the variants tried).
    /// </summary>
    public bool IsClosed(IReadOnlyList<string> tokens, int i) =>
        Closes(ClosureOf(tokens[i]), i > 0 && NerLexicon.IsNameLike(tokens[i - 1]), i + 1 < tokens.Count && NerLexicon.IsNameLike(tokens[i + 1]));

    private WordClosure ClosureOf(string word)
    {
        if (NerLexicon.IsNameLike(word))
        {
            return lexicon.IsCommonOutsideNames(word) ? WordClosure.ClosedAwayFromNames : WordClosure.Open;
        }

        var labelBits = lexicon.LabelsOf(word);
        var outside = 1 << NerLabels.Outside;
        if (labelBits == outside)
        {
            return WordClosure.Closed;
        }

        var onlyInsideNames = labelBits != 0 && (labelBits & outside) == 0;
        return onlyInsideNames ? WordClosure.Open : WordClosure.ClosedAwayFromNames;
    }

    private static bool Closes(WordClosure closure, bool previousNameLike, bool nextNameLike) => closure switch
    {
        WordClosure.Closed => true,
        WordClosure.ClosedAwayFromNames => !previousNameLike && !nextNameLike,
        _ => false,
    };

    /// <summary>How many label contexts a token can have: its previous, own and next first-pass label, -1 past the sentence's ends.</summary>
    public int LabelContexts => (labels.Count + 1) * labels.Count * (labels.Count + 1);

    /// <summary>The label context of token i, numbered from 0 to <see cref="LabelContexts"/>.</summary>
    public int LabelContextOf(int[] firstPass, int i)
    {
        var (previous, own, next) = LabelsAround(firstPass, i);
        return (((previous + 1) * labels.Count) + own) * (labels.Count + 1) + next + 1;
    }

    /// <summary>The rows of a label context (<see cref="LabelContextOf"/>), as the second pass's features have them.</summary>
    public int[] LabelContextRows(int context)
    {
        var next = (context % (labels.Count + 1)) - 1;
        var own = context / (labels.Count + 1) % labels.Count;
        var previous = (context / (labels.Count + 1) / labels.Count) - 1;
        var sink = new Sink(new FeatureRows(4), shift);
        AddLabelContext(sink, previous, own, next);
        return sink.Rows.Slice(0, sink.Rows.Count).ToArray();
    }

    private static (int Previous, int Own, int Next) LabelsAround(int[] firstPass, int i) =>
        (i > 0 ? firstPass[i - 1] : -1, firstPass[i], i + 1 < firstPass.Length ? firstPass[i + 1] : -1);

    private static void AddLabelContext(Sink sink, int previous, int own, int next)
    {
        sink.Add(Template.FirstPassLocal, 0, own);
        sink.Add(Template.FirstPassLocal, -1, previous);
        sink.Add(Template.FirstPassLocal, 1, next);
        sink.Add(Template.FirstPassWindowPair, previous * 64 + own, next);
    }

    // firstPassTypes holds typeSlots counts a word; a capitalised word is always counted, its own mention included.
    private static void AddFirstPassDocument(Sink sink, int[] firstPassTypes, int typeSlots, string word, int wordId)
    {
        if (wordId < 0 || !char.IsUpper(word[0]))
        {
            return;
        }

        var counts = firstPassTypes.AsSpan(wordId * typeSlots, typeSlots);
        var majority = 0;
        for (var t = 0; t < counts.Length; t++)
        {
            if (counts[t] > 0)
            {
                sink.Add(Template.FirstPassDocumentLabel, t);
            }

            if (counts[t] > counts[majority])
            {
                majority = t;
            }
        }

        sink.Add(Template.FirstPassDocumentMajority, majority);
    }

    private void FindNames(string[] tokens, string[] lowered, int[] typeIds, TypeFeatures types, List<(int Start, int End, int Types, bool Lowered)> matches)
    {
        matches.Clear();
        for (var start = 0; start < tokens.Length; start++)
        {
            if (types.MayStartName(typeIds[start]))
            {
                lexicon.NamesAt(tokens, lowered, start, types.NameStartOf(typeIds[start]), matches);
            }
        }
    }

    private static string At(string[] words, int i) => i < 0 ? "<s>" : i >= words.Length ? "</s>" : words[i];

    /// <summary>The word's character classes with runs collapsed: "Smith" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d".</summary>
    public static string ShortShape(string word)
    {
        Span<char> shape = stackalloc char[MaxShapeLength];
        return new string(shape[..ShortShape(word, shape)]);
    }

    /// <summary>As <see cref="ShortShape(string)"/>, written into shape (at most <see cref="MaxShapeLength"/>); returns its length.</summary>
    public static int ShortShape(string word, Span<char> shape)
    {
        var limit = Math.Min(word.Length, MaxShapeLength);
        var length = 0;
        foreach (var c in word)
        {
            var kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'l' : c;
            if ((length == 0 || shape[length - 1] != kind) && length < limit)
            {
                shape[length++] = kind;
            }
        }

        return length;
    }

    public static int CaseOf(string word)
    {
        var upper = 0;
        var lower = 0;
        foreach (var c in word)
        {
            upper += char.IsUpper(c) ? 1 : 0;
            lower += char.IsLower(c) ? 1 : 0;
        }

        return upper == 0 ? CaseLower
            : lower == 0 ? (upper > 1 ? CaseUpper : CaseTitle)
            : char.IsUpper(word[0]) && upper == 1 ? CaseTitle
            : CaseMixed;
    }

    internal readonly struct Sink(FeatureRows rows, int shift)
    {
        public FeatureRows Rows { get; } = rows;

        public void Add(Template template, int value) => Emit(FeatureHash.Append(Start(template), value));

        public void Add(Template template, ReadOnlySpan<char> value) => Emit(FeatureHash.Append(Start(template), value));

        public int RowOf(Template template) => RowOf(Start(template));

        public int RowOf(Template template, int value) => RowOf(FeatureHash.Append(Start(template), value));

        public int RowOf(Template template, ReadOnlySpan<char> value) => RowOf(FeatureHash.Append(Start(template), value));

        public int RowOf(Template template, int value, ReadOnlySpan<char> text) =>
            RowOf(FeatureHash.Append(FeatureHash.Append(Start(template), value), text));

        public int RowOf(Template template, ReadOnlySpan<char> text, int value) =>
            RowOf(FeatureHash.Append(FeatureHash.Append(Start(template), text), value));

        public void Add(Template template, int value, ReadOnlySpan<char> text) =>
            Emit(FeatureHash.Append(FeatureHash.Append(Start(template), value), text));

        public void Add(Template template, ReadOnlySpan<char> text, int value) =>
            Emit(FeatureHash.Append(FeatureHash.Append(Start(template), text), value));

        public void Add(Template template, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
            Emit(FeatureHash.Append(FeatureHash.Append(FeatureHash.Append(Start(template), first), '\u0001'), second));

        // Hashes first + separator + second as one string, then the pair separator and third, without building it.
        public void Add(Template template, ReadOnlySpan<char> first, char separator, ReadOnlySpan<char> second, ReadOnlySpan<char> third) =>
            Emit(FeatureHash.Append(FeatureHash.Append(FeatureHash.Append(FeatureHash.Append(FeatureHash.Append(Start(template), first), separator), second), '\u0001'), third));

        public void Add(Template template, int first, int second) =>
            Emit(FeatureHash.Append(FeatureHash.Append(Start(template), first), second));

        public void Add(Template template, char position, int type) =>
            Emit(FeatureHash.Append(FeatureHash.Append(Start(template), position), type));

        private static ulong Start(Template template) => FeatureHash.Append(FeatureHash.Seed, (int)template);

        private void Emit(ulong hash) => Rows.Add(RowOf(hash));

        private int RowOf(ulong hash) => (int)(FeatureHash.Finish(hash) >> shift);
    }

    /// <summary>
    /// What the features need of each distinct token of a document, made the first time the token is met: most tokens
    /// repeat ("the", ",", a name), and lowering, shaping, hashing and lookups would otherwise run per token. Tagging
    /// with a model's index also keeps each word's description across documents (up to <see cref="MaxCachedWords"/>
    /// words), as a story's articles and the corpus share most of their words; a description is a function of the
    /// word and the model alone, so the tags do not depend on what was tagged before.
    /// </summary>
    internal sealed class TypeFeatures
    {
        private readonly NerFeatureExtractor extractor;
        private readonly DocumentView document;
        private readonly Sink sink;
        private readonly JointWeightIndex? index;
        private readonly DescriptionTable? shared;
        private const int ClosureMask = 3;
        private const int NameLikeFlag = 4;
        private const int MayStartNameFlag = 8;

        private readonly WordFeatures?[] words;
        private readonly byte[] flags;

        public TypeFeatures(
            NerFeatureExtractor extractor, DocumentView document, Sink sink, JointWeightIndex? index, DescriptionTable? shared)
        {
            this.extractor = extractor;
            this.document = document;
            this.sink = sink;
            this.index = index;
            this.shared = shared;
            words = document.KnownWords;
            BiasRow = sink.RowOf(Template.Bias);
            // What every token asks of its word and its neighbours' (IsClosed, MayStartName), a byte a distinct token read
            // in one pass: a word's description is usually a cache miss, and misses met in a tight loop overlap.
            flags = new byte[document.TypeCount];
            for (var type = 0; type < flags.Length; type++)
            {
                var word = Of(type);
                flags[type] = (byte)((int)word.Closure | (word.NameLike ? NameLikeFlag : 0) | (word.MayStartName ? MayStartNameFlag : 0));
            }

            if (index is not null)
            {
                // What a token's window adds where the sentence ends: the rows of "<s>" or "</s>" at each offset.
                var width = index.Width;
                EdgeScores = new int[WindowSlots * width];
                for (var slot = 0; slot < WindowSlots; slot++)
                {
                    var offset = OffsetOf(slot);
                    var edge = EdgeScores.AsSpan(slot * width, width);
                    var text = offset < 0 ? "<s>" : "</s>";
                    index.Add(edge, sink.RowOf(Template.Window, offset, text));
                    if (offset is -1 or 1)
                    {
                        index.Add(edge, sink.RowOf(Template.ShapeWindow, offset, text));
                    }
                }
            }
        }

        /// <summary>The window offsets -2, -1, 1 and 2, in turn.</summary>
        public const int WindowSlots = 4;

        public static int OffsetOf(int slot) => slot < 2 ? slot - 2 : slot - 1;

        /// <summary>
        /// Whether words are described by summed scores (tagging with an index) rather than rows: the bias, the word's
        /// own rows and its lexicon labels summed, then for each window offset its window row and (at ±1) its shape's.
        /// </summary>
        public bool Summed => index is not null;

        /// <summary>With <see cref="Summed"/>, what a window offset adds where the sentence ends, <see cref="WindowSlots"/> score vectors.</summary>
        public int[]? EdgeScores { get; }

        /// <summary>Every distinct token's description, in type order, once each has been met.</summary>
        public WordFeatures?[] Words => words;

        public string ShapeOf(int type) => Of(type).Shape;

        /// <summary>Word, Lower, the prefixes and suffixes in turn, Shape and ShapeLength: the rows of the word alone.</summary>
        public ReadOnlySpan<int> RowsOf(int type) => Of(type).Rows;

        /// <summary>The row of the word seen at the given offset (-2, -1, 1 or 2) from the token being described.</summary>
        public int WindowRowOf(int type, int offset) => Of(type).WindowRows[offset < 0 ? offset + 2 : offset + 1];

        /// <summary>The rows of the labels the word and its lowered form carried in training.</summary>
        public ReadOnlySpan<int> LexiconRowsOf(int type) => Of(type).LexiconRows;

        /// <summary>The row every token has.</summary>
        public int BiasRow { get; }

        /// <summary>Whether tagging fixes token i's label to O (see <see cref="NerFeatureExtractor.IsClosed"/>), from its words' descriptions.</summary>
        public bool IsClosed(int[] typeIds, int i) =>
            Closes(
                (WordClosure)(flags[typeIds[i]] & ClosureMask),
                i > 0 && (flags[typeIds[i - 1]] & NameLikeFlag) != 0,
                i + 1 < typeIds.Length && (flags[typeIds[i + 1]] & NameLikeFlag) != 0);

        /// <summary>Whether a known name (exact or lowered) starts with this token; others cannot open a gazetteer match.</summary>
        public bool MayStartName(int type) => (flags[type] & MayStartNameFlag) != 0;

        /// <summary>What the known names say of the word as the first of a phrase (see <see cref="NerLexicon.StartOf"/>).</summary>
        public NameStart NameStartOf(int type) => Of(type).NameStart;

        private WordFeatures Of(int type)
        {
            if (words[type] is { } known)
            {
                return known;
            }

            // The document looked its words up in the shared descriptions as it met them; this one was not there.
            var text = document.TypeText(type);
            var word = Describe(text, document.TypeLowered(type));
            shared?.TryAdd(text, word);
            return words[type] = word;
        }

        private WordFeatures Describe(string word, string lower)
        {
            Span<char> buffer = stackalloc char[MaxShapeLength];
            var shape = new string(buffer[..ShortShape(word, buffer)]);
            var nameStart = extractor.lexicon.StartOf(word, lower);
            var mayStartName = char.IsLetterOrDigit(word[0]) && nameStart.Opens;
            if (index is not null)
            {
                return new WordFeatures(lower, shape, [], [], [], mayStartName, nameStart, extractor.ClosureOf(word), NerLexicon.IsNameLike(word), Sum(word, lower, shape));
            }

            var rows = new int[OwnRowCount(word)];
            OwnRows(rows, word, lower, shape);
            int[] windowRows =
            [
                sink.RowOf(Template.Window, -2, lower),
                sink.RowOf(Template.Window, -1, lower),
                sink.RowOf(Template.Window, 1, lower),
                sink.RowOf(Template.Window, 2, lower),
            ];
            var lexiconRows = LexiconRows(word, lower);
            return new WordFeatures(lower, shape, rows, windowRows, [.. lexiconRows], mayStartName, nameStart, extractor.ClosureOf(word), NerLexicon.IsNameLike(word), null);
        }

        // The same rows as Describe gives, summed: the word's own and its lexicon labels (with the bias every token
        // has), then each window slot's.
        private int[] Sum(string word, string lower, string shape)
        {
            var lexiconRows = LexiconRows(word, lower);

            // The bias, the word's own rows, its lexicon labels; 4 window rows and 2 shape window rows.
            var width = index!.Width;
            Span<int> rows = stackalloc int[1 + OwnRowCount(word) + lexiconRows.Count + 6];
            Span<int> at = stackalloc int[rows.Length];
            rows[0] = BiasRow;
            var n = 1 + OwnRows(rows[1..], word, lower, shape);
            foreach (var row in lexiconRows)
            {
                rows[n++] = row;
            }

            at[..n].Clear();
            for (var slot = 0; slot < WindowSlots; slot++)
            {
                var offset = OffsetOf(slot);
                at[n] = (1 + slot) * width;
                rows[n++] = sink.RowOf(Template.Window, offset, lower);
                if (offset is -1 or 1)
                {
                    at[n] = (1 + slot) * width;
                    rows[n++] = sink.RowOf(Template.ShapeWindow, offset, shape);
                }
            }

            var scores = new int[(1 + WindowSlots) * width];
            index.Add(scores, rows[..n], at[..n]);
            return scores;
        }

        // The word, its lower-cased form, up to 4 prefixes and 4 suffixes, its shape, and its shape with its length.
        private static int OwnRowCount(string word) => 4 + (2 * Math.Min(4, word.Length - 1));

        private int OwnRows(Span<int> rows, string word, string lower, string shape)
        {
            var n = 0;
            rows[n++] = sink.RowOf(Template.Word, word);
            rows[n++] = sink.RowOf(Template.Lower, lower);
            for (var length = 1; length <= 4 && length < word.Length; length++)
            {
                rows[n++] = sink.RowOf(Template.Prefix, word.AsSpan(0, length));
                rows[n++] = sink.RowOf(Template.Suffix, word.AsSpan(word.Length - length));
            }

            rows[n++] = sink.RowOf(Template.Shape, shape);
            rows[n++] = sink.RowOf(Template.ShapeLength, shape, Math.Min(word.Length, 8));
            return n;
        }

        private List<int> LexiconRows(string word, string lower)
        {
            var lexicon = extractor.lexicon;
            var rows = new List<int>(2);
            extractor.AddLabelRows(sink, rows, Template.LexiconLabel, lexicon.LabelsOf(word), unseen: true);
            if (!string.Equals(word, lower, StringComparison.Ordinal))
            {
                extractor.AddLabelRows(sink, rows, Template.LexiconLowerLabel, lexicon.LabelsOf(lower), unseen: false);
            }

            return rows;
        }
    }

    /// <summary>
    /// A distinct word's description: as rows (training) or, tagging with an index, as <see cref="Scores"/>: the summed
    /// weights of its own rows, then of each window slot (see <see cref="TypeFeatures.Summed"/>), the rows left empty.
    /// </summary>
    internal sealed record WordFeatures(
        string Lowered, string Shape, int[] Rows, int[] WindowRows, int[] LexiconRows, bool MayStartName, NameStart NameStart, WordClosure Closure, bool NameLike, int[]? Scores);

    /// <summary>
    /// Per-document statistics of the words, shared by all its tokens. A thread reuses one view from document to
    /// document (<see cref="Rent"/>, <see cref="Return"/>): filling fresh dictionaries and arrays of every distinct
    /// token would leave tens of kilobytes of garbage an article. The view also keeps the thread's vocabulary: the
    /// token texts it has met with their lowered forms, so that a token costs one lookup in a table the thread keeps
    /// warm, where a document's new words would each be hashed again and looked up in the large shared descriptions.
    /// A rented view serves one document at a time.
    /// </summary>
    internal sealed class DocumentView
    {
        // A view that met more distinct tokens than this is not kept: every later document would clear its large tables.
        private const int MaxKeptTypes = 1 << 14;

        // Texts the vocabulary keeps before it starts again empty (at a document's start): as many as the shared
        // descriptions keep, about 10 MB a thread (slots 4 MB, entries up to 6 MB, besides lowered strings the shared
        // descriptions lack). Adding a text costs about ten lookups (a string, the shared descriptions, the lowered
        // forms), and at 32,768 the vocabulary of 5,000 articles started again every 1,500 documents, re-adding 39
        // texts an article.
        private const int MaxVocabulary = 1 << 16;

        [ThreadStatic]
        private static DocumentView? spare;

        // Tokens are looked up a batch at a time: all hashed and their slots prefetched before any is probed, so that
        // the batch's cache misses overlap instead of queuing; few enough that the prefetched slots stay cached.
        private const int Batch = 64;

        // A slot is half a cache line; the table starts on a line so that no slot straddles two.
        private const int CacheLine = 64;

        // A token hash's low bits hold the token's length (up to LengthMask); a text of up to InlineLength characters
        // is all in its slot's head and tail.
        private const int LengthMask = 15;
        private const int InlineLength = 8;

        // The token hash is seeded per process, as string hashing is, so that no fixed set of texts always collides.
        // It is not Marvin: it reads 8 bytes at a time and a token is mostly one or two such reads. Texts crafted to
        // collide could only slow the documents read until the vocabulary is next emptied (at most 65,536 texts).
        private static readonly ulong HashSeed = (ulong)Random.Shared.NextInt64();

        private readonly HashSet<(int Offset, string Word)> seenContexts = [];
        // Open addressing over compact slots (see Slot): a token met before costs one slot read, which holds what the
        // document numbers it, and, for a text of up to 8 characters, the characters to compare; the text's string and
        // the rest of what the vocabulary knows of it sit in entries, in the order met, read once a document a text.
        private Slot[] slots = [];
        // The table of slotCount slots (a power of two) starts slotOffset bytes into the array, whose pinned memory
        // keeps that alignment; slotShift takes a slot's index from a hash's high bits.
        private nint slotOffset;
        private int slotCount;
        private int slotShift;
        private VocabularyEntry[] entries = new VocabularyEntry[512];
        private int vocabularyCount;
        // Each lowered form the vocabulary met, numbered; forms holds, by that number, the document that last met it
        // (see documentNumber) and its word id there.
        private readonly Dictionary<string, int> lowerForms = new(StringComparer.Ordinal);
        private (int Document, int Word)[] forms = new (int, int)[1024];
        private int documentNumber;
        // The descriptions the vocabulary's entries hold were found in this table.
        private DescriptionTable? knownFrom;
        private DescriptionTable? shared;
        // Per distinct token, its text, lowered form and word id (-1 without a letter).
        private TypeEntry[] types = new TypeEntry[256];
        private WordFeatures?[] knownWords = new WordFeatures?[256];
        private int[][] typeScores = new int[256][];
        private int typeCount;
        // Per distinct lower-cased word with letters: its cases and the chain of its mentions through occurrences.
        private WordEntry[] words = new WordEntry[256];
        private int wordCount;
        private Occurrence[] occurrences = new Occurrence[1024];
        private int occurrenceCount;
        // The summed context weights of the words that have them (see SumContext), contextWidth a word.
        private int[] contextScores = [];
        private int contextScoreCount;
        private int contextWidth;
        private int[] firstPassCounts = [];
        // The type ids of a document's tokens, read before they are split into sentences.
        private int[] documentTypes = [];

        private DocumentView() => AllocateSlots(1024);

        /// <summary>The thread's spare view if it has one, else a new one: empty, to <see cref="Read(string[][])"/> one document.</summary>
        public static DocumentView Rent(DescriptionTable? shared)
        {
            var view = spare ?? new DocumentView();
            spare = null;
            view.shared = shared;
            if (view.vocabularyCount > MaxVocabulary || view.documentNumber == int.MaxValue || (shared is not null && shared != view.knownFrom))
            {
                view.ClearVocabulary();
                view.knownFrom = shared;
            }

            view.documentNumber++;
            return view;
        }

        private void ClearVocabulary()
        {
            Array.Clear(slots);
            Array.Clear(entries, 0, vocabularyCount);
            Array.Clear(forms, 0, lowerForms.Count);
            vocabularyCount = 0;
            lowerForms.Clear();
            documentNumber = 0;
        }

        /// <summary>Empties the view and keeps it as the thread's spare; nothing may read it after.</summary>
        public void Return()
        {
            var keep = typeCount <= MaxKeptTypes;
            seenContexts.Clear();
            Matches.Clear();
            Array.Clear(types, 0, typeCount);
            Array.Clear(knownWords, 0, typeCount);
            Array.Clear(typeScores, 0, typeCount);
            Array.Clear(words, 0, wordCount);
            typeCount = 0;
            wordCount = 0;
            occurrenceCount = 0;
            contextScoreCount = 0;
            shared = null;
            Sentences = [];
            Lowered = [];
            TypeIds = [];
            WordIds = [];
            IsHeadline = [];
            TokenCount = 0;
            if (keep)
            {
                spare = this;
            }
        }

        /// <summary>Reads a document given as its tokens' strings, sentence by sentence.</summary>
        public void Read(string[][] sentences)
        {
            Start(sentences.Length);
            for (var s = 0; s < sentences.Length; s++)
            {
                var tokens = sentences[s];
                var typeIds = new int[tokens.Length];
                var texts = new StringTexts(tokens);
                TypeAll(ref texts, typeIds);
                AddSentence(s, tokens, typeIds);
            }
        }

        /// <summary>Reads a document given as a text and its tokens' ranges, sentenceLengths of them a sentence in turn.</summary>
        public void Read(string text, ReadOnlySpan<(int Start, int End)> ranges, ReadOnlySpan<int> sentenceLengths)
        {
            Start(sentenceLengths.Length);
            var total = 0;
            foreach (var length in sentenceLengths)
            {
                total += length;
            }

            if (documentTypes.Length < total)
            {
                documentTypes = new int[Math.Max(total, documentTypes.Length * 2)];
            }

            var texts = new RangeTexts(text, ranges[..total]);
            TypeAll(ref texts, documentTypes.AsSpan(0, total));
            var k = 0;
            for (var s = 0; s < sentenceLengths.Length; s++)
            {
                var typeIds = documentTypes.AsSpan(k, sentenceLengths[s]).ToArray();
                var tokens = new string[typeIds.Length];
                for (var i = 0; i < typeIds.Length; i++)
                {
                    tokens[i] = types[typeIds[i]].Text;
                }

                k += typeIds.Length;
                AddSentence(s, tokens, typeIds);
            }
        }

        private void Start(int sentenceCount)
        {
            Sentences = new string[sentenceCount][];
            Lowered = new string[sentenceCount][];
            TypeIds = new int[sentenceCount][];
            WordIds = new int[sentenceCount][];
            IsHeadline = new bool[sentenceCount];
            TokenCount = 0;
        }

        // Sets each token's index of its exact text among the document's distinct tokens, numbered in the order first
        // met. Batches go in steps so that their cache misses overlap: hash every token of a batch and prefetch its
        // slot; probe the slots, numbering the texts new to the document and prefetching their entries; describe the
        // previous batch's new texts, meanwhile the entries arrive; prefetch this batch's strings and descriptions,
        // which storing a description and tagging read next, to describe its texts after the next batch's probes.
        private void TypeAll<T>(ref T texts, Span<int> typeIds)
            where T : ITokenTexts, allows ref struct
        {
            Span<int> hashes = stackalloc int[Batch];
            Span<ulong> heads = stackalloc ulong[Batch];
            Span<ulong> tails = stackalloc ulong[Batch];
            Span<int> met = stackalloc int[Batch];
            Span<int> pending = stackalloc int[Batch];
            var pendingCount = 0;
            var numbered = typeCount;
            for (var from = 0; from < typeIds.Length; from += Batch)
            {
                var count = Math.Min(Batch, typeIds.Length - from);
                for (var i = 0; i < count; i++)
                {
                    var hash = HashOf(texts.Span(from + i), out heads[i], out tails[i]);
                    hashes[i] = hash;
                    Prefetch(ref SlotAt((int)((uint)hash >> slotShift)));
                }

                var metCount = 0;
                for (var i = 0; i < count; i++)
                {
                    // The slot's index first: finding it may grow the table.
                    var v = SlotOf(ref texts, from + i, hashes[i], heads[i], tails[i]);
                    ref var slot = ref SlotAt(v);
                    if (slot.Document != documentNumber)
                    {
                        slot.Document = documentNumber;
                        slot.Type = numbered++;
                        met[metCount++] = slot.Entry;
                        Prefetch(ref entries[slot.Entry]);
                    }

                    typeIds[from + i] = slot.Type;
                }

                foreach (var entry in pending[..pendingCount])
                {
                    AddType(entry);
                }

                foreach (var entry in met[..metCount])
                {
                    PrefetchObject(entries[entry].Text);
                    PrefetchObject(entries[entry].Known);
                }

                met[..metCount].CopyTo(pending);
                pendingCount = metCount;
            }

            foreach (var entry in pending[..pendingCount])
            {
                AddType(entry);
            }
        }

        // The slot of the token k, whose hash, head and tail are given (see HashOf), filled with it if it is new.
        private int SlotOf<T>(ref T texts, int k, int hash, ulong head, ulong tail)
            where T : ITokenTexts, allows ref struct
        {
            var mask = slotCount - 1;
            for (var v = (int)((uint)hash >> slotShift); ; v = (v + 1) & mask)
            {
                ref var slot = ref SlotAt(v);
                if (slot.Hash == hash && slot.Head == head && slot.Tail == tail
                    && ((hash & LengthMask) <= InlineLength || texts.Span(k).SequenceEqual(entries[slot.Entry].Text)))
                {
                    return v;
                }

                if (slot.Hash == 0)
                {
                    return AddToVocabulary(v, hash, head, tail, texts.Span(k), texts.String(k));
                }
            }
        }

        // Numbers a text of the vocabulary in the document, next in turn.
        private void AddType(int e)
        {
            var type = typeCount++;
            if (type == types.Length)
            {
                Array.Resize(ref types, type * 2);
                Array.Resize(ref knownWords, type * 2);
                Array.Resize(ref typeScores, type * 2);
            }

            ref var entry = ref entries[e];
            // A word the shared descriptions lacked when the vocabulary last looked may have been described since,
            // unless the table was full by then.
            if (shared is not null && !entry.Settled && entry.Added != documentNumber)
            {
                var full = shared.IsFull;
                entry.Known = shared.TryGetValue(entry.Text, out _, out var known) ? known : null;
                entry.Settled = full || entry.Known is not null;
            }

            knownWords[type] = shared is null ? null : entry.Known;
            types[type] = new TypeEntry(entry.Text, entry.Lowered, entry.Form < 0 ? -1 : WordIdOf(entry.Form), entry.Case, entry.Capitals, entry.HidesCase);
        }

        // Fills the empty slot v with a new text, whose string comes from the shared descriptions if they hold it;
        // returns the text's slot, which differs from v if the table had to grow.
        private int AddToVocabulary(int v, int hash, ulong head, ulong tail, ReadOnlySpan<char> token, string? text)
        {
            WordFeatures? known = null;
            var full = shared?.IsFull ?? true;
            if (shared is not null && shared.TryGetValue(token, out var kept, out var description))
            {
                text ??= kept;
                known = description;
            }

            text ??= new string(token);
            var lowered = known?.Lowered ?? text.ToLowerInvariant();
            if (vocabularyCount == entries.Length)
            {
                Array.Resize(ref entries, vocabularyCount * 2);
            }

            entries[vocabularyCount] = new VocabularyEntry
            {
                Text = text,
                Lowered = lowered,
                Form = WordChars.HasLetter(text) ? FormOf(lowered) : -1,
                Known = known,
                Added = documentNumber,
                Settled = full || known is not null,
                Case = CaseOf(text),
                Capitals = CapitalsOf(text),
                HidesCase = text is "\"" or "(" or "-" or ":" or "``",
            };
            SlotAt(v) = new Slot { Hash = hash, Entry = vocabularyCount, Head = head, Tail = tail };
            return ++vocabularyCount * 3 <= slotCount * 2 ? v : Grow(v);
        }

        // Doubles the table, which a document with tens of thousands of distinct tokens fills; returns where slot v went.
        private int Grow(int v)
        {
            var (old, oldOffset, oldCount) = (slots, slotOffset, slotCount);
            AllocateSlots(slotCount * 2);
            var mask = slotCount - 1;
            var moved = -1;
            for (var k = 0; k < oldCount; k++)
            {
                ref var slot = ref Unsafe.Add(ref Unsafe.AddByteOffset(ref MemoryMarshal.GetArrayDataReference(old), oldOffset), k);
                if (slot.Hash == 0)
                {
                    continue;
                }

                var i = (int)((uint)slot.Hash >> slotShift);
                while (SlotAt(i).Hash != 0)
                {
                    i = (i + 1) & mask;
                }

                SlotAt(i) = slot;
                moved = k == v ? i : moved;
            }

            return moved;
        }

        // Slot v of the table, which must be under slotCount: it is not bounds-checked.
        private ref Slot SlotAt(int v) => ref Unsafe.Add(ref Unsafe.AddByteOffset(ref MemoryMarshal.GetArrayDataReference(slots), slotOffset), v);

        // An empty table of size slots (a power of two), starting on a cache line of a pinned array a line longer.
        private unsafe void AllocateSlots(int size)
        {
            slots = GC.AllocateArray<Slot>(size + (CacheLine / sizeof(Slot)), pinned: true);
            var offset = (nint)((nuint)Unsafe.AsPointer(ref slots[0]) % CacheLine);
            slotOffset = offset == 0 ? 0 : CacheLine - offset;
            slotCount = size;
            slotShift = 32 - BitOperations.Log2((uint)size);
        }

        // Asks the processor to start loading an item's cache line; a hint only: it never faults, so a stale address
        // (an array the collector has since moved) costs nothing but the hint.
        private static unsafe void Prefetch<TItem>(ref TItem item)
        {
            if (Sse.IsSupported)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref item));
            }
        }

        // As Prefetch, for an object's first cache line (a null reference asks for nothing).
        private static unsafe void PrefetchObject(object? item)
        {
            if (Sse.IsSupported && item is not null)
            {
                Sse.Prefetch0(*(void**)Unsafe.AsPointer(ref item));
            }
        }

        // A token's hash, and its first and last four characters packed as head and tail (overlapping in a token of
        // fewer than 8; a token of fewer than 4 packs its first, middle and last in head). With the length, which the
        // hash's low bits hold, head and tail name a token of up to InlineLength characters: no string need be read.
        private static int HashOf(ReadOnlySpan<char> token, out ulong head, out ulong tail)
        {
            var n = token.Length;
            var bytes = MemoryMarshal.AsBytes(token);
            if (n >= 4)
            {
                head = MemoryMarshal.Read<ulong>(bytes);
                tail = MemoryMarshal.Read<ulong>(bytes[((n - 4) * sizeof(char))..]);
            }
            else
            {
                head = n == 0 ? 0 : token[0] | ((ulong)token[n >> 1] << 16) | ((ulong)token[n - 1] << 32);
                tail = 0;
            }

            var x = ((head ^ HashSeed) * 0x9E3779B97F4A7C15) ^ (tail * 0xC2B2AE3D27D4EB4F);
            for (var i = 4; i < n - 4; i += 4)
            {
                x = (x ^ MemoryMarshal.Read<ulong>(bytes[(i * sizeof(char))..])) * 0x9E3779B97F4A7C15;
            }

            // MurmurHash3's finalizer, so that every bit of the characters reaches the high bits the table index takes.
            x ^= (ulong)n;
            x = (x ^ (x >> 33)) * 0xFF51AFD7ED558CCD;
            x = (x ^ (x >> 33)) * 0xC4CEB9FE1A85EC53;
            x ^= x >> 33;
            return ((int)(x >> 32) & ~((2 * LengthMask) + 1)) | (LengthMask + 1) | Math.Min(n, LengthMask);
        }

        private int FormOf(string lower)
        {
            ref var form = ref CollectionsMarshal.GetValueRefOrAddDefault(lowerForms, lower, out var known);
            if (!known)
            {
                form = lowerForms.Count - 1;
                if (form == forms.Length)
                {
                    Array.Resize(ref forms, form * 2);
                }

                forms[form] = (0, 0);
            }

            return form;
        }

        private void AddSentence(int s, string[] tokens, int[] typeIds)
        {
            var lowered = new string[tokens.Length];
            var wordIdsOf = new int[tokens.Length];
            var headline = IsAllCaps(typeIds);
            Sentences[s] = tokens;
            Lowered[s] = lowered;
            TypeIds[s] = typeIds;
            WordIds[s] = wordIdsOf;
            IsHeadline[s] = headline;
            TokenCount += tokens.Length;
            for (var i = 0; i < tokens.Length; i++)
            {
                ref readonly var type = ref types[typeIds[i]];
                lowered[i] = type.Lowered;
                var id = type.WordId;
                wordIdsOf[i] = id;
                if (id < 0)
                {
                    continue;
                }

                if (occurrenceCount == occurrences.Length)
                {
                    Array.Resize(ref occurrences, occurrenceCount * 2);
                }

                ref var word = ref words[id];
                if (word.Last >= 0)
                {
                    occurrences[word.Last].Next = occurrenceCount;
                }
                else
                {
                    word.First = occurrenceCount;
                }

                word.Last = occurrenceCount;
                occurrences[occurrenceCount++] = new Occurrence(s, i);
                if (i > 0 && !headline && !types[typeIds[i - 1]].HidesCase)
                {
                    word.Cases |= type.Case;
                }

                word.Count++;
            }
        }

        /// <summary>The document's tokens, sentence by sentence.</summary>
        public string[][] Sentences { get; private set; } = [];

        public int TokenCount { get; private set; }

        public string[][] Lowered { get; private set; } = [];

        public bool[] IsHeadline { get; private set; } = [];

        /// <summary>For each token, the index of its exact text among the document's distinct tokens.</summary>
        public int[][] TypeIds { get; private set; } = [];

        /// <summary>For each distinct token, its description kept from earlier documents, or null; as long as the view's tables, not the document.</summary>
        public WordFeatures?[] KnownWords => knownWords;

        /// <summary>How many distinct tokens the document has.</summary>
        public int TypeCount => typeCount;

        /// <summary>The gazetteer matches of the sentence being described, a list the view keeps for it.</summary>
        public List<(int Start, int End, int Types, bool Lowered)> Matches { get; } = [];

        // The document's id of a lowered form of the vocabulary.
        private int WordIdOf(int form)
        {
            ref var seen = ref forms[form];
            if (seen.Document != documentNumber)
            {
                seen = (documentNumber, wordCount++);
                if (seen.Word == words.Length)
                {
                    Array.Resize(ref words, seen.Word * 2);
                }

                words[seen.Word] = new WordEntry { First = -1, Last = -1, ContextAt = -1 };
            }

            return seen.Word;
        }

        public string TypeText(int type) => types[type].Text;

        public string TypeLowered(int type) => types[type].Lowered;

        /// <summary>Each distinct token's summed scores, from its description (all described): an array the view keeps, as long as its tables.</summary>
        public int[][] ScoresOf(WordFeatures?[] described)
        {
            for (var t = 0; t < typeCount; t++)
            {
                typeScores[t] = described[t]!.Scores!;
            }

            return typeScores;
        }

        /// <summary>For each token, the index of its lower-cased form among the document's words with letters, or -1.</summary>
        public int[][] WordIds { get; private set; } = [];

        public int CasesOf(int wordId) => words[wordId].Cases;

        public int OccurrencesOf(int wordId) => words[wordId].Count;

        /// <summary>Whether a token takes the rows of the words around its word's mentions: a capitalised word met more than once.</summary>
        public bool TakesContext(int wordId, string word) => wordId >= 0 && char.IsUpper(word[0]) && OccurrencesOf(wordId) >= 2;

        /// <summary>Sums the weights of a word's <see cref="ContextRowsOf"/> once, for <see cref="ContextScoresOf"/>.</summary>
        public void SumContext(int wordId, Sink sink, JointWeightIndex index)
        {
            ref var word = ref words[wordId];
            if (word.ContextAt >= 0)
            {
                return;
            }

            contextWidth = index.Width;
            if (contextScoreCount + contextWidth > contextScores.Length)
            {
                Array.Resize(ref contextScores, Math.Max(contextScores.Length * 2, contextScoreCount + (16 * contextWidth)));
            }

            var scores = contextScores.AsSpan(contextScoreCount, contextWidth);
            scores.Clear();
            var start = AddContextRows(wordId, sink);
            index.Add(scores, sink.Rows.Slice(start, sink.Rows.Count - start));
            sink.Rows.Truncate(start);
            word.ContextAt = contextScoreCount;
            contextScoreCount += contextWidth;
        }

        /// <summary>The summed context weights of a word that <see cref="TakesContext"/>, once <see cref="SumContext"/> has made them.</summary>
        public ReadOnlySpan<int> ContextScoresOf(int wordId) => contextScores.AsSpan(words[wordId].ContextAt, contextWidth);

        /// <summary>
        /// The feature rows of the distinct words around every mention of a word, in the order first met; hashed once a
        /// document, as a frequent word ("the" starting sentences) has hundreds of them.
        /// </summary>
        public int[] ContextRowsOf(int wordId, Sink sink)
        {
            if (words[wordId].ContextRows is { } rows)
            {
                return rows;
            }

            var start = AddContextRows(wordId, sink);
            rows = sink.Rows.Slice(start, sink.Rows.Count - start).ToArray();
            sink.Rows.Truncate(start);
            words[wordId].ContextRows = rows;
            return rows;
        }

        // Appends a word's context rows to the sink's; returns where they start.
        private int AddContextRows(int wordId, Sink sink)
        {
            seenContexts.Clear();
            var start = sink.Rows.Count;
            for (var k = words[wordId].First; k >= 0; k = occurrences[k].Next)
            {
                var (s, i) = (occurrences[k].Sentence, occurrences[k].Index);
                foreach (var (offset, word) in (ReadOnlySpan<(int, string)>)[(-1, At(Lowered[s], i - 1)), (1, At(Lowered[s], i + 1))])
                {
                    if (seenContexts.Add((offset, word)))
                    {
                        sink.Add(Template.DocumentContext, offset, word);
                    }
                }
            }

            return start;
        }

        /// <summary>
        /// How often the first pass gave each type (or O, the last slot) to each capitalised word: typeSlots counts a word,
        /// in an array the view keeps, as long as its tables.
        /// </summary>
        public int[] CountFirstPass(string[][] sentences, int[][] firstPass, int typeSlots)
        {
            if (firstPassCounts.Length < wordCount * typeSlots)
            {
                firstPassCounts = new int[Math.Max(wordCount, words.Length) * typeSlots];
            }

            var counts = firstPassCounts;
            counts.AsSpan(0, wordCount * typeSlots).Clear();
            for (var s = 0; s < sentences.Length; s++)
            {
                var tokens = sentences[s];
                for (var i = 0; i < tokens.Length; i++)
                {
                    var id = WordIds[s][i];
                    if (id < 0 || !char.IsUpper(tokens[i][0]))
                    {
                        continue;
                    }

                    var label = firstPass[s][i];
                    counts[(id * typeSlots) + (label == 0 ? typeSlots - 1 : NerLabels.TypeOf(label))]++;
                }
            }

            return counts;
        }

        // A headline in capitals: no lower-case letter and at least 4 capitals.
        private bool IsAllCaps(int[] typeIds)
        {
            var capitals = 0;
            foreach (var type in typeIds)
            {
                if (types[type].Capitals < 0)
                {
                    return false;
                }

                capitals += types[type].Capitals;
            }

            return capitals >= 4;
        }

        // How many capital letters a text has, or -1 if it has a lower-case one.
        private static int CapitalsOf(string text)
        {
            var capitals = 0;
            foreach (var c in text)
            {
                if (char.IsLower(c))
                {
                    return -1;
                }

                capitals += char.IsUpper(c) ? 1 : 0;
            }

            return capitals;
        }

        // Case: the text's (see CaseOf); Capitals: see CapitalsOf; HidesCase: whether a word after it may be capitalised
        // whatever it is (a quote, a bracket).
        private readonly record struct TypeEntry(string Text, string Lowered, int WordId, int Case, int Capitals, bool HidesCase);

        // A text of the vocabulary: its lowered form's index (-1 without a letter), its case, its description from the
        // shared table if found there, the document that added it (and so looked for it there already), and whether
        // the shared table's answer is final: found, or missing from a table that was full, which never changes after.
        private struct VocabularyEntry
        {
            public string Text;
            public string Lowered;
            public WordFeatures? Known;
            public int Form;
            public int Case;
            public int Capitals;
            public int Added;
            public bool Settled;
            public bool HidesCase;
        }

        // A slot of the vocabulary's table (Hash 0 marks an empty one): the text's hash, head and tail (see HashOf), its
        // entry, and the document that last met it with its index there.
        private struct Slot
        {
            public int Hash;
            public int Entry;
            public int Document;
            public int Type;
            public ulong Head;
            public ulong Tail;
        }

        // The tokens TypeAll reads: the characters of token k, and its string if the caller has one.
        private interface ITokenTexts
        {
            ReadOnlySpan<char> Span(int k);

            string? String(int k);
        }

        private readonly struct StringTexts(string[] tokens) : ITokenTexts
        {
            public ReadOnlySpan<char> Span(int k) => tokens[k];

            public string? String(int k) => tokens[k];
        }

        private readonly ref struct RangeTexts(string text, ReadOnlySpan<(int Start, int End)> ranges) : ITokenTexts
        {
            private readonly ReadOnlySpan<(int Start, int End)> ranges = ranges;

            public ReadOnlySpan<char> Span(int k) => text.AsSpan(ranges[k].Start, ranges[k].End - ranges[k].Start);

            public string? String(int k) => null;
        }

        // ContextRows: hashed once a document without an index; ContextAt: where its summed context starts, or -1.
        private struct WordEntry
        {
            public int Cases;
            public int Count;
            public int First;
            public int Last;
            public int ContextAt;
            public int[]? ContextRows;
        }

        private struct Occurrence(int sentence, int index)
        {
            public readonly int Sentence = sentence;
            public readonly int Index = index;
            public int Next = -1;
        }
    }
}
