using System.Buffers;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// The hashed feature rows of a whole document, appended token by token into one array from the shared pool, so tagging
/// a document does not leave tens of kilobytes of garbage; <see cref="Release"/> gives the array back when the document
/// is tagged (an unreleased one is simply collected).
/// </summary>
internal sealed class FeatureRows
{
    private int[] items;

    /// <param name="expected">How many rows the document is likely to need, so the array rarely has to grow.</param>
    public FeatureRows(int expected) => items = ArrayPool<int>.Shared.Rent(Math.Max(16, expected));

    public int Count { get; private set; }

    public ReadOnlySpan<int> Slice(int start, int length) => items.AsSpan(start, length);

    public void Add(int row)
    {
        if (Count == items.Length)
        {
            var larger = ArrayPool<int>.Shared.Rent(items.Length * 2);
            items.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<int>.Shared.Return(items);
            items = larger;
        }

        items[Count++] = row;
    }

    /// <summary>Drops the rows from count on.</summary>
    public void Truncate(int count) => Count = Math.Min(Count, count);

    public void Release()
    {
        ArrayPool<int>.Shared.Return(items);
        items = [];
        Count = 0;
    }
}
