using System.Buffers;
using System.Text;

namespace Dyad.Text;

/// <summary>
/// Undoes UTF-8 that was decoded as Windows-1252 (<c>â€œ</c> for “, <c>Ã©</c> for é), keeping for every repaired
/// character the offset of the original characters it came from.
/// </summary>
internal static class MojibakeRepair
{
    // Lead characters of the byte sequences repaired: C2–C5 (Latin-1 and Latin Extended-A) and E2 (general punctuation).
    private static readonly SearchValues<char> Leads = SearchValues.Create("ÂÃÄÅâ");

    // Windows-1252 characters for the bytes 0x80–0x9F; the holes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are kept as C1 controls.
    private const string Cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    /// <summary>
    /// Returns the repaired text, or <paramref name="text"/> itself when nothing needed repair (then <paramref name="map"/> is null).
    /// Otherwise <paramref name="map"/>[i] is the original offset of repaired character i, with one extra entry for the end.
    /// </summary>
    public static string Repair(string text, out int[]? map)
    {
        map = null;
        var first = text.AsSpan().IndexOfAny(Leads);
        if (first < 0)
        {
            return text;
        }

        StringBuilder? builder = null;
        List<int>? offsets = null;
        var copied = 0;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!Leads.Contains(c))
            {
                continue;
            }

            var length = Decode(text, i, out var repaired);
            if (length == 0)
            {
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            offsets ??= new List<int>(text.Length + 1);
            for (var k = copied; k < i; k++)
            {
                builder.Append(text[k]);
                offsets.Add(k);
            }

            builder.Append(repaired);
            offsets.Add(i);
            copied = i + length;
            i += length - 1;
        }

        if (builder is null || offsets is null)
        {
            return text;
        }

        for (var k = copied; k < text.Length; k++)
        {
            builder.Append(text[k]);
            offsets.Add(k);
        }

        offsets.Add(text.Length);
        map = [.. offsets];
        return builder.ToString();
    }

    // Returns how many characters at i form one mis-decoded character (0 when none), and that character.
    private static int Decode(string text, int i, out char repaired)
    {
        repaired = '\0';
        var lead = text[i];
        var b1 = i + 1 < text.Length ? ByteOf(text[i + 1]) : -1;
        if (lead == 'â')
        {
            if (b1 < 0)
            {
                return 0;
            }

            var b2 = i + 2 < text.Length ? ByteOf(text[i + 2]) : -1;
            if (b2 < 0)
            {
                // The right double quote's last byte (0x9D) has no Windows-1252 character and is often dropped.
                if (b1 == 0x80)
                {
                    repaired = '”';
                    return 2;
                }

                return 0;
            }

            repaired = (char)(0x2000 | ((b1 & 0x3F) << 6) | (b2 & 0x3F));
            return 3;
        }

        if (b1 < 0)
        {
            return 0;
        }

        repaired = (char)(((lead & 0x1F) << 6) | (b1 & 0x3F));
        return 2;
    }

    // The byte 0x80–0xBF a character stands for under Windows-1252 (or Latin-1), else -1: only continuation bytes matter.
    private static int ByteOf(char c)
    {
        if (c is >= '\u00A0' and <= '\u00BF')
        {
            return c;
        }

        if (c is >= '\u0080' and <= '\u009F')
        {
            return c;
        }

        var k = Cp1252High.IndexOf(c, StringComparison.Ordinal);
        return k >= 0 ? 0x80 + k : -1;
    }
}
