using System.Buffers;

namespace Dyad.Text;

/// <summary>
/// Finds the dictionary form of each word the way UD English EWT writes it, from tables learned off a treebank:
/// the most frequent lemma of every (form, XPOS) seen in training, and suffix rules ("strip k, append s") for the rest.
/// </summary>
public sealed class Lemmatizer
{
    /// <summary>Joins the parts of a table key; it never occurs in a tag.</summary>
    internal const char Separator = '\u001f';

    private const string Magic = "DYAD-LEMMATIZER";
    private const int Version = 1;
    private const string EndMark = "END";
    private const int StackChars = 128;
    private const int HasVariant = 1;
    private const int LemmaIsForm = 2;
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    // Hash tables the constructor takes over and nothing writes again, so they are frozen in effect. Plain ones,
    // not FrozenDictionary: building frozen tables of this size doubled the load time and gained little per lookup.
    // Words are keyed case-blind by the lower-cased form; each entry lists its tags.
    private readonly Dictionary<string, LemmaEntry[]> _words;
    private readonly Dictionary<string, SuffixRule> _rules;
    private readonly HashSet<string> _known;
    private readonly HashSet<string> _keepCase;
    private readonly Dictionary<string, LemmaEntry[]>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<string, SuffixRule>.AlternateLookup<ReadOnlySpan<char>> _ruleLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _knownLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _keepCaseLookup;
    private readonly int _longestAppend;

