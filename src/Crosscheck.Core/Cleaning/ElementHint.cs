namespace Crosscheck.Core.Cleaning;

/// <summary>
/// What an element's tag, class, id, role and itemprop say about its content: main text, or boilerplate of a
/// given kind (the reason the text is dropped when it is).
/// </summary>
internal readonly record struct ElementHint(bool IsMainText, RemovalReason? Boilerplate)
{
    public static readonly ElementHint None = new(false, null);
}
