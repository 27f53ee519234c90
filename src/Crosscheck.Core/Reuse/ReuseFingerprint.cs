using System.Collections.Immutable;

namespace Crosscheck.Core.Reuse;

/// <summary>
/// What the candidate index knows of an article: its MinHash signature (stored as a blob), the signature's LSH
/// band keys (near-duplicates) and its passage hashes outside quotations: winnowed shingles (partial copies) and
/// sentence keys (reworded copies). The band keys and passage hashes are the keys to persist in a postings table;
/// <see cref="LshIndex"/> is their in-memory form.
/// </summary>
public sealed record ReuseFingerprint(MinHashSignature Signature, ImmutableArray<ulong> BandKeys, ImmutableArray<ulong> PassageHashes);
