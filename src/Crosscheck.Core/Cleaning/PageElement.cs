namespace Crosscheck.Core.Cleaning;

/// <summary>
/// One element of a page as the segmenter saw it, indexed in document order so that a parent always comes
/// before its children: sums run bottom-up by walking the indexes backwards, inherited flags run top-down.
/// </summary>
internal sealed class PageElement(int index, int parent, string tag, ElementHint hint)
{
    public int Index { get; } = index;

    public int Parent { get; } = parent;

    public string Tag { get; } = tag;

    public ElementHint Hint { get; } = hint;

    /// <summary>Visible characters (whitespace excluded) in the element's subtree.</summary>
    public int TextLength { get; set; }

    /// <summary>Characters of prose-like blocks in the subtree: long, few links.</summary>
    public int ProseLength { get; set; }

    /// <summary>Sum of the block values in the subtree: prose counts for, link lists and boilerplate against.</summary>
    public double Value { get; set; }

    /// <summary>The innermost element at or above this one whose hint says boilerplate and which is small enough to trust.</summary>
    public int BoilerplateAncestor { get; set; } = -1;
}
