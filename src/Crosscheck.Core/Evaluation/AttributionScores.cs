namespace Crosscheck.Core.Evaluation;

/// <summary>
/// Attribution extraction scores, micro-averaged over articles: content-span precision, recall and F1 for direct quotes
/// and for all attributions, and the share of matched direct quotes whose source was found.
/// </summary>
public sealed record AttributionScores(
    double DirectPrecision,
    double DirectRecall,
    double DirectF1,
    double AllPrecision,
    double AllRecall,
    double AllF1,
    double SpeakerAccuracy,
    int Articles,
    int GoldDirect,
    int PredictedDirect,
    int GoldAll,
    int PredictedAll);
