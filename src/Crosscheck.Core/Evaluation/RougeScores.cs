namespace Crosscheck.Core.Evaluation;

/// <summary>ROUGE-1, ROUGE-2 and ROUGE-L (summary-level, union LCS) of one candidate summary against one reference.</summary>
public sealed record RougeScores(RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeL);
