using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Crosscheck.Web.Pages;

/// <summary>
/// Builds a page where every value is HTML-encoded: text and attribute values only enter through
/// <see cref="Text"/> and the attribute lists, markup only through tag names written in this assembly.
/// </summary>
internal sealed class Html
{
    // All of Unicode stays readable; markup characters and quotes are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder page = new();

    public Html Open(string tag, params (string Name, string? Value)[] attributes)
    {
        page.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            page.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
        }

        page.Append('>');
        return this;
    }

    public Html Close(string tag)
    {
        page.Append("</").Append(tag).Append('>');
        return this;
    }

    public Html Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public Html Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            page.Append(Encoder.Encode(text));
        }

        return this;
    }

    /// <summary>A doctype, a void element or fixed markup written in this assembly: never a value.</summary>
    public Html Markup(string markup)
    {
        page.Append(markup);
        return this;
    }

    public override string ToString() => page.ToString();
}
