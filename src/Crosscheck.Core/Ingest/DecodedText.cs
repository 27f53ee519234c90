namespace Crosscheck.Core.Ingest;

/// <summary>Bytes turned into text, with the encoding that was found (for the record and for error messages).</summary>
public sealed record DecodedText(string Text, string EncodingName);
