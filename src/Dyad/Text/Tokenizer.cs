using Dyad.Domain;

namespace Dyad.Text;

/// <summary>
/// News-English tokenizer and sentence splitter following UD English EWT conventions: punctuation, hyphens and clitics
/// split off (<c>do</c> <c>n't</c>), abbreviations keep their period, URLs and e-mail addresses stay whole.
/// </summary>
public sealed class Tokenizer
{
    /// <summary>Fills <paramref name="document"/> with its tokens (offsets into the original text) and its sentences.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Pipeline stages are instances, one call each.")]
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Clear();
        var clean = MojibakeRepair.Repair(document.Text, out var map);
        new Scanner(clean, map, document).Run();
        SentenceSplitter.Split(document);
    }

    // One pass over the (repaired) text; every token's text is a substring of it, offsets are mapped back to the original.
    private readonly ref struct Scanner(string s, int[]? map, Document document)
    {
        private readonly string _s = s;
        private readonly int[]? _map = map;
        private readonly Document _document = document;

        public void Run()
        {
            var s = _s;
            var i = 0;
            while (i < s.Length)
            {
                if (IsSpace(s[i]))
                {
                    i++;
                    continue;
                }

                var end = i + 1;
                while (end < s.Length && !IsSpace(s[end]))
                {
                    end++;
                }

                Chunk(i, end);
                i = end;
            }
        }

        private void Chunk(int a, int b)
        {
            var p = a;
            var hasAt = _s.AsSpan(a, b - a).Contains('@');
            while (p < b)
            {
                p = char.IsLetterOrDigit(_s[p]) ? Word(p, b, hasAt) : Punct(p, b);
            }
        }

        private void Emit(int start, int end)
        {
            var text = _s.Substring(start, end - start);
            var map = _map;
            _document.AddToken(map is null ? new Token(start, end, text) : new Token(map[start], map[end], text));
        }

        // A run of letters and digits with the joiners EWT keeps inside a word (1,000.50, U.S., 10:30, e-mail, O'Connell).
        private int Word(int p, int b, bool hasAt)
        {
            var s = _s;
            var special = WholeToken(p, b, hasAt);
            if (special > p)
            {
                Emit(p, special);
                return special;
            }

            var q = p + 1;
            while (q < b)
            {
                var c = s[q];
                if (char.IsLetterOrDigit(c) || c == '_' || IsMark(c))
                {
                    q++;
                    continue;
                }

                if (q + 1 >= b)
                {
                    break;
                }

                var n = s[q + 1];
                var prev = s[q - 1];
                var join = c switch
                {
                    '.' => char.IsLetterOrDigit(n) && JoinsPeriod(p, q, b),
                    ',' => char.IsAsciiDigit(prev) && char.IsAsciiDigit(n) && IsThousands(q + 1, b),
                    ':' => char.IsAsciiDigit(prev) && char.IsAsciiDigit(n),
                    '/' => (char.IsAsciiDigit(prev) && char.IsAsciiDigit(n)) || (q - p == 1 && char.IsLetter(n) && (q + 2 >= b || !char.IsLetterOrDigit(s[q + 2]))),
                    '&' => char.IsLetter(prev) && char.IsLetter(n) && q - p <= 3,
                    '-' => char.IsLetterOrDigit(n) && JoinsHyphen(p, q, b),
                    _ => IsApostrophe(c) && (char.IsLetter(prev) || char.IsAsciiDigit(prev)) && char.IsLetter(n),
                };
                if (!join)
                {
                    break;
                }

                q++;
            }

            // One period of "Inc.." is the abbreviation's, the other the full stop.
            if (q < b && s[q] == '.' && (q + 1 >= b || s[q + 1] != '.' || (q + 2 >= b || s[q + 2] != '.'))
                && KeepsPeriod(p, q) && ((q + 1 < b && s[q + 1] == '.') || !EndsSentence(p, q + 1)))
            {
                q++;
            }
            else if (q < b && s[q] == '/' && q - p == 1 && char.IsLetter(s[p]) && (q + 1 >= b || !char.IsLetterOrDigit(s[q + 1])))
            {
                q++; // w/ for "with"
            }
            else if (q < b && s[q] == '$' && q - p <= 3 && IsAllUpper(s.AsSpan(p, q - p)))
            {
                q++; // US$, HK$: the currency stays one symbol
            }

            SplitClitics(p, q);
            return q;
        }

        // URLs and e-mail addresses are one token each, less the punctuation that closes the sentence around them.
        private int WholeToken(int p, int b, bool hasAt)
        {
            var s = _s;
            var w = s.AsSpan(p, b - p);
            int end;
            var lead = (char)(w[0] | 0x20);
            if (lead is 'h' or 'w' or 'f' or 'm' && (w.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || w.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || w.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)))
            {
                end = b;
            }
            else if (hasAt)
            {
                var q = p;
                while (q < b && (char.IsLetterOrDigit(s[q]) || s[q] is '.' or '_' or '%' or '+' or '-'))
                {
                    q++;
                }

                if (q >= b || s[q] != '@' || q + 1 >= b || !char.IsLetterOrDigit(s[q + 1]))
                {
                    return -1;
                }

                q++;
                var dot = false;
                while (q < b && (char.IsLetterOrDigit(s[q]) || s[q] is '.' or '-'))
                {
                    dot |= s[q] == '.' && q + 1 < b && char.IsLetter(s[q + 1]);
                    q++;
                }

                if (!dot && q - p < 3)
                {
                    return -1;
                }

                end = q;
            }
            else
            {
                return -1;
            }

            var open = s.AsSpan(p, end - p).Contains('(');
            while (end > p + 1 && s[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '’' or '”' or ']' or '}' or '>' or ')')
            {
                if (s[end - 1] == ')' && open)
                {
                    break;
                }

                end--;
            }

            return end;
        }

        // A period inside a word joins decimals (1.5), dotted abbreviations (U.S, e.g) and lower-case host or file names.
        private bool JoinsPeriod(int p, int q, int b)
        {
            var s = _s;
            if (char.IsAsciiDigit(s[q - 1]) && char.IsAsciiDigit(s[q + 1]))
            {
                return true;
            }

            var left = q - SegmentStart(p, q, '.');
            var right = LetterRun(q + 1, b);
            if (left <= 2 && right is > 0 and <= 2 && char.IsLetter(s[q - 1]))
            {
                return true;
            }

            if (right == 3 && IsFileExtension(s.AsSpan(q + 1, 3)) && (q + 4 >= b || !char.IsLetterOrDigit(s[q + 4])))
            {
                return true;
            }

            return left >= 2 && right >= 2 && char.IsLower(s[q + 1]) && (q + 1 + right >= b || s[q + 1 + right] != '\'');
        }

        // A hyphen stays inside phone numbers and dates (713-853-3989, 2012-10-06) and after EWT's joined prefixes (e-mail).
        private bool JoinsHyphen(int p, int q, int b)
        {
            var s = _s;
            var segment = SegmentStart(p, q, '-');
            if (segment == p && Abbreviations.IsJoinedPrefix(s.AsSpan(p, q - p)))
            {
                return true;
            }

            // Only numbers of three or more groups, checked once from the word's start.
            var groups = 0;
            var i = p;
            while (true)
            {
                var digits = i;
                while (i < b && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }

                if (i == digits)
                {
                    return false;
                }

                groups++;
                if (i < b && s[i] == '-' && i + 1 < b && char.IsAsciiDigit(s[i + 1]))
                {
                    i++;
                    continue;
                }

                // Three or more groups (713-853-3989, 2012-10-06), or a local number (345-9945, 3-5213).
                var local = groups == 2 && i - digits == 4 && segment == p && q - p <= 3;
                return (groups >= 3 || local) && (i >= b || !char.IsLetter(s[i]));
            }
        }

        private int SegmentStart(int p, int q, char separator)
        {
            var k = _s.AsSpan(p, q - p).LastIndexOf(separator);
            return k < 0 ? p : p + k + 1;
        }

        private int LetterRun(int i, int b)
        {
            var start = i;
            while (i < b && char.IsLetter(_s[i]))
            {
                i++;
            }

            return i - start;
        }

        private bool IsThousands(int i, int b)
        {
            var start = i;
            while (i < b && char.IsAsciiDigit(_s[i]))
            {
                i++;
            }

            return i - start == 3;
        }

        // EWT writes a sentence-final abbreviation without its period (etc .): true when the text ends after i or a sentence opens.
        private bool EndsSentence(int p, int i)
        {
            var s = _s;
            if (i < s.Length && !IsSpace(s[i]))
            {
                return false;
            }

            while (i < s.Length && (IsSpace(s[i]) || s[i] is '"' or '“' or '‘' or '('))
            {
                i++;
            }

            if (i >= s.Length)
            {
                return true;
            }

            var start = i;
            while (i < s.Length && char.IsLetter(s[i]))
            {
                i++;
            }

            return i > start && char.IsUpper(s[start]) && Abbreviations.IsStarter(s.AsSpan(start, i - start))
                && !Abbreviations.IsTitle(s.AsSpan(p, SegmentEnd(p) - p));
        }

        private int SegmentEnd(int p)
        {
            var i = p;
            while (i < _s.Length && char.IsLetter(_s[i]))
            {
                i++;
            }

            return i;
        }

        // The period after word [p, q) belongs to it: initials, dotted abbreviations and the listed short forms.
        private bool KeepsPeriod(int p, int q)
        {
            var w = _s.AsSpan(p, q - p);
            if (w.Length == 1)
            {
                return char.IsUpper(w[0]);
            }

            if (w.Contains('.'))
            {
                foreach (var range in w.Split('.'))
                {
                    var part = w[range];
                    if (part.Length is 0 or > 3 || !IsAllLetters(part))
                    {
                        return false;
                    }
                }

                return true;
            }

            var i = q + 1;
            while (i < _s.Length && _s[i] == ' ')
            {
                i++;
            }

            return Abbreviations.TakesPeriod(w, i < _s.Length && char.IsAsciiDigit(_s[i]));
        }

        // EWT's syntactic words: don't → do n't, it's → it 's, cannot → can not, 5pm → 5 pm.
        private void SplitClitics(int p, int q)
        {
            var w = _s.AsSpan(p, q - p);
            var k = w.LastIndexOfAny('\'', '’', '`');
            if (k > 0)
            {
                var suffix = w[(k + 1)..];
                if (suffix is "t" or "T" && k > 1 && w[k - 1] is 'n' or 'N')
                {
                    Emit(p, p + k - 1);
                    Emit(p + k - 1, q);
                    return;
                }

                if (Abbreviations.IsClitic(suffix) && !char.IsAsciiDigit(w[k - 1]))
                {
                    Emit(p, p + k);
                    Emit(p + k, q);
                    return;
                }

                Emit(p, q);
                return;
            }

            var split = Abbreviations.UnmarkedSplit(w);
            if (split == 0 && char.IsAsciiDigit(w[0]) && char.IsLetter(w[^1]))
            {
                // 5pm, 10:30am, 50km: EWT writes the number and the unit as two words (but 1990s, 4th, AK47 stay whole).
                var letters = w.Length;
                while (letters > 0 && char.IsLetter(w[letters - 1]))
                {
                    letters--;
                }

                if (letters > 0 && IsNumberOrTime(w[..letters]) && Abbreviations.IsUnit(w[letters..]))
                {
                    split = letters;
                }
            }

            if (split > 0)
            {
                Emit(p, p + split);
                Emit(p + split, q);
                return;
            }

            Emit(p, q);
        }

        // Anything that is not a letter or digit: dots, quotes, dashes, symbols, hashtags, handles, emoticons.
        private int Punct(int p, int b)
        {
            var s = _s;
            var c = s[p];
            var end = p + 1;
            switch (c)
            {
                case '.' or '?' or '!':
                    if (c == '.' && p + 1 < b && char.IsAsciiDigit(s[p + 1]) && (p == 0 || !char.IsLetterOrDigit(s[p - 1])))
                    {
                        end = Digits(p + 1, b); // .5
                        break;
                    }

                    // "...", "?!", ".?" are one mark each.
                    while (end < b && s[end] is '.' or '?' or '!')
                    {
                        end++;
                    }

                    break;
                case '-' or '*' or '=' or '_' or '~' or '+' or '$' or '<' or '>' or '\\' or '/' or '^':
                    end = Run(p, b, c);
                    break;
                case '#' or '@':
                    // #hashtag and @handle (with a dotted host after @); "#1" is a sign and a number in EWT.
                    if (end < b && (char.IsLetter(s[end]) || s[end] == '_' || (c == '@' && char.IsAsciiDigit(s[end]))))
                    {
                        while (end < b && (char.IsLetterOrDigit(s[end]) || s[end] == '_'
                            || (c == '@' && s[end] == '.' && end + 1 < b && char.IsLetter(s[end + 1]))))
                        {
                            end++;
                        }
                    }
                    else
                    {
                        end = Run(p, b, c);
                    }

                    break;
                case '\'' or '’' or '‘' or '`':
                    end = Quote(p, b);
                    break;
                case ':' or ';':
                    end = Emoticon(p, b);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && end < b && char.IsLowSurrogate(s[end]))
                    {
                        end++;
                    }

                    break;
            }

            Emit(p, end);
            return end;
        }

        // Quote marks are single tokens, except '' and `` pairs and an elided year ('72).
        private int Quote(int p, int b)
        {
            var s = _s;
            var c = s[p];
            if (p + 1 < b && ((s[p + 1] == c && c is '\'' or '`') || (c is '‘' or '’' && s[p + 1] is '’')))
            {
                return p + 2;
            }

            // A clitic written apart from its host ("that 's"), then it is still the clitic.
            if (c is '\'' or '’' && (p == 0 || IsSpace(s[p - 1])))
            {
                var letters = LetterRun(p + 1, b);
                if (Abbreviations.IsClitic(s.AsSpan(p + 1, letters)) && (p + 1 + letters >= b || !char.IsLetterOrDigit(s[p + 1 + letters])))
                {
                    return p + 1 + letters;
                }
            }

            if (c is '\'' or '’' && p + 2 < b && char.IsAsciiDigit(s[p + 1]) && char.IsAsciiDigit(s[p + 2])
                && (p + 3 >= b || !char.IsAsciiDigit(s[p + 3])))
            {
                return p + 3 < b && s[p + 3] == 's' ? p + 4 : p + 3;
            }

            return p + 1;
        }

        private int Emoticon(int p, int b)
        {
            var s = _s;
            var i = p + 1;
            if (i < b && s[i] == '-')
            {
                i++;
            }

            return i < b && s[i] is ')' or '(' or 'D' or 'P' or 'p' && (i + 1 >= b || !char.IsLetterOrDigit(s[i + 1])) ? i + 1 : p + 1;
        }

        private int Run(int p, int b, char c)
        {
            var i = p + 1;
            while (i < b && _s[i] == c)
            {
                i++;
            }

            return i;
        }

        private int Digits(int i, int b)
        {
            while (i < b && char.IsAsciiDigit(_s[i]))
            {
                i++;
            }

            return i;
        }
    }

    private static bool IsSpace(char c) =>
        c <= ' ' || (c > '\u007f' && (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF'));

    private static bool IsMark(char c) =>
        c > '\u02ff' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsFileExtension(ReadOnlySpan<char> w) =>
        w is "DOC" or "XLS" or "PDF" or "TXT" or "HTM" or "COM" or "NET" or "ORG" or "PPT" or "ZIP" or "JPG" or "GIF" or "EDU" or "GOV";

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '`';

    private static bool IsAllUpper(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return w.Length > 0;
    }

    private static bool IsAllLetters(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumberOrTime(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (!char.IsAsciiDigit(c) && c is not ':' and not '.')
            {
                return false;
            }
        }

        return w.Length > 0;
    }
}
