namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// FNV-1a over UTF-16 code units with a final avalanche, so feature strings map to weight rows without building
/// the strings: the model stores no feature dictionary, only the weight table.
/// </summary>
internal static class FeatureHash
{
    public const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Append(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Append(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    public static ulong Append(ulong hash, int value)
    {
        hash = (hash ^ (uint)(value & 0xFFFF)) * Prime;
        return (hash ^ (uint)(value >>> 16)) * Prime;
    }

    public static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        return hash ^ (hash >> 33);
    }
}
