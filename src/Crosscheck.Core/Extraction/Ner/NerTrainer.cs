using System.Collections.Immutable;
using System.Globalization;
using Crosscheck.Core.Evaluation;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// Trains a <see cref="NerModel"/> with the averaged structured perceptron (Collins 2002): Viterbi-decode each
/// training sentence, move the weights toward the gold features and away from the predicted ones where they differ,
/// and keep the average of the weights over all steps. With a dev set, the epoch with the best dev F1 is kept.
/// The second pass is trained on first-pass labels predicted by models that did not see the document (jackknife),
/// so it learns how far to trust first-pass output as it will be at run time.
/// </summary>
public static class NerTrainer
{
    public static NerModel Train(
        IReadOnlyList<ConllDocument> train,
        IReadOnlyList<ConllDocument>? dev,
        IEnumerable<IReadOnlyList<string>> unlabelled,
        NerTrainingOptions options,
        Action<NerTrainingProgress>? progress = null)
    {
        var clusters = options.ClusterDepth == 0 ? WordClusters.Empty : WordClusters.Build(
            train.SelectMany(d => d.Sentences).Select(s => (IReadOnlyList<string>)s.Tokens).Concat(unlabelled),
            options.ClusterMinCount,
            options.ClusterDepth);
        progress?.Invoke(new NerTrainingProgress(
            "word clusters for " + clusters.Count.ToString(CultureInfo.InvariantCulture) + " words", 0, 0, 0, 0, 0, null));
        var types = train.SelectMany(d => d.Sentences).SelectMany(s => s.Tags)
            .Where(t => t.Length > 2).Select(t => t[2..]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var labels = new NerLabels([.. types]);
        var trainSet = Prepare(train, labels);
        var devSet = dev is null ? null : Prepare(dev, labels);
        var lexicon = NerLexicon.Build(trainSet.SelectMany(d => d.Tokens.Zip(d.Gold)));
        var lexiconFolds = Enumerable.Range(0, options.LexiconFolds)
            .Select(k => NerLexicon.Build(trainSet.Where((_, d) => d % options.LexiconFolds != k).SelectMany(d => d.Tokens.Zip(d.Gold))))
            .ToArray();
        var trainExtractors = Enumerable.Range(0, trainSet.Length)
            .Select(d => new NerFeatureExtractor(lexiconFolds[d % options.LexiconFolds], clusters, labels, options.HashBits)).ToArray();
        var devExtractor = new NerFeatureExtractor(lexicon, clusters, labels, options.HashBits);

        var passes = ImmutableArray.CreateBuilder<NerWeights>();
        int[][][]? trainFirstPass = null;
        int[][][]? devFirstPass = null;
        for (var pass = 1; pass <= options.Passes; pass++)
        {
            var trainFeatures = trainSet.Select((d, i) => trainExtractors[i].Extract(d.Tokens, trainFirstPass?[i])).ToArray();
            var devFeatures = devSet?.Select((d, i) => devExtractor.Extract(d.Tokens, devFirstPass?[i])).ToArray();
            var all = Enumerable.Range(0, trainSet.Length).ToArray();
            var weights = TrainPass(
                labels, options, options.Epochs, trainSet, trainFeatures, all, devSet, devFeatures, pass, "train", progress);
            passes.Add(weights);
            if (pass == options.Passes)
            {
                break;
            }

            trainFirstPass = Jackknife(labels, options, trainSet, trainFeatures, pass, progress);
            devFirstPass = devFeatures?.Select(doc => Array.ConvertAll(doc, weights.Decode)).ToArray();
        }

        return new NerModel(labels, lexicon, clusters, options.HashBits, passes.ToImmutable());
    }

    private static int[][][] Jackknife(
        NerLabels labels, NerTrainingOptions options, LabelledDocument[] trainSet, int[][][][] features, int pass,
        Action<NerTrainingProgress>? progress)
    {
        var predictions = new int[trainSet.Length][][];
        for (var fold = 0; fold < options.PredictionFolds; fold++)
        {
            var k = fold;
            var rest = Enumerable.Range(0, trainSet.Length).Where(d => d % options.PredictionFolds != k).ToArray();
            var weights = TrainPass(
                labels, options, options.PredictionEpochs, trainSet, features, rest, null, null, pass, "jackknife " + (k + 1), progress);
            for (var d = k; d < trainSet.Length; d += options.PredictionFolds)
            {
                predictions[d] = Array.ConvertAll(features[d], weights.Decode);
            }
        }

        return predictions;
    }

    private static NerWeights TrainPass(
        NerLabels labels,
        NerTrainingOptions options,
        int epochs,
        LabelledDocument[] trainSet,
        int[][][][] features,
        int[] documents,
        LabelledDocument[]? devSet,
        int[][][][]? devFeatures,
        int pass,
        string phase,
        Action<NerTrainingProgress>? progress)
    {
        var l = labels.Count;
        var perceptron = new AveragedPerceptron((1 << options.HashBits) * l, NerWeights.TransitionLength(l));
        var order = documents.SelectMany(d => Enumerable.Range(0, trainSet[d].Tokens.Length).Select(s => (d, s))).ToArray();
        var random = new Random(options.Seed + pass);
        NerWeights? best = null;
        var bestF1 = double.NegativeInfinity;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var (d, s) in order)
            {
                var tokenFeatures = features[d][s];
                var gold = trainSet[d].Gold[s];
                var predicted = NerWeights.Decode(tokenFeatures, perceptron.Weights, perceptron.TransitionWeights, labels);
                if (!predicted.AsSpan().SequenceEqual(gold))
                {
                    mistakes++;
                    Update(perceptron, tokenFeatures, gold, predicted, l);
                }

                perceptron.Tick();
            }

            double? devF1 = null;
            if (devSet is not null && devFeatures is not null)
            {
                var averaged = NerWeights.FromDense(labels, options.HashBits, perceptron.AveragedWeights(), perceptron.AveragedTransitions());
                devF1 = Score(labels, averaged, devSet, devFeatures).Overall.F1;
                if (devF1 > bestF1)
                {
                    bestF1 = devF1.Value;
                    best = averaged;
                }
            }

            progress?.Invoke(new NerTrainingProgress(phase, pass, epoch, epochs, mistakes, order.Length, devF1));
        }

