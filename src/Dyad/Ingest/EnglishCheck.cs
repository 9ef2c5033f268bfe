namespace Dyad.Ingest;

/// <summary>A cheap test that a text is English: common function words make up a fair share of its words.</summary>
public static class EnglishCheck
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "on", "was", "with", "said", "by", "as", "at",
        "it", "from", "he", "she", "his", "her", "they", "their", "has", "have", "had", "be", "been", "will", "would",
        "are", "were", "an", "not", "but", "this", "which", "who", "its", "after", "or", "we", "our", "i",
    };

    /// <summary>
    /// True when at least 12% of the first 400 words are English function words (news English runs near 40%),
    /// or when the text is too short to judge.
    /// </summary>
    public static bool LooksEnglish(ReadOnlySpan<char> text)
    {
        var words = 0;
        var hits = 0;
        var lookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length && words < 400)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words++;
                if (lookup.Contains(text[start..i]))
                {
                    hits++;
                }
            }
        }

        return words < 20 || hits * 100 >= words * 12;
    }
}
