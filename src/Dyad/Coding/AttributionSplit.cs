using Dyad.Domain;
using Dyad.Text;

namespace Dyad.Coding;

/// <summary>
/// Re-parses sentences that end with their attribution ("Farmers blocked highways on Friday, officials said.",
/// "\"We will retaliate,\" the minister told reporters."). The parser often loses the main verb of the reported
/// clause under such a tail; parsed on its own the clause comes out right, and it is hung back under the verb of
/// saying as its complement. A split is kept only when the tail parses as a clause headed by that verb.
/// </summary>
public sealed class AttributionSplit
{
    private const int LongestTail = 14;

    private static readonly HashSet<string> SayWords = new(StringComparer.Ordinal)
    {
        "say", "said", "says", "tell", "told", "add", "added", "report", "reported", "announce", "announced", "state", "stated",
        "confirm", "confirmed", "claim", "claimed", "write", "wrote", "insist", "insisted", "warn", "warned",
    };

    private readonly DependencyParser parser;
    private Token[] prefix = new Token[256];
    private Token[] tail = new Token[LongestTail];

    /// <summary>Creates a splitter that re-parses with <paramref name="parser"/>.</summary>
    public AttributionSplit(DependencyParser parser) => this.parser = parser;

    /// <summary>Re-parses, in place, every sentence of <paramref name="document"/> that ends with an attribution.</summary>
    public void Process(Document document)
    {
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            Split(document.SentenceTokens(s));
        }
    }

    private void Split(Span<Token> tokens)
    {
        var original = System.Buffers.ArrayPool<Token>.Shared.Rent(tokens.Length);
        tokens.CopyTo(original);
        SplitInPlace(tokens);
        if (!ClauseRepair.IsTree(tokens))
        {
            original.AsSpan(0, tokens.Length).CopyTo(tokens);
        }

        System.Buffers.ArrayPool<Token>.Shared.Return(original, clearArray: true);
    }

    private void SplitInPlace(Span<Token> tokens)
    {
        var comma = TailStart(tokens);
        if (comma < 3)
        {
            return;
        }

        // Closing quotation marks right after the comma belong to the tail ("…," the minister said).
        var tailStart = comma + 1;
        while (tailStart < tokens.Length && tokens[tailStart].Upos == "PUNCT" && tokens[tailStart].Text is not ".")
        {
            tailStart++;
        }

        var tailLength = tokens.Length - tailStart;
        if (tailLength < 2 || tailLength > LongestTail)
        {
            return;
        }

        if (prefix.Length < comma)
        {
            prefix = new Token[comma * 2];
        }

        tokens[..comma].CopyTo(prefix);
        tokens[tailStart..].CopyTo(tail);
        var head = prefix.AsSpan(0, comma);
        var end = tail.AsSpan(0, tailLength);
        parser.ParseSpan(head);
        parser.ParseSpan(end);

        var sayer = Root(end);
        var reported = Root(head);
        if (sayer < 0 || reported < 0 || head[reported].Upos is not ("VERB" or "AUX" or "ADJ" or "NOUN"))
        {
            return;
        }

        if (IsAccordingTo(tokens, tailStart))
        {
            // ", according to witnesses": the clause is the sentence; the source hangs from it.
            for (var i = 0; i < comma; i++)
            {
                tokens[i] = head[i];
            }

            for (var i = comma; i < tailStart; i++)
            {
                tokens[i] = tokens[i] with { Head = reported, Relation = "punct" };
            }

            for (var i = 0; i < tailLength; i++)
            {
                var t = end[i];
                tokens[tailStart + i] = t with { Head = t.Head < 0 ? reported : t.Head + tailStart, Relation = t.Head < 0 ? "obl" : t.Relation };
            }

            return;
        }

        if (!SayWords.Contains(end[sayer].Text.ToLowerInvariant()))
        {
            return;
        }

        for (var i = 0; i < comma; i++)
        {
            tokens[i] = head[i] with { Head = i == reported ? tailStart + sayer : head[i].Head, Relation = i == reported ? "ccomp" : head[i].Relation };
        }

        for (var i = comma; i < tailStart; i++)
        {
            tokens[i] = tokens[i] with { Head = tailStart + sayer, Relation = "punct" };
        }

        for (var i = 0; i < tailLength; i++)
        {
            var t = end[i];
            tokens[tailStart + i] = t with { Head = t.Head < 0 ? -1 : t.Head + tailStart };
        }
    }

    /// <summary>The comma before a closing attribution, or -1: a short tail holding a verb of saying and no other verb before it.</summary>
    private static int TailStart(ReadOnlySpan<Token> tokens)
    {
        for (var c = tokens.Length - 2; c > 0 && c >= tokens.Length - LongestTail - 3; c--)
        {
            if (tokens[c].Text != ",")
            {
                continue;
            }

            if (IsAccordingTo(tokens, c + 1))
            {
                return c;
            }

            var sawSay = false;
            for (var i = c + 1; i < tokens.Length; i++)
            {
                if (tokens[i].Upos is "VERB" && !SayWords.Contains(tokens[i].Text.ToLowerInvariant()))
                {
                    if (!sawSay)
                    {
                        break;
                    }
                }

                sawSay |= SayWords.Contains(tokens[i].Text.ToLowerInvariant()) && tokens[i].Upos is "VERB";
            }

            return sawSay ? c : -1;
        }

        return -1;
    }

    private static bool IsAccordingTo(ReadOnlySpan<Token> tokens, int i) =>
        i + 1 < tokens.Length && tokens[i].Text.Equals("according", StringComparison.OrdinalIgnoreCase) && tokens[i + 1].Text == "to";

    private static int Root(ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Head < 0)
            {
                return i;
            }
        }

        return -1;
    }
}
