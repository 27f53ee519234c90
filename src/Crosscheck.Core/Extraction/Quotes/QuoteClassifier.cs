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

    public QuoteClassifier(IReadOnlyDictionary<string, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
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
