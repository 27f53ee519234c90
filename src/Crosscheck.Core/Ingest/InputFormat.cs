namespace Crosscheck.Core.Ingest;

/// <summary>The container formats Crosscheck reads.</summary>
public enum InputFormat
{
    PlainText,
    Html,
    Feed,
    JsonLines,
    Warc,
}
