using System.Buffers;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// The hashed feature rows of a whole document, appended token by token into one array from the shared pool, with
/// where each token's rows start in another, so tagging a document does not leave tens of kilobytes of garbage;
/// <see cref="Release"/> gives the arrays back when the document is tagged (unreleased ones are simply collected).
/// </summary>
internal sealed class FeatureRows
{
    private int[] items;
    private int[] starts;

    /// <param name="expected">How many rows the document is likely to need, so the array rarely has to grow.</param>
    /// <param name="tokens">How many tokens the document has (see <see cref="StartsOf"/>).</param>
    public FeatureRows(int expected, int tokens = 0)
    {
        items = ArrayPool<int>.Shared.Rent(Math.Max(16, expected));
        starts = ArrayPool<int>.Shared.Rent(tokens + 1);
    }

    public int Count { get; private set; }

    public ReadOnlySpan<int> Slice(int start, int length) => items.AsSpan(start, length);

    /// <summary>
    /// Where the rows of the document's tokens from first on start, count of them and then where the last one's end:
    /// the caller writes them as it appends. Consecutive sentences share the entry between them, as one's end is the next's start.
    /// </summary>
    public Span<int> StartsOf(int first, int count) => starts.AsSpan(first, count + 1);

    /// <summary>The rows of the document's token k, once its end has been written (see <see cref="StartsOf"/>).</summary>
    public ReadOnlySpan<int> OfToken(int k) => items.AsSpan(starts[k], starts[k + 1] - starts[k]);

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
        ArrayPool<int>.Shared.Return(starts);
        items = [];
        starts = [];
        Count = 0;
    }
}
