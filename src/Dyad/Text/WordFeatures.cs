namespace Dyad.Text;

/// <summary>
/// The hashed facts about one word that the tagger's templates read: its form, spelling shape, affixes and
/// orthographic flags. Computed once per word so that feature extraction only combines numbers.
/// </summary>
public readonly record struct WordFeatures(
    ulong Lower, ulong Exact, ulong Shape, ulong Suffix1, ulong Suffix2, ulong Suffix3, ulong Suffix4, ulong Prefix1, ulong Prefix2, ulong Prefix3, ulong Flags, ulong Tags, ulong Cluster, ulong Coarse)
{
    /// <summary>Padding value for positions before the first or after the last word.</summary>
    public static readonly WordFeatures Boundary = new(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);

    /// <summary>
    /// Computes the features of <paramref name="word"/>; <paramref name="first"/> marks the first word of a sentence;
    /// <paramref name="ambiguity"/> maps a known word to the set of tags it took in training (its ambiguity class);
    /// <paramref name="clusters"/> gives its distributional class.
    /// </summary>
    public static WordFeatures Of(ReadOnlySpan<char> word, bool first, IReadOnlyDictionary<ulong, ulong>? ambiguity, WordClusters clusters)
    {
        var n = word.Length;
        var lower = FeatureHash.Lower(word);
        var cluster = clusters.Of(lower);
        return new WordFeatures(
            lower,
            FeatureHash.Exact(word),
            ShapeOf(word),
            FeatureHash.Lower(word[Math.Max(0, n - 1)..]),
            FeatureHash.Lower(word[Math.Max(0, n - 2)..]),
            FeatureHash.Lower(word[Math.Max(0, n - 3)..]),
            FeatureHash.Lower(word[Math.Max(0, n - 4)..]),
            FeatureHash.Exact(word[..Math.Min(1, n)]),
            FeatureHash.Lower(word[..Math.Min(2, n)]),
            FeatureHash.Lower(word[..Math.Min(3, n)]),
            FlagsOf(word, first),
            ambiguity is not null && ambiguity.TryGetValue(lower, out var tags) ? tags : 2,
            cluster,
            clusters.Coarse(cluster));
    }

    // Word shape with runs collapsed after two: "Humala" -> Xxx, "U.S." -> X.X., "60-year" -> dd-xxx, "2012" -> dddd.
    private static ulong ShapeOf(ReadOnlySpan<char> word)
    {
        var h = 14695981039346656037UL;
        var last = '\0';
        var run = 0;
        var count = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 0;
            last = s;
            if (run < 2 || (s == 'd' && run < 4))
            {
                h = (h ^ s) * 1099511628211UL;
            }

            if (++count > 24)
            {
                break;
            }
        }

        return FeatureHash.Combine(h, 0x51);
    }

    private static ulong FlagsOf(ReadOnlySpan<char> word, bool first)
    {
        ulong flags = first ? 1UL : 0UL;
        var upper = 0;
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
            else if (char.IsDigit(c))
            {
                flags |= 2;
            }
            else if (c == '-')
            {
                flags |= 4;
            }
        }

        if (letters > 0 && upper == letters)
        {
            flags |= 8;
        }
        else if (upper > 0 && char.IsUpper(word[0]))
        {
            flags |= 16;
        }

        return flags + 2;
    }
}
