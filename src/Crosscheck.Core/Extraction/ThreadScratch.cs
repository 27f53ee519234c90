namespace Crosscheck.Core.Extraction;

/// <summary>
/// Collections a stage gathers one story's items in, which the stories read on one thread take in turn, emptied, rather
/// than each making its own: a story's tables would otherwise be garbage as soon as it is read.
/// </summary>
internal abstract class ThreadScratch<T>
    where T : ThreadScratch<T>, new()
{
    [ThreadStatic]
    private static T? current;

    /// <summary>This thread's collections, emptied.</summary>
    public static T ForThisThread()
    {
        var scratch = current ??= new T();
        scratch.Empty();
        return scratch;
    }

    /// <summary>Empties the collections a story fills.</summary>
    protected abstract void Empty();
}
