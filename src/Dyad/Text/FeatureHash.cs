namespace Dyad.Text;

/// <summary>
/// 64-bit feature hashing for the tagger and parser: words and templates become numbers once, so the hot
/// loops combine integers instead of building strings. Collisions at 64 bits are negligible at our model sizes.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of the characters of <paramref name="text"/>, lower-cased (invariant).</summary>
    public static ulong Lower(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ char.ToLowerInvariant(c)) * Prime;
        }

        return Finish(h);
    }

    /// <summary>Hash of the characters of <paramref name="text"/> as written.</summary>
    public static ulong Exact(ReadOnlySpan<char> text)
    {
        var h = Offset ^ 0x5bd1e995UL;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return Finish(h);
    }

    /// <summary>Combines a running hash with one more value.</summary>
    public static ulong Combine(ulong seed, ulong value)
    {
        var x = (seed * 0x9E3779B97F4A7C15UL) ^ value;
        return Finish(x);
    }

    /// <summary>Feature key of template <paramref name="template"/> over one value; never 0 (0 marks an empty table slot).</summary>
    /// <remarks>
    /// Values are already well-mixed hashes or small codes; each position gets its own odd multiplier and rotation,
    /// and one finaliser mixes the whole, so a feature costs a handful of instructions.
    /// </remarks>
    public static ulong Feature(int template, ulong a) => NonZero(Finish(Seed(template) ^ (a * K1)));

    /// <summary>Feature key of a template over two values.</summary>
    public static ulong Feature(int template, ulong a, ulong b) =>
        NonZero(Finish(Seed(template) ^ (a * K1) ^ ulong.RotateLeft(b * K2, 21)));

    /// <summary>Feature key of a template over three values.</summary>
    public static ulong Feature(int template, ulong a, ulong b, ulong c) =>
        NonZero(Finish(Seed(template) ^ (a * K1) ^ ulong.RotateLeft(b * K2, 21) ^ ulong.RotateLeft(c * K3, 42)));

    /// <summary>Feature key of a template over four values.</summary>
    public static ulong Feature(int template, ulong a, ulong b, ulong c, ulong d) =>
        NonZero(Finish(Seed(template) ^ (a * K1) ^ ulong.RotateLeft(b * K2, 21) ^ ulong.RotateLeft(c * K3, 42) ^ ulong.RotateLeft(d * K4, 11)));

    private const ulong K1 = 0x9E3779B97F4A7C15UL;
    private const ulong K2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong K3 = 0x165667B19E3779F9UL;
    private const ulong K4 = 0xD6E8FEB86659FD93UL;

    private static ulong Seed(int template) => ((ulong)template + 1) * 0xA0761D6478BD642FUL;

    private static ulong NonZero(ulong h) => h == 0 ? 1 : h;

    private static ulong Finish(ulong x)
    {
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 29;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 32;
        return x;
    }
}
