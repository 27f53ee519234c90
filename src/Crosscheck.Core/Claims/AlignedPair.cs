namespace Crosscheck.Core.Claims;

/// <summary>Two sentences of different articles that make the same claim, by index into the claim sentences.</summary>
internal readonly record struct AlignedPair(int First, int Second, double Similarity);
