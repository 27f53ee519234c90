namespace Crosscheck.Core.Cleaning;

/// <summary>
/// A run of inline text between two block-level boundaries. Line breaks from &lt;br&gt; are kept as '\n' so a
/// block can be output as several paragraphs while being judged as one.
/// </summary>
internal sealed record HtmlTextBlock(string Text, int Owner, int Length, int LinkLength, bool IsHeading, bool IsListItem)
{
    public double LinkDensity => Length == 0 ? 0 : (double)LinkLength / Length;
}
