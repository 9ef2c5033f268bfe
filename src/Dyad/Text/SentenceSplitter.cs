using Dyad.Domain;
using Dyad.Ingest;

namespace Dyad.Text;

/// <summary>
/// Groups a document's tokens into sentences: final punctuation before a sentence-opening word, blank lines,
/// unpunctuated headline lines, a leading wire dateline, and a hard cut for run-on text.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Longest sentence handed downstream; longer runs are cut at a semicolon or comma.</summary>
    public const int MaxTokens = 200;

    private enum Stop
    {
        None,
        Punctuation,
        Abbreviation,
    }

    /// <summary>Adds the sentences of <paramref name="document"/>, whose tokens are already in place.</summary>
    public static void Split(Document document)
    {
        var tokens = document.Tokens;
        var n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        var text = document.Text;
        var ends = new bool[n];
        var caseless = IsCaseless(text);
        var longestLine = LongestLine(text);
        var dateline = DatelineEnd(text);
        var sentenceStart = 0;
        for (var i = 0; i < n - 1; i++)
        {
            if (i > 0 && ends[i - 1])
            {
                sentenceStart = i;
            }

            var token = tokens[i];
            var next = tokens[i + 1];
            if (dateline > 0 && token.End <= dateline && next.Start >= dateline)
            {
                ends[i] = true;
                continue;
            }

            var newlines = text.AsSpan(token.End, next.Start - token.End).Count('\n');
            if (newlines >= 2)
            {
                ends[i] = true;
                continue;
            }

            var stop = StopOf(token.Text);
            if (stop == Stop.Punctuation && i == sentenceStart + 1 && token.Text == "." && IsListMarker(tokens[i - 1].Text))
            {
                stop = Stop.None; // "2. The attachment ..." numbers a list item
            }

            if (stop != Stop.None)
            {
                var j = i;
                while (j + 1 < n && IsCloser(tokens, j + 1))
                {
                    j++;
                }

                // In web text a lower-case word after a full stop or question mark also opens a sentence, unless a quote closed first ("Why?" he asked).
                var lowerMayStart = j == i && stop == Stop.Punctuation
                    && (token.Text.AsSpan().IndexOfAny('?', '!') >= 0 || (token.Text == "." && i > 0 && IsPlainWord(tokens[i - 1].Text)));
                // Marks run into the next word (ENRON.XLS, and?December) are no sentence end.
                if (j + 1 < n && tokens[j + 1].Start > tokens[j].End && StartsSentence(tokens, j + 1, stop, caseless || lowerMayStart))
                {
                    ends[j] = true;
                }

                i = j;
                continue;
            }

            if (newlines == 1 && IsHeadlineBreak(text, tokens, i, longestLine, caseless))
            {
                ends[i] = true;
            }
        }

        ends[n - 1] = true;
        var first = 0;
        for (var i = 0; i < n; i++)
        {
            if (ends[i])
            {
                AddCut(document, tokens, first, i + 1 - first);
                first = i + 1;
            }
        }
    }

    // Run-on text (tables, lists, missing punctuation) is cut so the parser never sees more than MaxTokens.
    private static void AddCut(Document document, ReadOnlySpan<Token> tokens, int first, int count)
    {
        while (count > MaxTokens)
        {
            var cut = MaxTokens;
            var comma = -1;
            for (var k = first + MaxTokens - 1; k > first + (MaxTokens / 4); k--)
            {
                var t = tokens[k].Text;
                if (t == ";")
                {
                    cut = k - first + 1;
                    comma = -2;
                    break;
                }

                if (comma == -1 && t == ",")
                {
                    comma = k;
                }
            }

            if (comma >= 0)
            {
                cut = comma - first + 1;
            }

            document.AddSentence(first, cut);
            first += cut;
            count -= cut;
        }

        document.AddSentence(first, count);
    }

    private static Stop StopOf(string t)
    {
        if (t.Length == 0)
        {
            return Stop.None;
        }

        if (t.AsSpan().IndexOfAnyExcept(".?!…") < 0 || t is ":)" or ":-)" or ":(" or ":-(" or ";)" or ":D" or ":P")
        {
            return Stop.Punctuation;
        }

        if (t.Length > 1 && t[^1] == '.' && char.IsLetter(t[^2]) && !Abbreviations.IsTitle(t.AsSpan(0, t.Length - 1)))
        {
            return Stop.Abbreviation;
        }

        return Stop.None;
    }

    private static bool IsListMarker(string t) =>
        t.Length is 1 or 2 && (char.IsAsciiDigit(t[0]) || (t.Length == 1 && char.IsLetter(t[0])))
            && (t.Length == 1 || char.IsAsciiDigit(t[1]));

    // A word of two or more lower-case letters (or a number) is no abbreviation: its period ends the sentence whatever follows.
    private static bool IsPlainWord(string t)
    {
        if (t.Length < 2)
        {
            return false;
        }

        foreach (var c in t)
        {
            if (!char.IsLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // Closing quotes and brackets after final punctuation belong to the sentence they close.
    private static bool IsCloser(ReadOnlySpan<Token> tokens, int k)
    {
        var t = tokens[k].Text;
        if (t.Length != 1 && t != "''")
        {
            return false;
        }

        return t[0] switch
        {
            '”' or '’' or '»' => true,
            '"' or '\'' or ')' or ']' or '}' => tokens[k].Start == tokens[k - 1].End,
            _ => false,
        };
    }

    private static bool StartsSentence(ReadOnlySpan<Token> tokens, int k, Stop stop, bool caseless)
    {
        while (k + 1 < tokens.Length && tokens[k].Text is "“" or "\"" or "‘" or "'" or "(" or "[" or "«" or "``")
        {
            k++;
        }

        var t = tokens[k].Text;
        var c = t[0];
        if (stop == Stop.Abbreviation)
        {
            return (caseless || char.IsUpper(c)) && Abbreviations.IsStarter(t);
        }

        return char.IsUpper(c) || char.IsAsciiDigit(c) || (caseless && char.IsLetter(c));
    }

    // A short line without final punctuation, followed by a line opening like a sentence, is a headline or a list item.
    private static bool IsHeadlineBreak(string text, ReadOnlySpan<Token> tokens, int i, int longestLine, bool caseless)
    {
        var last = tokens[i].Text[^1];
        if (last is ',' or ';' or ':' or '-' or '–' or '—' or '(' or '&' or '/')
        {
            return false;
        }

        var c = tokens[i + 1].Text[0];
        if (!(char.IsUpper(c) || char.IsAsciiDigit(c) || c is '"' or '“' or '\'' or '‘' || (caseless && char.IsLetter(c))))
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', tokens[i].End - 1) + 1;
        return (tokens[i].End - lineStart) * 4 < longestLine * 3;
    }

    private static int LongestLine(string text)
    {
        var longest = 0;
        var start = 0;
        while (start < text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            longest = Math.Max(longest, end - start);
            start = end + 1;
        }

        return longest;
    }

    // Text with (almost) no capitals, or (almost) no lower case, carries no case information for splitting.
    private static bool IsCaseless(string text)
    {
        var upper = 0;
        var lower = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                upper++;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                lower++;
            }
        }

        return upper * 60 < lower || lower * 10 < upper;
    }

    // End offset of a wire dateline (LIMA (Reuters) -) opening the text or one of its first lines (after a headline), else 0.
    private static int DatelineEnd(string text)
    {
        var lineStart = 0;
        for (var line = 0; line < 12 && lineStart < Math.Min(text.Length, 2000); line++)
        {
            var first = lineStart;
            while (first < text.Length && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            // Only an upper-case word can open a dateline, so the pattern is tried at few places.
            if (first + 1 < text.Length && char.IsUpper(text[first]) && char.IsUpper(text[first + 1])
                && Dateline.Match(text.Substring(first, Math.Min(160, text.Length - first))) is { } match)
            {
                var end = first + match.Length;
                while (end > first && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                return end;
            }

            var nl = text.IndexOf('\n', first);
            if (nl < 0)
            {
                break;
            }

            lineStart = nl + 1;
        }

        return 0;
    }
}
