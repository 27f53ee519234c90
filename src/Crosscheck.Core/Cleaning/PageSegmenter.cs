using System.Text;
using AngleSharp.Dom;

namespace Crosscheck.Core.Cleaning;

/// <summary>
/// Cuts a parsed page into text blocks at block-level element boundaries in one iterative walk (no recursion,
/// so deeply nested junk cannot overflow the stack), recording every visited element with its parent and hint.
/// Invisible and non-text elements (scripts, forms controls, hidden nodes) are skipped with their subtrees.
/// </summary>
internal sealed class PageSegmenter
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "button", "select", "option", "textarea", "input", "head", "title", "link", "meta", "map", "dialog", "picture", "source",
    };

    private static readonly HashSet<string> BlockLevel = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
        "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "figure",
        "figcaption", "form", "fieldset", "legend", "address", "hr", "details", "summary", "body", "center", "hgroup", "menu",
    };

    private static readonly string[] HiddenClasses = ["hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "d-none"];

    private readonly List<PageElement> elements = [];
    private readonly List<HtmlTextBlock> blocks = [];
    private readonly List<int> stack = [];
    private readonly StringBuilder text = new();
    private int length;
    private int linkLength;
    private int anchorDepth;
    private int headingDepth;
    private int listItemDepth;

    public IReadOnlyList<PageElement> Elements => elements;

    public IReadOnlyList<HtmlTextBlock> Blocks => blocks;

    public static PageSegmenter Segment(IElement root)
    {
        var segmenter = new PageSegmenter();
        segmenter.Walk(root);
        return segmenter;
    }

    private void Walk(IElement root)
    {
        if (!Enter(root))
        {
            return;
        }

        var node = root.FirstChild;
        while (node is not null)
        {
            var entered = Enter(node);
            if (entered && node.FirstChild is not null)
            {
                node = node.FirstChild;
                continue;
            }

            if (entered && node is IElement)
            {
                Exit(node);
            }

            while (node.NextSibling is null)
            {
                node = node.Parent;
                if (node is null || ReferenceEquals(node, root))
                {
                    Exit(root);
                    return;
                }

                Exit(node);
            }

            node = node.NextSibling;
        }

        Exit(root);
    }

    private bool Enter(INode node)
    {
        if (node is IText textNode)
        {
            Append(textNode.Data);
            return false;
        }

        if (node is not IElement element)
        {
            return false;
        }

        var tag = element.LocalName;
        if (Skipped.Contains(tag) || IsInvisible(element))
        {
            return false;
        }

        switch (tag)
        {
            case "br":
                AppendBreak();
                return false;
            case "img":
                return false;
            default:
                break;
        }

        if (BlockLevel.Contains(tag))
        {
            Flush();
        }

        var parent = stack.Count == 0 ? -1 : stack[^1];
        var info = new PageElement(elements.Count, parent, tag, ElementHints.Classify(element, tag));
        elements.Add(info);
        stack.Add(info.Index);
        if (tag == "a")
        {
            anchorDepth++;
        }
        else if (tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            headingDepth++;
        }
        else if (tag is "li" or "dd" or "dt")
        {
            listItemDepth++;
        }

        return true;
    }

    private void Exit(INode node)
    {
        var tag = ((IElement)node).LocalName;
        if (BlockLevel.Contains(tag))
        {
            Flush();
        }

        if (tag == "a")
        {
            anchorDepth--;
        }
        else if (tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            headingDepth--;
        }
        else if (tag is "li" or "dd" or "dt")
        {
            listItemDepth--;
        }

        stack.RemoveAt(stack.Count - 1);
    }

    private void Append(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n'))
                {
                    text.Append(' ');
                }

                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            text.Append(c);
            length++;
            if (anchorDepth > 0)
            {
                linkLength++;
            }
        }
    }

    private void AppendBreak()
    {
        if (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }

        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    private void Flush()
    {
        if (length > 0 && stack.Count > 0)
        {
            var owner = stack[^1];
            blocks.Add(new HtmlTextBlock(text.ToString().Trim(), owner, length, linkLength, headingDepth > 0, listItemDepth > 0));
        }

        text.Clear();
        length = 0;
        linkLength = 0;
    }

    private static bool IsInvisible(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null && (ContainsCompact(style, "display:none") || ContainsCompact(style, "visibility:hidden")))
        {
            return true;
        }

        var className = element.ClassName;
        if (string.IsNullOrEmpty(className))
        {
            return false;
        }

        foreach (var name in className.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.IndexOf(HiddenClasses, name.ToLowerInvariant()) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsCompact(string style, string declaration) =>
        style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains(declaration, StringComparison.OrdinalIgnoreCase);
}
