namespace Crosscheck.Core.Claims;

/// <summary>How well a claim stands: backed by independent origins, by one origin only, or touched by a discrepancy.</summary>
public enum ClaimStatus
{
    SingleOrigin,
    Corroborated,
    Disputed,
}
