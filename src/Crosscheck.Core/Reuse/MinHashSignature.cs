using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Crosscheck.Core.Reuse;

/// <summary>
/// MinHash signature of a set of shingle hashes: for each of HashCount fixed hash functions, the minimum over the
/// set. The share of equal positions between two signatures estimates the Jaccard similarity of the two sets.
/// The hash functions come from a fixed seed, so signatures stay comparable across runs and can be stored.
/// </summary>
public sealed class MinHashSignature : IEquatable<MinHashSignature>
{
    private const ulong Seed = 0x9E3779B97F4A7C15;
    private static readonly Dictionary<int, (ulong[] Multipliers, ulong[] Addends)> Permutations = [];
    private static readonly Lock PermutationsLock = new();

    private readonly ulong[] _values;

    private MinHashSignature(ulong[] values) => _values = values;

    public ReadOnlySpan<ulong> Values => _values;

    public int Count => _values.Length;

    /// <summary>True when the set was empty (a text shorter than one shingle): such a signature matches nothing.</summary>
    public bool IsEmpty => _values.Length == 0 || _values[0] == ulong.MaxValue;

    public static MinHashSignature Compute(ReadOnlySpan<ulong> shingleHashes, int hashCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hashCount, 1);
        var (multipliers, addends) = GetPermutations(hashCount);
        var values = new ulong[hashCount];
        values.AsSpan().Fill(ulong.MaxValue);
        var width = Vector<ulong>.Count;
        var vectorEnd = hashCount - (hashCount % width);
        var mins = MemoryMarshal.Cast<ulong, Vector<ulong>>(values.AsSpan(0, vectorEnd));
        var a = MemoryMarshal.Cast<ulong, Vector<ulong>>(multipliers.AsSpan(0, vectorEnd));
        var b = MemoryMarshal.Cast<ulong, Vector<ulong>>(addends.AsSpan(0, vectorEnd));
        foreach (var hash in shingleHashes)
        {
            var x = new Vector<ulong>(hash);
            for (var v = 0; v < mins.Length; v++)
            {
                mins[v] = Vector.Min(mins[v], (a[v] * x) + b[v]);
            }

            for (var i = vectorEnd; i < hashCount; i++)
            {
                values[i] = Math.Min(values[i], (multipliers[i] * hash) + addends[i]);
            }
        }

        return new MinHashSignature(values);
    }

    /// <summary>Estimated Jaccard similarity of the two shingle sets (0 when either is empty or sizes differ).</summary>
    public double Similarity(MinHashSignature other)
    {
        if (other.Count != Count || IsEmpty || other.IsEmpty)
        {
            return 0;
        }

        var equal = 0;
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] == other._values[i])
            {
                equal++;
            }
        }

        return (double)equal / _values.Length;
    }

    /// <summary>
    /// One key per LSH band: a hash of the band's rows, salted with the band number so that equal rows in
    /// different bands never collide. Two signatures are near-duplicate candidates when any key is equal.
    /// </summary>
    public ImmutableArray<ulong> BandKeys(int bands)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bands, Count);
        if (IsEmpty)
        {
            return [];
        }

        var rows = Count / bands;
        var keys = new ulong[bands];
        var bytes = MemoryMarshal.AsBytes(_values.AsSpan());
        for (var band = 0; band < bands; band++)
        {
            keys[band] = XxHash3.HashToUInt64(bytes.Slice(band * rows * sizeof(ulong), rows * sizeof(ulong)), (long)(Seed + (ulong)band));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(keys);
    }

    /// <summary>The signature as little-endian 64-bit values, for storage as a blob.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[_values.Length * sizeof(ulong)];
        for (var i = 0; i < _values.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)), _values[i]);
        }

        return bytes;
    }

    public static MinHashSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % sizeof(ulong) != 0)
        {
            throw new ArgumentException("A signature is a whole number of 64-bit values.", nameof(bytes));
        }

        var values = new ulong[bytes.Length / sizeof(ulong)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i * sizeof(ulong))..]);
        }

        return new MinHashSignature(values);
    }

    public bool Equals(MinHashSignature? other) => other is not null && _values.AsSpan().SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as MinHashSignature);

    public override int GetHashCode() => (int)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(_values.AsSpan()));

    // Hash functions h(x) = a*x + b (mod 2^64) with odd a: a bijection of the 64-bit shingle hashes, drawn from a
    // fixed SplitMix64 stream so every process derives the same functions.
    private static (ulong[] Multipliers, ulong[] Addends) GetPermutations(int hashCount)
    {
        lock (PermutationsLock)
        {
            if (Permutations.TryGetValue(hashCount, out var cached))
            {
                return cached;
            }

            var state = Seed;
            var multipliers = new ulong[hashCount];
            var addends = new ulong[hashCount];
            for (var i = 0; i < hashCount; i++)
            {
                multipliers[i] = SplitMix64(ref state) | 1;
                addends[i] = SplitMix64(ref state);
            }

            Permutations[hashCount] = (multipliers, addends);
            return (multipliers, addends);
        }
    }

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
