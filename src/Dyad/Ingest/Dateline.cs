using System.Globalization;
using System.Text.RegularExpressions;

namespace Dyad.Ingest;

/// <summary>A dateline at the head of a wire story: <c>LIMA (Reuters) -</c>, <c>KABUL, Afghanistan (AP) —</c>.</summary>
/// <param name="Place">The place in ordinary case ("Lima").</param>
/// <param name="Region">A state or country written after the city, if any.</param>
/// <param name="Wire">The wire service in brackets, if any.</param>
/// <param name="Length">Characters the dateline takes, dash and following space included.</param>
public sealed partial record Dateline(string Place, string? Region, string? Wire, int Length)
{
    /// <summary>Recognises a dateline at the very start of <paramref name="text"/>.</summary>
    public static Dateline? Match(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var place = m.Groups["place"].Value.Trim();
        if (place.Length < 2 || place.Split(' ').Length > 4)
        {
            return null;
        }

        var region = m.Groups["region"].Success ? m.Groups["region"].Value.Trim() : null;
        var wire = m.Groups["wire"].Success ? m.Groups["wire"].Value.Trim() : null;
        return new Dateline(TitleCase(place), region, wire, m.Length);
    }

    private static string TitleCase(string upper)
    {
        var lower = upper.ToLowerInvariant();
        var words = lower.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length == 0 || (i > 0 && w is "de" or "la" or "del" or "da" or "do" or "of" or "the" or "es" or "al" or "el"))
            {
                continue;
            }

            words[i] = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w);
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(
        """
        ^(?<place>[A-Z][A-Z'’.\-]*(?:\ [A-Z][A-Z'’.\-]*){0,3})
         (?:,\ *(?<region>[A-Z][A-Za-z.'\-]*(?:\ [A-Z][A-Za-z.'\-]*){0,2}))?
         (?:,\ *(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\ \d{1,2})?
         \ *(?:\((?<wire>[A-Za-z][A-Za-z .&'\-]{1,30})\))?
         \ *(?:--|-|–|—)\ +
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
