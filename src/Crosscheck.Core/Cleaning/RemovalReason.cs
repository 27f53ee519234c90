namespace Crosscheck.Core.Cleaning;

/// <summary>Why a line was taken out of an article body (the reasons named by the report contract).</summary>
public enum RemovalReason
{
    Advertisement,
    RelatedLink,
    CommentPrompt,
    Newsletter,
    Copyright,
    Caption,
    PhotoCredit,
    RepeatedDek,
    Navigation,
    Credit,
    Other,
}
