namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// The weights of one tagging pass: a hashed table of feature rows with one weight per label, and first-order
/// label transitions (with start and end scores). Decoding is Viterbi restricted to well-formed BILOU sequences.
/// Read-only once built, so one instance serves any number of threads.
/// </summary>
internal sealed class NerWeights
{
    public NerWeights(NerLabels labels, int hashBits, float[] emissions, float[] transitions)
    {
        Labels = labels;
        HashBits = hashBits;
        Emissions = emissions;
        Transitions = transitions;
    }

    public NerLabels Labels { get; }

    public int HashBits { get; }

    /// <summary>Row-major: Emissions[row * Labels.Count + label].</summary>
    public float[] Emissions { get; }

    /// <summary>Transitions[from * L + to], then L start scores, then L end scores.</summary>
    public float[] Transitions { get; }

    public static int TransitionLength(int labelCount) => (labelCount * labelCount) + (2 * labelCount);

    public int[] Decode(int[][] tokenFeatures) => Decode(tokenFeatures, Emissions, Transitions, Labels);

    public static int[] Decode(int[][] tokenFeatures, float[] emissions, float[] transitions, NerLabels labels)
    {
        var n = tokenFeatures.Length;
        var l = labels.Count;
        var result = new int[n];
        if (n == 0)
        {
            return result;
        }

        var scores = new float[n * l];
        for (var i = 0; i < n; i++)
        {
            var row = scores.AsSpan(i * l, l);
            foreach (var feature in tokenFeatures[i])
            {
                var weights = emissions.AsSpan(feature * l, l);
                for (var k = 0; k < l; k++)
                {
                    row[k] += weights[k];
                }
            }
        }

        var best = new float[n * l];
        var back = new int[n * l];
        var startOffset = l * l;
        var endOffset = startOffset + l;
        for (var k = 0; k < l; k++)
        {
            best[k] = labels.AllowedStart[k] ? scores[k] + transitions[startOffset + k] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var to = 0; to < l; to++)
            {
                var top = float.NegativeInfinity;
                var arg = 0;
                for (var from = 0; from < l; from++)
                {
                    if (!labels.Allowed[(from * l) + to])
                    {
                        continue;
                    }

                    var candidate = best[((i - 1) * l) + from] + transitions[(from * l) + to];
                    if (candidate > top)
                    {
                        top = candidate;
                        arg = from;
                    }
                }

                best[(i * l) + to] = top + scores[(i * l) + to];
                back[(i * l) + to] = arg;
            }
        }

        var last = 0;
        var lastScore = float.NegativeInfinity;
        for (var k = 0; k < l; k++)
        {
            var candidate = labels.AllowedEnd[k] ? best[((n - 1) * l) + k] + transitions[endOffset + k] : float.NegativeInfinity;
            if (candidate > lastScore)
            {
                lastScore = candidate;
                last = k;
            }
        }

        result[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
        {
            result[i - 1] = back[(i * l) + result[i]];
        }

        return result;
    }
}
