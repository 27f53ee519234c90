using System.Text;
using UtfUnknown;

namespace Crosscheck.Core.Ingest;

/// <summary>
/// Turns file bytes into text: rejects binary content, honours a byte-order mark, recognises UTF-16 without one,
/// accepts valid UTF-8, and otherwise detects the legacy encoding (windows-1252 is the usual culprit for pasted news) instead of
/// silently replacing characters.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes the bytes, or returns null with the reason when they are not text.</summary>
    public static DecodedText? Decode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = null;
        if (Utf16WithoutMark(bytes) is { } utf16)
        {
            return new DecodedText(utf16.GetString(bytes), utf16.WebName);
        }

        if (LooksBinary(bytes))
        {
            problem = "binary content (not a text, HTML, feed, JSONL or WARC file)";
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(StrictDecode(bytes[3..]) ?? Encoding.UTF8.GetString(bytes[3..]), "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        if (StrictDecode(bytes) is { } utf8)
        {
            return new DecodedText(utf8, "utf-8");
        }

        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        var encoding = detected?.Encoding is { } found && found.CodePage != Encoding.UTF8.CodePage
            ? found
            : Encoding.GetEncoding(1252);
        return new DecodedText(encoding.GetString(bytes), encoding.WebName);
    }

    // UTF-16 saved without a byte-order mark (some Windows exports): Latin text has a zero in every other byte, the high
    // byte of each character, and almost none in the other half. Binary files have zeros in both.
    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 8192) & ~1)];
        if (sample.Length < 16 || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return null;
        }

        var (evenZeros, oddZeros) = (0, 0);
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var half = sample.Length / 2;
        return (oddZeros * 10 >= half * 4, evenZeros * 20 < half, evenZeros * 10 >= half * 4, oddZeros * 20 < half) switch
        {
            (true, true, _, _) => Encoding.Unicode,
            (_, _, true, true) => Encoding.BigEndianUnicode,
            _ => null,
        };
    }

    private static string? StrictDecode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // NUL bytes never occur in text encodings without a BOM (UTF-16 with a BOM is handled before this), and a
    // high share of other control characters means an executable, image or archive.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return sample.Length > 0 && control > sample.Length / 20;
    }
}
