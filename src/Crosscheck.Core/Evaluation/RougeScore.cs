namespace Crosscheck.Core.Evaluation;

/// <summary>One ROUGE measure of a candidate against a reference, as fractions in [0, 1]; F is the balanced F1.</summary>
public sealed record RougeScore(double Precision, double Recall, double F)
{
    public static readonly RougeScore Zero = new(0, 0, 0);

    public static RougeScore FromCounts(double hits, int candidateTotal, int referenceTotal)
    {
        var precision = candidateTotal == 0 ? 0 : hits / candidateTotal;
        var recall = referenceTotal == 0 ? 0 : hits / referenceTotal;
        var f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new RougeScore(precision, recall, f);
    }
}
