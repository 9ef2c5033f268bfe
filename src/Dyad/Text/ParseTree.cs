using Dyad.Domain;

namespace Dyad.Text;

/// <summary>
/// The children of every token of one parsed sentence, for walking a dependency parse downwards. One instance is
/// reloaded sentence after sentence, so walking allocates nothing.
/// </summary>
public sealed class ParseTree
{
    private int[] start = new int[65];
    private int[] children = new int[64];
    private int[] fill = new int[64];

    /// <summary>Number of tokens of the loaded sentence.</summary>
    public int Count { get; private set; }

    /// <summary>Indexes the heads of <paramref name="tokens"/> (one sentence, heads sentence-local).</summary>
    public void Load(ReadOnlySpan<Token> tokens)
    {
        var n = tokens.Length;
        Count = n;
        if (children.Length < n)
        {
            children = new int[n * 2];
            fill = new int[n * 2];
            start = new int[(n * 2) + 1];
        }

        Array.Clear(start, 0, n + 1);
        for (var i = 0; i < n; i++)
        {
            var h = tokens[i].Head;
            if (h >= 0 && h < n)
            {
                start[h + 1]++;
            }
        }

        for (var i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
            fill[i] = start[i];
        }

        // Tokens are visited in order, so each token's children come out in text order.
        for (var i = 0; i < n; i++)
        {
            var h = tokens[i].Head;
            if (h >= 0 && h < n)
            {
                children[fill[h]++] = i;
            }
        }
    }

    /// <summary>The dependents of token <paramref name="head"/>, in text order.</summary>
    public ReadOnlySpan<int> Children(int head) => children.AsSpan(start[head], start[head + 1] - start[head]);

    /// <summary>True when <paramref name="ancestor"/> dominates <paramref name="token"/> (or is it).</summary>
    public static bool Dominates(ReadOnlySpan<Token> tokens, int ancestor, int token)
    {
        for (var i = token; i >= 0 && i < tokens.Length; i = tokens[i].Head)
        {
            if (i == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
