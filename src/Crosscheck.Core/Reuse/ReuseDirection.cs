namespace Crosscheck.Core.Reuse;

/// <summary>Which side of a reuse link is the likely source, seen from the article that holds the link.</summary>
public enum ReuseDirection
{
    Unknown,

    /// <summary>The other article is the likely source: this one reused its text.</summary>
    OtherIsSource,

    /// <summary>This article is the likely source: the other one reused its text.</summary>
    ThisIsSource,
}
