using Crosscheck.Core.Reuse;
using static Crosscheck.Core.Tests.Reuse.ReuseTestArticles;

namespace Crosscheck.Core.Tests.Reuse;

public sealed class MinHashSignatureTests
{
    private static readonly ReuseFingerprinter Fingerprinter = new(ReuseOptions.Default);

    [Fact]
    public void Signature_bytes_round_trip()
    {
        var signature = Fingerprinter.Compute(Wire).Signature;

        var restored = MinHashSignature.FromBytes(signature.ToBytes());

        Assert.Equal(signature, restored);
        Assert.Equal(ReuseOptions.Default.HashCount * sizeof(uint), signature.ToBytes().Length);
        Assert.Equal(signature.BandKeys(ReuseOptions.Default.Bands).AsEnumerable(), restored.BandKeys(ReuseOptions.Default.Bands).AsEnumerable());
    }

    [Fact]
    public void Signature_of_a_stored_text_does_not_change_between_versions()
    {
        var signature = Fingerprinter.Compute("The council met on Monday to approve the plan for the coast.").Signature;

        Assert.Equal("F5C6350D11AF6825", Convert.ToHexString(signature.ToBytes()[..8]));
    }

    [Fact]
    public void Similarity_is_high_for_a_lightly_edited_copy_and_low_for_unrelated_text()
    {
        var edited = Wire.Replace("Monday", "Tuesday", StringComparison.Ordinal).Replace("three", "four", StringComparison.Ordinal);
        var original = Fingerprinter.Compute(Wire).Signature;

        Assert.InRange(original.Similarity(Fingerprinter.Compute(edited).Signature), 0.6, 1.0);
        Assert.InRange(original.Similarity(Fingerprinter.Compute(Unrelated).Signature), 0.0, 0.05);
    }

    [Fact]
    public void Typographic_differences_do_not_change_the_signature()
    {
        var retyped = Wire.ToUpperInvariant().Replace(",", string.Empty, StringComparison.Ordinal).Replace("900000", "900,000", StringComparison.Ordinal);

        Assert.Equal(Fingerprinter.Compute(Wire).Signature, Fingerprinter.Compute(retyped).Signature);
    }

    [Fact]
    public void Text_shorter_than_a_shingle_has_an_empty_signature_without_band_keys()
    {
        var fingerprint = Fingerprinter.Compute("Too short.");

        Assert.True(fingerprint.Signature.IsEmpty);
        Assert.Empty(fingerprint.BandKeys);
        Assert.Equal(0, fingerprint.Signature.Similarity(fingerprint.Signature));
    }
}
