using System.Text;

namespace Dyad.Text;

/// <summary>
/// How well the tokenizer rebuilds a treebank's words and sentences from raw text, with the alignment an evaluator
/// needs to score tags and parses CoNLL 2018 style (a gold word counts only when a system token has its exact span).
/// </summary>
/// <param name="Document">The tokenized raw text.</param>
/// <param name="MatchedWords">Gold words whose span some system token has.</param>
/// <param name="MatchedTokens">System tokens whose span some gold word has.</param>
/// <param name="WordTokens">Per gold sentence, per gold word: the index of the system token with the same span, or -1.</param>
/// <param name="SentenceTokens">Per gold sentence: the system tokens lying inside its span.</param>
public sealed record TokenizationScore(
    Document Document,
    int GoldWords,
    int SystemTokens,
    int MatchedWords,
    int MatchedTokens,
    int GoldSentences,
    int SystemSentences,
    int MatchedSentences,
    IReadOnlyList<int[]> WordTokens,
    IReadOnlyList<TokenRange> SentenceTokens)
{
    /// <summary>Share of system tokens whose span is a gold word's span.</summary>
    public double TokenPrecision => Ratio(MatchedTokens, SystemTokens);

    /// <summary>Share of gold words matched by a system token span.</summary>
    public double TokenRecall => Ratio(MatchedWords, GoldWords);

    /// <summary>Harmonic mean of token precision and recall.</summary>
    public double TokenF1 => F1(TokenPrecision, TokenRecall);

    /// <summary>Share of system sentences whose span is a gold sentence's span.</summary>
    public double SentencePrecision => Ratio(MatchedSentences, SystemSentences);

    /// <summary>Share of gold sentences matched by a system sentence span.</summary>
    public double SentenceRecall => Ratio(MatchedSentences, GoldSentences);

    /// <summary>Harmonic mean of sentence precision and recall.</summary>
    public double SentenceF1 => F1(SentencePrecision, SentenceRecall);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>A run of system tokens: <paramref name="First"/> and how many follow.</summary>
public readonly record struct TokenRange(int First, int Count);

/// <summary>Scores <see cref="Tokenizer"/> against gold CoNLL-U sentences by rebuilding their raw text.</summary>
public static class TokenizationScorer
{
    /// <summary>Rebuilds the raw text of <paramref name="gold"/>, tokenizes it and compares spans.</summary>
    public static TokenizationScore Score(IReadOnlyList<ConlluSentence> gold, Tokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(tokenizer);
        var builder = new StringBuilder();
        var wordSpans = new List<(int Start, int End)[]>(gold.Count);
        for (var i = 0; i < gold.Count; i++)
        {
            var sentence = gold[i];
            if (i > 0)
            {
                builder.Append(sentence.NewParagraph || sentence.NewDocument ? "\n\n" : " ");
            }

            wordSpans.Add(Rebuild(sentence, builder));
        }

        var document = new Document(builder.ToString());
        tokenizer.Process(document);
        var tokens = document.Tokens;
        var bySpan = new Dictionary<(int, int), int>(tokens.Length);
        for (var t = 0; t < tokens.Length; t++)
        {
            bySpan.TryAdd((tokens[t].Start, tokens[t].End), t);
        }

        var goldWords = 0;
        var matchedWords = 0;
        var matchedTokens = new HashSet<int>();
        var alignment = new List<int[]>(gold.Count);
        var sentenceTokens = new List<TokenRange>(gold.Count);
        var goldSentenceSpans = new HashSet<(int, int)>();
        var cursor = 0;
        foreach (var spans in wordSpans)
        {
            var aligned = new int[spans.Length];
            for (var w = 0; w < spans.Length; w++)
            {
                aligned[w] = bySpan.TryGetValue(spans[w], out var t) ? t : -1;
                goldWords++;
                if (aligned[w] >= 0)
                {
                    matchedWords++;
                    matchedTokens.Add(aligned[w]);
                }
            }

            alignment.Add(aligned);
            if (spans.Length == 0)
            {
                sentenceTokens.Add(new TokenRange(cursor, 0));
                continue;
            }

            var start = spans[0].Start;
            var end = spans[^1].End;
            goldSentenceSpans.Add((start, end));
            while (cursor < tokens.Length && tokens[cursor].Start < start)
            {
                cursor++;
            }

            var first = cursor;
            while (cursor < tokens.Length && tokens[cursor].End <= end)
            {
                cursor++;
            }

            sentenceTokens.Add(new TokenRange(first, cursor - first));
        }

        var matchedSentences = 0;
        foreach (var s in document.Sentences)
        {
            if (goldSentenceSpans.Contains((s.Start, s.End)))
            {
                matchedSentences++;
            }
        }

        // Several gold words may share one span (an unsplittable multiword token); precision counts system tokens once.
        return new TokenizationScore(
            document, goldWords, tokens.Length, matchedWords, matchedTokens.Count, gold.Count, document.Sentences.Count,
            matchedSentences, alignment, sentenceTokens);
    }

    // Appends the sentence's surface text and returns each syntactic word's span in the rebuilt text.
    private static (int Start, int End)[] Rebuild(ConlluSentence sentence, StringBuilder builder)
    {
        var origin = builder.Length;
        var spans = new (int Start, int End)[sentence.Length];
        var w = 0;
        var m = 0;
        while (w < sentence.Length)
        {
            if (m < sentence.Multiwords.Count && sentence.Multiwords[m].FirstWord == w)
            {
                var multiword = sentence.Multiwords[m++];
                var start = builder.Length;
                builder.Append(multiword.Surface);
                SplitSurface(sentence, multiword, start, spans);
                w = multiword.LastWord + 1;
                if (multiword.SpaceAfter && w < sentence.Length)
                {
                    builder.Append(' ');
                }

                continue;
            }

            spans[w] = (builder.Length, builder.Length + sentence.Forms[w].Length);
            builder.Append(sentence.Forms[w]);
            if (sentence.SpaceAfter[w] && w + 1 < sentence.Length)
            {
                builder.Append(' ');
            }

            w++;
        }

        var rebuilt = builder.ToString(origin, builder.Length - origin);
        if (sentence.Text is { } text && text != rebuilt && Locate(sentence, text, spans, origin) is { } located)
        {
            // The comment line is the authority on spacing when the columns disagree with it.
            builder.Length = origin;
            builder.Append(text);
            return located;
        }

        return spans;
    }

    // Parts whose forms spell the surface (do + n't = don't) get their own characters; others share the whole surface.
    private static void SplitSurface(ConlluSentence sentence, MultiwordToken multiword, int start, (int Start, int End)[] spans)
    {
        var total = 0;
        for (var k = multiword.FirstWord; k <= multiword.LastWord; k++)
        {
            total += sentence.Forms[k].Length;
        }

        var surface = multiword.Surface;
        var spells = total == surface.Length;
        var offset = 0;
        for (var k = multiword.FirstWord; spells && k <= multiword.LastWord; k++)
        {
            var form = sentence.Forms[k];
            spells = surface.AsSpan(offset, form.Length).Equals(form, StringComparison.OrdinalIgnoreCase);
            offset += form.Length;
        }

        offset = start;
        for (var k = multiword.FirstWord; k <= multiword.LastWord; k++)
        {
            spans[k] = spells ? (offset, offset + sentence.Forms[k].Length) : (start, start + surface.Length);
            offset += sentence.Forms[k].Length;
        }
    }

    // Finds each word (or multiword surface) in the comment text in order; null when one is missing.
    private static (int Start, int End)[]? Locate(ConlluSentence sentence, string text, (int Start, int End)[] rebuilt, int origin)
    {
        var spans = new (int Start, int End)[rebuilt.Length];
        var cursor = 0;
        var w = 0;
        var m = 0;
        while (w < sentence.Length)
        {
            var last = w;
            var surface = sentence.Forms[w];
            if (m < sentence.Multiwords.Count && sentence.Multiwords[m].FirstWord == w)
            {
                last = sentence.Multiwords[m].LastWord;
                surface = sentence.Multiwords[m++].Surface;
            }

            var found = text.IndexOf(surface, cursor, StringComparison.Ordinal);
            if (found < 0)
            {
                return null;
            }

            var shift = origin + found - rebuilt[w].Start;
            for (var k = w; k <= last; k++)
            {
                spans[k] = (rebuilt[k].Start + shift, rebuilt[k].End + shift);
            }

            cursor = found + surface.Length;
            w = last + 1;
        }

        return spans;
    }
}
