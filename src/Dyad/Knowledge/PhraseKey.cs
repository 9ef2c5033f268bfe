using System.Text;

namespace Dyad.Knowledge;

/// <summary>
/// The normal form under which phrases are indexed and looked up: lower case, accents removed, curly
/// apostrophes made plain, hyphens and dashes read as spaces, whitespace collapsed. "Erdoğan" and "erdogan"
/// share one key, and so do "al-Qaeda" and "al Qaeda", "Port-Vila" and "Port Vila".
/// </summary>
public static class PhraseKey
{
    /// <summary>First character covered by <see cref="Fold"/> (Latin-1 Supplement onwards).</summary>
    private const int FoldStart = 0xC0;

    /// <summary>
    /// The unaccented lower-case letter of each character from U+00C0 to U+024F (Latin-1 Supplement, Latin
    /// Extended-A and -B), or a space where there is none. Built from Unicode decompositions; lookup by table
    /// rather than string normalisation because Dyad runs with invariant globalization.
    /// </summary>
    private const string Fold =
        "aaaaaa ceeeeiiiidnooooo ouuuuy  aaaaaa ceeeeiiiidnooooo ouuuuy y"
        + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii  jjkkklllllll"
        + "lllnnnnnnn  oooooo  rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz "
        + "               e  f             oo             uu               "
        + "             aaiioouuuuuuuuuueaaaa    ggkkoooo  j   gg  nnaa    "
        + "aaaaeeeeiiiioooorrrruuuusstt  hh      aaeeooooooooyy            "
        + "                ";

    /// <summary>The normal form of <paramref name="phrase"/>.</summary>
    public static string Of(ReadOnlySpan<char> phrase)
    {
        var sb = new StringBuilder(phrase.Length);
        var space = false;
        foreach (var c in phrase)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '–' or '—' or '‐')
            {
                space = sb.Length > 0;
                continue;
            }

            if (c is >= '\u0300' and <= '\u036F')
            {
                // A combining accent, as in decomposed text: dropped like the accents of precomposed letters.
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            AppendFolded(sb, c);
        }

        return sb.ToString();
    }

    private static void AppendFolded(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '’' or '‘' or '`':
                sb.Append('\'');
                return;
            case 'ß':
                sb.Append("ss");
                return;
            case 'æ' or 'Æ':
                sb.Append("ae");
                return;
            case 'œ' or 'Œ':
                sb.Append("oe");
                return;
            case 'þ' or 'Þ':
                sb.Append("th");
                return;
        }

        var i = c - FoldStart;
        sb.Append(i >= 0 && i < Fold.Length && Fold[i] != ' ' ? Fold[i] : char.ToLowerInvariant(c));
    }
}