        return best ?? NerWeights.FromDense(labels, options.HashBits, perceptron.AveragedWeights(), perceptron.AveragedTransitions());
    }

    private static void Update(AveragedPerceptron perceptron, int[][] tokenFeatures, int[] gold, int[] predicted, int l)
    {
        for (var i = 0; i < gold.Length; i++)
        {
            if (gold[i] != predicted[i])
            {
                foreach (var feature in tokenFeatures[i])
                {
                    perceptron.AddWeight((feature * l) + gold[i], 1);
                    perceptron.AddWeight((feature * l) + predicted[i], -1);
                }
            }

            var goldFrom = i == 0 ? -1 : gold[i - 1];
            var predictedFrom = i == 0 ? -1 : predicted[i - 1];
            if (goldFrom != predictedFrom || gold[i] != predicted[i])
            {
                perceptron.AddTransition(TransitionIndex(goldFrom, gold[i], l), 1);
                perceptron.AddTransition(TransitionIndex(predictedFrom, predicted[i], l), -1);
            }
        }

        var n = gold.Length;
        if (gold[n - 1] != predicted[n - 1])
        {
            perceptron.AddTransition((l * l) + l + gold[n - 1], 1);
            perceptron.AddTransition((l * l) + l + predicted[n - 1], -1);
        }
    }

    private static int TransitionIndex(int from, int to, int l) => from < 0 ? (l * l) + to : (from * l) + to;

    internal static ConllScore Score(NerLabels labels, NerWeights weights, LabelledDocument[] documents, int[][][][] features) =>
        ConllEvaluator.Score(documents.SelectMany((d, i) => d.Tags.Select((tags, s) =>
            ((IReadOnlyList<string>)tags, (IReadOnlyList<string>)labels.ToIob(weights.Decode(features[i][s]))))));

    private static LabelledDocument[] Prepare(IReadOnlyList<ConllDocument> documents, NerLabels labels) =>
        [.. documents.Select(d => new LabelledDocument(
            [.. d.Sentences.Select(s => s.Tokens.ToArray())],
            [.. d.Sentences.Select(s => labels.FromIob(s.Tags))],
            [.. d.Sentences.Select(s => s.Tags.ToArray())]))];

    internal sealed record LabelledDocument(string[][] Tokens, int[][] Gold, string[][] Tags);

    /// <summary>Perceptron weights with the lazy-averaging trick: the average is w - u / c, with u summing c * update.</summary>
    private sealed class AveragedPerceptron(int weightCount, int transitionCount)
    {
        private readonly double[] updates = new double[weightCount];
        private readonly double[] transitionUpdates = new double[transitionCount];
        private long step = 1;

        public float[] Weights { get; } = new float[weightCount];

        public float[] TransitionWeights { get; } = new float[transitionCount];

        public void Tick() => step++;

        public void AddWeight(int index, float delta)
        {
            Weights[index] += delta;
            updates[index] += step * delta;
        }

        public void AddTransition(int index, float delta)
        {
            TransitionWeights[index] += delta;
            transitionUpdates[index] += step * delta;
        }

        public float[] AveragedWeights() => Average(Weights, updates);

        public float[] AveragedTransitions() => Average(TransitionWeights, transitionUpdates);

        private float[] Average(float[] weights, double[] sums)
        {
            var averaged = new float[weights.Length];
            for (var i = 0; i < weights.Length; i++)
            {
                averaged[i] = (float)(weights[i] - (sums[i] / step));
            }

            return averaged;
        }
    }
}
