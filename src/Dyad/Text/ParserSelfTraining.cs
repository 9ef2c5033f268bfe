using Dyad.Domain;

namespace Dyad.Text;

/// <summary>
/// Agreement-based self-training (Sagae and Tsujii 2007): a parser reading left to right and one reading right to
/// left, both trained on the treebank, parse unlabelled news; the sentences on whose every head they agree become
/// extra training data, labelled as the left-to-right parser labels them. The two directions make different
/// mistakes, so their agreement is far more often right than either alone, and the parser meets news vocabulary the
/// web treebank lacks. (Requiring the labels to agree as well kept fewer sentences and gained less on EWT dev.)
/// </summary>
public static class ParserSelfTraining
{
    /// <summary>Shortest and longest sentence taken: short ones teach little, long ones rarely agree by chance alone.</summary>
    private const int MinWords = 5;
    private const int MaxWords = 40;

    /// <summary>
    /// The sentences of <paramref name="documents"/> (tokenized and tagged) on which both parsers choose the same
    /// head for every word, in text order, at most <paramref name="max"/>; <paramref name="seen"/> counts the candidates parsed.
    /// </summary>
    public static List<ConlluSentence> Agreed(
        IEnumerable<Document> documents,
        DependencyParser leftToRight,
        DependencyParser rightToLeft,
        int max,
        out int seen)
    {
        var agreed = new List<ConlluSentence>();
        seen = 0;
        foreach (var document in documents)
        {
            for (var s = 0; s < document.Sentences.Count && agreed.Count < max; s++)
            {
                var tokens = document.SentenceTokens(s);
                if (!IsCandidate(tokens))
                {
                    continue;
                }

                seen++;
                var forward = tokens.ToArray();
                leftToRight.ParseSpan(forward);
                var backward = tokens.ToArray();
                rightToLeft.ParseReversed(backward);
                if (SameHeads(forward, backward))
                {
                    agreed.Add(ToSentence($"auto-{agreed.Count + 1}", forward));
                }
            }

            if (agreed.Count >= max)
            {
                break;
            }
        }

        return agreed;
    }

    /// <summary>The sentence read backwards: words in reverse order, heads renumbered (roots stay roots).</summary>
    public static ConlluSentence Reverse(ConlluSentence sentence)
    {
        var n = sentence.Length;
        var heads = new int[n];
        for (var i = 0; i < n; i++)
        {
            var head = sentence.Heads[n - 1 - i];
            heads[i] = head < 0 ? -1 : n - 1 - head;
        }

        return sentence with
        {
            Forms = Reversed(sentence.Forms),
            Lemmas = Reversed(sentence.Lemmas),
            Upos = Reversed(sentence.Upos),
            Xpos = Reversed(sentence.Xpos),
            Heads = heads,
            Relations = Reversed(sentence.Relations),
            SpaceAfter = Reversed(sentence.SpaceAfter),
            Multiwords = [],
        };
    }

    /// <summary>Reverses each sentence's tags, to go with <see cref="Reverse(ConlluSentence)"/>.</summary>
    public static (string Upos, string Xpos)[][] Reverse(IReadOnlyList<(string Upos, string Xpos)[]> tags)
    {
        var result = new (string, string)[tags.Count][];
        for (var s = 0; s < tags.Count; s++)
        {
            result[s] = Reversed(tags[s]);
        }

        return result;
    }

    // Prose sentences only: tables, headlines and lists of figures agree easily and teach the parser nothing.
    private static bool IsCandidate(ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length is < MinWords or > MaxWords || tokens[^1].Text is not ("." or "?" or "!"))
        {
            return false;
        }

        var numbers = 0;
        var verbs = 0;
        var shouting = 0;
        foreach (var token in tokens)
        {
            numbers += token.Upos == "NUM" ? 1 : 0;
            verbs += token.Upos is "VERB" or "AUX" ? 1 : 0;
            shouting += token.Text.Length > 3 && IsUpper(token.Text) ? 1 : 0;
        }

        return verbs > 0 && numbers * 4 < tokens.Length && shouting * 4 < tokens.Length;
    }

    private static bool IsUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameHeads(Token[] a, Token[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i].Head != b[i].Head)
            {
                return false;
            }
        }

        return true;
    }

    private static ConlluSentence ToSentence(string id, Token[] tokens)
    {
        var n = tokens.Length;
        var forms = new string[n];
        var upos = new string[n];
        var xpos = new string[n];
        var heads = new int[n];
        var relations = new string[n];
        var spaces = new bool[n];
        for (var i = 0; i < n; i++)
        {
            forms[i] = tokens[i].Text;
            upos[i] = tokens[i].Upos ?? "X";
            xpos[i] = tokens[i].Xpos ?? "_";
            heads[i] = tokens[i].Head;
            relations[i] = tokens[i].Relation ?? "dep";
            spaces[i] = true;
        }

        return new ConlluSentence(id, null, forms, forms, upos, xpos, heads, relations, spaces, []);
    }

    private static T[] Reversed<T>(T[] items)
    {
        var copy = (T[])items.Clone();
        Array.Reverse(copy);
        return copy;
    }
}
