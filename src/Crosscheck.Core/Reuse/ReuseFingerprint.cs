using System.Collections.Immutable;

namespace Crosscheck.Core.Reuse;

/// <summary>
/// What the candidate index knows of an article: its MinHash signature (stored as a blob), the signature's LSH
/// band keys (near-duplicates) and its winnowed passage hashes outside quotations (partial copies). The band keys
/// and passage hashes are the keys to persist in a postings table.
/// </summary>
public sealed record ReuseFingerprint(MinHashSignature Signature, ImmutableArray<ulong> BandKeys, ImmutableArray<ulong> PassageHashes);
