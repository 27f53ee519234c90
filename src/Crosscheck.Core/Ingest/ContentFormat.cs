namespace Crosscheck.Core.Ingest;

/// <summary>How an article's raw content is encoded once it has been taken out of its container.</summary>
public enum ContentFormat
{
    PlainText,
    Html,
}
