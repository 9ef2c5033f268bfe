using System.Text;

namespace Dyad.Ingest;

/// <summary>Turns the bytes of one input into text, or says precisely why they are not text.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>How many leading bytes are inspected for signs of a binary file.</summary>
    public const int SniffBytes = 8192;

    /// <summary>
    /// Decodes <paramref name="bytes"/>: strict UTF-8 unless a UTF-16 byte-order mark or <paramref name="encoding"/>
    /// says otherwise. Returns null and sets <paramref name="problem"/> for empty, binary or mis-encoded input.
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, Encoding? encoding, out string? problem)
    {
        problem = null;
        if (bytes.IsEmpty)
        {
            problem = "the file is empty";
            return null;
        }

        if (encoding is null && HasUtf16Bom(bytes, out var utf16))
        {
            encoding = utf16;
        }
        else if (encoding is null && LooksBinary(bytes))
        {
            problem = "this is a binary file, not text (it holds NUL or control bytes)";
            return null;
        }

        string text;
        try
        {
            var enc = encoding ?? StrictUtf8;
            var preamble = enc.Preamble;
            var body = bytes.StartsWith(preamble) ? bytes[preamble.Length..] : bytes;
            if (encoding is null && body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                body = body[3..];
            }

            text = enc.GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            problem = DescribeBadUtf8(bytes, e);
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "the file holds only whitespace";
            return null;
        }

        return text.Contains('\r', StringComparison.Ordinal) ? text.ReplaceLineEndings("\n") : text;
    }

    /// <summary>True when the first bytes hold NUL or many control characters, as binary formats do.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sniff = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (sniff.Contains((byte)0))
        {
            return true;
        }

        var control = 0;
        foreach (var b in sniff)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return control * 20 > sniff.Length;
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes, out Encoding? encoding)
    {
        encoding = bytes switch
        {
            [0xFF, 0xFE, ..] => Encoding.Unicode,
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
            _ => null,
        };
        return encoding is not null;
    }

    private static string DescribeBadUtf8(ReadOnlySpan<byte> bytes, DecoderFallbackException e)
    {
        // The exception's index is relative to the decoder's internal buffer; scanning again gives the exact byte.
        var index = FirstInvalidUtf8(bytes);
        if (index < 0)
        {
            index = Math.Clamp(e.Index, 0, bytes.Length - 1);
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return $"not valid UTF-8: byte 0x{bytes[index]:X2} at line {line}, column {index - lineStart + 1} " +
               "(if the file is Latin-1 or Windows-1252, pass --encoding windows-1252)";
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        Span<char> buffer = stackalloc char[256];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false);
            if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData)
            {
                return offset + read;
            }

            offset += read;
            if (status == System.Buffers.OperationStatus.Done)
            {
                break;
            }
        }

        return -1;
    }
}
