using System.Collections.Concurrent;

namespace Crosscheck.Core.Stories;

/// <summary>
/// Numbers the distinct terms of a batch while articles are read in parallel, so that a term's string is made once
/// per batch rather than once per article, and the stream's vocabulary counts terms by number instead of hashing
/// strings on its one thread. The numbers depend on which thread saw a term first; <see cref="WeightedVocabulary"/>
/// renumbers them in stream order.
/// </summary>
internal sealed class TermTable
{
    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> spans;
    private int next;

    public TermTable() => spans = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One more than the largest number given so far.</summary>
    public int Count => Volatile.Read(ref next);

    public int Id(string term) =>
        ids.TryGetValue(term, out var id) ? id : ids.GetOrAdd(term, static (_, table) => Interlocked.Increment(ref table.next) - 1, this);

    public int Id(ReadOnlySpan<char> term) =>
        spans.TryGetValue(term, out var id) ? id : ids.GetOrAdd(new string(term), static (_, table) => Interlocked.Increment(ref table.next) - 1, this);
}
