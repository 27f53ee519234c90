namespace Crosscheck.Core.Evaluation;

/// <summary>Exact-span entity counts and the precision, recall and F1 they give (0 when undefined, as conlleval prints).</summary>
public sealed record EntityScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
