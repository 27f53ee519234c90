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
/// Values are 32-bit: a false equal position has probability 2^-32, far below the estimate's own error, and
/// 32-bit lanes multiply natively in SIMD where 64-bit ones do not, which makes the signature several times cheaper.
/// </summary>
public sealed class MinHashSignature : IEquatable<MinHashSignature>
{
    private const ulong Seed = 0x9E3779B97F4A7C15;
    private const uint FinishMultiplier = 0x2C1B3C6D;
    private static readonly Dictionary<int, (uint[] Multipliers, uint[] Addends)> Permutations = [];
    private static readonly Lock PermutationsLock = new();

    private readonly uint[] _values;

    private MinHashSignature(uint[] values) => _values = values;

    public ReadOnlySpan<uint> Values => _values;

    public int Count => _values.Length;

    /// <summary>True when the set was empty (a text shorter than one shingle): such a signature matches nothing.</summary>
    public bool IsEmpty => _values.Length == 0 || _values[0] == uint.MaxValue;

    public static MinHashSignature Compute(ReadOnlySpan<ulong> shingleHashes, int hashCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hashCount, 1);
        var (multipliers, addends) = GetPermutations(hashCount);
        var values = new uint[hashCount];
        values.AsSpan().Fill(uint.MaxValue);
        var width = Vector<uint>.Count;
        var vectorEnd = hashCount - (hashCount % width);
        var mins = MemoryMarshal.Cast<uint, Vector<uint>>(values.AsSpan(0, vectorEnd));
        var a = MemoryMarshal.Cast<uint, Vector<uint>>(multipliers.AsSpan(0, vectorEnd));
        var b = MemoryMarshal.Cast<uint, Vector<uint>>(addends.AsSpan(0, vectorEnd));
        var finisher = new Vector<uint>(FinishMultiplier);
        foreach (var hash in shingleHashes)
        {
            var folded = (uint)(hash ^ (hash >> 32));
            var x = new Vector<uint>(folded);
            for (var v = 0; v < mins.Length; v++)
            {
                var h = (a[v] * x) + b[v];
                h ^= Vector.ShiftRightLogical(h, 15);
                h *= finisher;
                h ^= Vector.ShiftRightLogical(h, 13);
                mins[v] = Vector.Min(mins[v], h);
            }

            for (var i = vectorEnd; i < hashCount; i++)
            {
                var h = (multipliers[i] * folded) + addends[i];
                h ^= h >> 15;
                h *= FinishMultiplier;
                h ^= h >> 13;
                values[i] = Math.Min(values[i], h);
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
            keys[band] = XxHash3.HashToUInt64(bytes.Slice(band * rows * sizeof(uint), rows * sizeof(uint)), (long)(Seed + (ulong)band));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(keys);
    }

    /// <summary>The signature as little-endian 32-bit values, for storage as a blob.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[_values.Length * sizeof(uint)];
        for (var i = 0; i < _values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), _values[i]);
        }

        return bytes;
    }

    public static MinHashSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % sizeof(uint) != 0)
        {
            throw new ArgumentException("A signature is a whole number of 32-bit values.", nameof(bytes));
        }

        var values = new uint[bytes.Length / sizeof(uint)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * sizeof(uint))..]);
        }

        return new MinHashSignature(values);
    }

    public bool Equals(MinHashSignature? other) => other is not null && _values.AsSpan().SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as MinHashSignature);

    public override int GetHashCode() => (int)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(_values.AsSpan()));

    // Hash functions h(x) = a*x + b (mod 2^32) with odd a, followed by a fixed xorshift-multiply finisher: each is a
    // bijection of the folded 32-bit shingle hash, the finisher spreads the weak low bits of a*x + b into the high
    // bits the minimum is decided by, and the parameters come from a fixed SplitMix64 stream so every process
    // derives the same functions.
    private static (uint[] Multipliers, uint[] Addends) GetPermutations(int hashCount)
    {
        lock (PermutationsLock)
        {
            if (Permutations.TryGetValue(hashCount, out var cached))
            {
                return cached;
            }

            var state = Seed;
            var multipliers = new uint[hashCount];
            var addends = new uint[hashCount];
            for (var i = 0; i < hashCount; i++)
            {
                multipliers[i] = (uint)SplitMix64(ref state) | 1;
                addends[i] = (uint)SplitMix64(ref state);
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
