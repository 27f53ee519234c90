using System.Numerics;
using System.Runtime.CompilerServices;

namespace Crosscheck.Core.Extraction.Ner;

/// <summary>
/// An open-addressing map from a feature row (a non-negative hash) to where its weights start. A slot holds the
/// row + 1 (0 when empty) and the start side by side, so a lookup costs one cache line. Read-only once built.
/// </summary>
internal sealed class RowSlots
{
    private readonly int[] slots;
    private readonly int mask;

    /// <param name="rows">The rows, each once.</param>
    /// <param name="startOf">Where the weights of the row at an index of <paramref name="rows"/> start.</param>
    /// <param name="capacity">Slots wanted, rounded up to a power of two: more slots, shorter probes.</param>
    public RowSlots(ReadOnlySpan<int> rows, Func<int, int> startOf, int capacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, Math.Max(capacity, rows.Length + 1)));
        mask = size - 1;
        slots = new int[size * 2];
        for (var r = 0; r < rows.Length; r++)
        {
            var slot = rows[r] & mask;
            while (slots[slot * 2] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot * 2] = rows[r] + 1;
            slots[(slot * 2) + 1] = startOf(r);
        }
    }

    /// <summary>Where a row's weights start, or -1 when the row has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(int row)
    {
        var slot = row & mask;
        while (true)
        {
            var key = slots[slot * 2];
            if (key == row + 1)
            {
                return slots[(slot * 2) + 1];
            }

            if (key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }
}
