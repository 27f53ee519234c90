using System.Collections.Immutable;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// A proper name in the text, with the lower-cased words that describe it where it is introduced (the title and
/// role words before it, "Russian President", and an appositive after it, ", the Russian president,"). Most names are
/// never a speaker's, so a name's text is copied, and its description gathered from the run of tokens it was cut
/// from, on first use.
/// </summary>
internal sealed class NameMention(string article, int start, int end, bool isPerson)
{
    private ImmutableArray<TextSpan> tokens;
    private (int RunStart, int NameStart, int RunEnd)? run;
    private string? text;
    private ImmutableArray<string> description;

    public int Start { get; } = start;

    public int End { get; } = end;

    public string Text => text ??= article[Start..End];

    /// <summary>The name's characters in the article, without copying them.</summary>
    public ReadOnlySpan<char> Chars => article.AsSpan(Start, End - Start);

    public bool IsPerson { get; set; } = isPerson;

    /// <summary>A person's describing words; empty for other names and names without a run.</summary>
    public ImmutableArray<string> Description
    {
        get
        {
            if (description.IsDefault)
            {
                description = IsPerson && run is { } cut
                    ? NameFinder.Describe(article, tokens, cut.RunStart, cut.NameStart, cut.RunEnd)
                    : [];
            }

            return description;
        }
    }

    /// <summary>The run of the article's tokens [runStart, runEnd] the name was cut from, the name starting at nameStart.</summary>
    public void SetRun(ImmutableArray<TextSpan> articleTokens, int runStart, int nameStart, int runEnd)
    {
        tokens = articleTokens;
        run = (runStart, nameStart, runEnd);
    }
}
