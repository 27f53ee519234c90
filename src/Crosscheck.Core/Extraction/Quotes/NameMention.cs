using System.Collections.Immutable;
using Crosscheck.Core.Text;

namespace Crosscheck.Core.Extraction.Quotes;

/// <summary>
/// A proper name in the text, with the lower-cased words that describe it where it is introduced (the title and
/// role words before it, "Russian President", and an appositive after it, ", the Russian president,"). Only a speaker
/// named by role ever reads a description, so it is gathered on first use from the run of tokens the name was cut from.
/// </summary>
internal sealed class NameMention(int start, int end, string text, bool isPerson)
{
    private string? article;
    private ImmutableArray<TextSpan> tokens;
    private (int RunStart, int NameStart, int RunEnd) run;
    private ImmutableArray<string> description;

    public int Start { get; } = start;

    public int End { get; } = end;

    public string Text { get; } = text;

    public bool IsPerson { get; set; } = isPerson;

    /// <summary>A person's describing words; empty for other names and names without a run.</summary>
    public ImmutableArray<string> Description
    {
        get
        {
            if (description.IsDefault)
            {
                description = IsPerson && article is not null ? NameFinder.Describe(article, tokens, run.RunStart, run.NameStart, run.RunEnd) : [];
            }

            return description;
        }
    }

    /// <summary>The run of tokens [runStart, runEnd] of the article the name was cut from, the name starting at nameStart.</summary>
    public void SetRun(string text, ImmutableArray<TextSpan> textTokens, int runStart, int nameStart, int runEnd)
    {
        article = text;
        tokens = textTokens;
        run = (runStart, nameStart, runEnd);
    }
}