    internal Lemmatizer(
        Dictionary<string, LemmaEntry[]> words,
        Dictionary<string, SuffixRule> rules,
        HashSet<string> known,
        HashSet<string> keepCase)
    {
        _words = words;
        _rules = rules;
        _known = known;
        _keepCase = keepCase;
        _wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _ruleLookup = rules.GetAlternateLookup<ReadOnlySpan<char>>();
        _knownLookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        _keepCaseLookup = keepCase.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var rule in rules.Values)
        {
            _longestAppend = Math.Max(_longestAppend, rule.Append.Length);
        }
    }

    /// <summary>Learns the tables from gold lemmas and tags.</summary>
    public static Lemmatizer Train(IEnumerable<ConlluSentence> sentences) => LemmatizerTrainer.Train(sentences);

    /// <summary>Sets the lemma of every token; a token without a part of speech gets its lower-cased text.</summary>
    public void Process(Document document)
    {
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref var token = ref tokens[i];
            var lemma = token.Upos is null
                ? token.Text.ToLowerInvariant()
                : Lemmatize(token.Text, token.Upos, token.Xpos ?? "");
            token = token with { Lemma = lemma };
        }
    }

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="upos"/>/<paramref name="xpos"/>; known words cost no allocation.</summary>
    public string Lemmatize(string form, string upos, string xpos)
    {
        if (form.Length == 0)
        {
            return form;
        }

        Span<char> normal = form.Length <= StackChars ? stackalloc char[StackChars] : new char[form.Length];
        normal = normal[..form.Length];
        Normalize(form, normal);
        if (_wordLookup.TryGetValue(normal, out var entries))
        {
            // Entries for one tag list spelling-specific lemmas first, then the case-blind one.
            foreach (var entry in entries)
            {
                if (entry.Xpos == xpos && (entry.Variant is null || normal.SequenceEqual(entry.Variant)))
                {
                    return entry.Lemma;
                }
            }
        }

        return Unseen(normal, upos, xpos);
    }

    private string Unseen(ReadOnlySpan<char> normal, string upos, string xpos)
    {
        if (xpos == "CD" && IsGroupedNumber(normal))
        {
            return string.Create(normal.Length - normal.Count(','), normal.ToString(), static (dest, s) =>
            {
                var j = 0;
                foreach (var c in s)
                {
                    if (c != ',')
                    {
                        dest[j++] = c;
                    }
                }
            });
        }

        var lower = new char[normal.Length];
        normal.ToLowerInvariant(lower);
        var keyLength = xpos.Length + 1 + normal.Length + _longestAppend;
        Span<char> key = keyLength <= StackChars ? stackalloc char[StackChars] : new char[keyLength];
        var chosen = default(SuffixRule?);
        var fallback = default(SuffixRule?);
        for (var k = Math.Min(LemmatizerTrainer.MaxSuffix, lower.Length - 1); k >= 0 && chosen is null; k--)
        {
            if (!_ruleLookup.TryGetValue(Compose(key, xpos, lower.AsSpan(lower.Length - k)), out var rule) || rule.Strip >= lower.Length)
            {
                continue;
            }

            // Among competing edits the one whose result is a word the treebank knows wins ("provoked" -> provoke, not provok).
            var stem = lower.AsSpan(0, lower.Length - rule.Strip);
            var group = xpos.AsSpan(0, Math.Min(2, xpos.Length));
            var candidate = Compose(key, group, stem);
            rule.Append.CopyTo(key[candidate.Length..]);
            if (_knownLookup.Contains(key[..(candidate.Length + rule.Append.Length)]))
            {
                chosen = rule;
            }
            else if (rule.Confident)
            {
                fallback ??= rule;
            }
        }

        if ((chosen ?? fallback) is not { } edit)
        {
            return upos == "PROPN" ? normal.ToString() : new string(lower);
        }

        ReadOnlySpan<char> source = _keepCaseLookup.Contains(Compose(key, xpos, [ShapeOf(normal)])) ? normal : lower;
        return string.Concat(source[..^edit.Strip], edit.Append);
    }

    /// <summary>Curly and modifier apostrophes become straight ones, as most of the treebank writes them.</summary>
    internal static string Normalize(string form)
    {
        if (form.AsSpan().IndexOfAny('\u2019', '\u2018', '\u02BC') < 0)
        {
            return form;
        }

        return string.Create(form.Length, form, static (dest, s) => Normalize(s, dest));
    }

    private static void Normalize(ReadOnlySpan<char> form, Span<char> dest)
    {
        for (var i = 0; i < form.Length; i++)
        {
            var c = form[i];
            dest[i] = c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : c;
        }
    }

    /// <summary>Letter case of a form: l (no capitals), U (all capitals), T (capital first only), M (mixed).</summary>
    internal static char ShapeOf(ReadOnlySpan<char> form)
    {
        var upper = 0;
        var lower = 0;
        foreach (var c in form)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        if (upper == 0)
        {
            return 'l';
        }

        if (lower == 0)
        {
            return 'U';
        }

        return upper == 1 && char.IsUpper(form[0]) ? 'T' : 'M';
    }

    internal static string RuleKey(string xpos, ReadOnlySpan<char> suffix) => string.Concat(xpos, [Separator], suffix);

    internal static string CaseKey(string xpos, char shape) => string.Concat(xpos, [Separator], [shape]);

    /// <summary>Known lemmas are grouped by the first two letters of the tag, so VBD and VBN share the verbs.</summary>
    internal static string KnownKey(string xpos, string lemma) =>
        string.Concat(xpos.AsSpan(0, Math.Min(2, xpos.Length)), [Separator], lemma);

    private static ReadOnlySpan<char> Compose(Span<char> dest, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        first.CopyTo(dest);
        dest[first.Length] = Separator;
        second.CopyTo(dest[(first.Length + 1)..]);
        return dest[..(first.Length + 1 + second.Length)];
    }

    /// <summary>True for "12,500" or "1,250.75": thousands groups that EWT lemmatizes without the commas.</summary>
    private static bool IsGroupedNumber(ReadOnlySpan<char> form)
    {
        var point = form.IndexOf('.');
        var whole = point < 0 ? form : form[..point];
        if (point >= 0 && (point == form.Length - 1 || form[(point + 1)..].ContainsAnyExcept(Digits)))
        {
            return false;
        }

        var lead = whole.IndexOf(',');
        if (lead is < 1 or > 3 || (whole.Length - lead) % 4 != 0)
        {
            return false;
        }

        for (var i = 0; i < whole.Length; i++)
        {
            var isCommaSlot = i >= lead && (i - lead) % 4 == 0;
            if (isCommaSlot ? whole[i] != ',' : !char.IsAsciiDigit(whole[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the tables in Dyad's binary lemmatizer format (the caller may compress the stream).</summary>
    public void Save(Stream stream)
    {
        // The body goes behind its length so that Load reads exactly its own bytes, in one call.
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WriteBody(writer);
        }

        using var header = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        header.Write(Magic);
        header.Write(Version);
        header.Write((int)body.Length);
        header.Write(body.GetBuffer(), 0, (int)body.Length);
    }

    /// <summary>Reads tables written by <see cref="Save"/>; anything else throws <see cref="InvalidDataException"/>.</summary>
    public static Lemmatizer Load(Stream stream)
    {
        try
        {
            byte[] body;
            using (var header = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                if (header.ReadString() != Magic)
                {
                    throw new InvalidDataException("Not a Dyad lemmatizer model (wrong header).");
                }

                var version = header.ReadInt32();
                if (version != Version)
                {
                    throw new InvalidDataException($"Lemmatizer model version {version} is not supported (expected {Version}).");
                }

                body = new byte[Count(header)];
                stream.ReadExactly(body);
            }

            using var reader = new BinaryReader(new MemoryStream(body, writable: false), System.Text.Encoding.UTF8);
            return ReadBody(reader);
        }
        catch (Exception e) when (e is IOException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            throw new InvalidDataException($"Lemmatizer model is corrupt or truncated: {e.Message}", e);
        }
    }

    private void WriteBody(BinaryWriter writer)
    {
        var tags = _words.Values.SelectMany(e => e).Select(e => e.Xpos).Distinct().Order(StringComparer.Ordinal).ToList();
        WriteStrings(writer, tags);
        writer.Write(_words.Count);
        foreach (var (form, entries) in _words.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(form);
            writer.Write7BitEncodedInt(entries.Length);
            foreach (var entry in entries)
            {
                writer.Write7BitEncodedInt(tags.IndexOf(entry.Xpos));
                var flags = (entry.Variant is null ? 0 : HasVariant) | (entry.Lemma == form ? LemmaIsForm : 0);
                writer.Write((byte)flags);
                if (entry.Variant is not null)
                {
                    writer.Write(entry.Variant);
                }

                if (entry.Lemma != form)
                {
                    writer.Write(entry.Lemma);
                }
            }
        }

        writer.Write(_rules.Count);
        foreach (var (key, rule) in _rules.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write7BitEncodedInt(rule.Strip);
            writer.Write(rule.Append);
            writer.Write(rule.Confident);
        }

        WriteStrings(writer, _known.Order(StringComparer.Ordinal).ToList());
        WriteStrings(writer, _keepCase.Order(StringComparer.Ordinal).ToList());
        writer.Write(EndMark);
    }

    private static Lemmatizer ReadBody(BinaryReader reader)
    {
        var tags = ReadStrings(reader);
        var wordCount = Count(reader);
        var words = new Dictionary<string, LemmaEntry[]>(wordCount, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < wordCount; i++)
        {
            var form = reader.ReadString();
            var entries = new LemmaEntry[reader.Read7BitEncodedInt()];
            for (var j = 0; j < entries.Length; j++)
            {
                var tag = tags[reader.Read7BitEncodedInt()];
                var flags = reader.ReadByte();
                var variant = (flags & HasVariant) != 0 ? reader.ReadString() : null;
                var lemma = (flags & LemmaIsForm) != 0 ? form : reader.ReadString();
                entries[j] = new LemmaEntry(tag, variant, lemma);
            }

            words.Add(form, entries);
        }

        var ruleCount = Count(reader);
        var rules = new Dictionary<string, SuffixRule>(ruleCount, StringComparer.Ordinal);
        for (var i = 0; i < ruleCount; i++)
        {
            var key = reader.ReadString();
            rules.Add(key, new SuffixRule(reader.Read7BitEncodedInt(), reader.ReadString(), reader.ReadBoolean()));
        }

        var known = new HashSet<string>(ReadStrings(reader), StringComparer.Ordinal);
        var keepCase = new HashSet<string>(ReadStrings(reader), StringComparer.Ordinal);
        if (reader.ReadString() != EndMark)
        {
            throw new InvalidDataException("Lemmatizer model is corrupt (missing end mark).");
        }

        return new Lemmatizer(
            words, rules, known, keepCase);
    }

    private static void WriteStrings(BinaryWriter writer, List<string> items)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            writer.Write(item);
        }
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var items = new string[Count(reader)];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = reader.ReadString();
        }

        return items;
    }

    /// <summary>A count or length; a negative or absurd one means the bytes are not what they claim to be.</summary>
    private static int Count(BinaryReader reader)
    {
        var n = reader.ReadInt32();
        return n is >= 0 and <= 50_000_000 ? n : throw new InvalidDataException($"Lemmatizer model is corrupt (bad count {n}).");
    }
}

/// <summary>The lemma of a form under one tag; <see cref="Variant"/> set means it holds for that exact spelling only.</summary>
internal readonly record struct LemmaEntry(string Xpos, string? Variant, string Lemma);

/// <summary>Strip <see cref="Strip"/> characters, append <see cref="Append"/>; not <see cref="Confident"/> when seen on one word only.</summary>
internal readonly record struct SuffixRule(int Strip, string Append, bool Confident);
