using System.Globalization;
using System.Text;

namespace Dyad.Knowledge;

/// <summary>
/// The normal form under which phrases are indexed and looked up: lower case, accents removed, curly
/// apostrophes and dashes made plain, whitespace collapsed. "Erdoğan" and "erdogan" share one key.
/// </summary>
public static class PhraseKey
{
    /// <summary>The normal form of <paramref name="phrase"/>.</summary>
    public static string Of(ReadOnlySpan<char> phrase)
    {
        var sb = new StringBuilder(phrase.Length);
        var space = false;
        foreach (var c in phrase)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c switch
            {
                '’' or '‘' or '`' => '\'',
                '–' or '—' or '‐' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        var s = sb.ToString();
        return IsAscii(s) ? s : StripAccents(s);
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }

    private static string StripAccents(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c switch { 'ı' => "i", 'ł' => "l", 'ø' => "o", 'đ' => "d", 'ß' => "ss", _ => c.ToString() });
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
