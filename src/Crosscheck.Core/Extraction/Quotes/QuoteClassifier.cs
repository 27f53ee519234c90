using System.Collections.Frozen;
using System.Globalization;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// A linear model over <see cref="QuoteFeatures"/> that decides whether a quotation candidate is a direct quote, its
/// whole content being the quotation, rather than a scare quote, a title, or words quoted inside the writer's own
/// sentence. The weights (the embedded quote-weights.tsv) are learned by <see cref="QuoteLearner"/> from annotated
/// news (`crosscheck train quotes`).
/// </summary>
internal sealed class QuoteClassifier
{
    private const string Resource = "Crosscheck.Core.Extraction.Quotes.quote-weights.tsv";

    private readonly FrozenDictionary<string, double> _weights;
    private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public QuoteClassifier(IReadOnlyDictionary<string, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
        _spans = _weights.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static QuoteClassifier Default { get; } = Load();

    public double Score(IEnumerable<string> features)
    {
        var score = 0.0;
        foreach (var feature in features)
        {
            score += _weights.GetValueOrDefault(feature);
        }

        return score;
    }

    public bool IsDirect(IEnumerable<string> features) => Score(features) > 0;

    /// <summary>
    /// The score of the features <see cref="QuoteFeatures.Of"/> makes of a candidate's kind and own features, summed in
    /// the same order, without making the paired features' strings.
    /// </summary>
    public double Score(string kind, List<string> own)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(own);
        Span<char> key = stackalloc char[256];
        var score = _weights.GetValueOrDefault("bias");
        score += WeightOf(Compose(key, "kind=", string.Empty, kind));
        foreach (var feature in own)
        {
            score += _weights.GetValueOrDefault(feature);
            score += WeightOf(Compose(key, kind, "&", feature));
        }

        return score;

        double WeightOf(ReadOnlySpan<char> composed) =>
            composed.IsEmpty ? 0 : _spans.TryGetValue(composed, out var weight) ? weight : 0;
    }

    public bool IsDirect(string kind, List<string> own) => Score(kind, own) > 0;

    // The three parts written one after another into the buffer; empty when they do not fit, which no feature of the
    // weights is long enough to need.
    private static ReadOnlySpan<char> Compose(Span<char> buffer, string a, string b, string c)
    {
        var length = a.Length + b.Length + c.Length;
        if (length > buffer.Length)
        {
            return [];
        }

        a.CopyTo(buffer);
        b.CopyTo(buffer[a.Length..]);
        c.CopyTo(buffer[(a.Length + b.Length)..]);
        return buffer[..length];
    }

    /// <summary>"feature TAB weight" lines; lines starting with '#' are comments.</summary>
    public static Dictionary<string, double> Parse(string lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in lines.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length == 2 && !line.StartsWith('#')
                && double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                weights[fields[0]] = weight;
            }
        }

        return weights;
    }

    private static QuoteClassifier Load()
    {
        using var stream = typeof(QuoteClassifier).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded quote weights {Resource} are missing.");
        using var reader = new StreamReader(stream);
        return new QuoteClassifier(Parse(reader.ReadToEnd()));
    }
}
