using System.Buffers;
using Dyad.Domain;

namespace Dyad.Text;

/// <summary>
/// Greedy transition-based dependency parser producing Universal Dependencies trees: arc-hybrid transitions,
/// labelled jointly, scored by an averaged perceptron over rich feature templates (Zhang and Nivre 2011),
/// trained with a dynamic oracle by <see cref="ParserTrainer"/>. Needs tagged tokens.
/// </summary>
public sealed class DependencyParser
{
    internal const int MaxFeatures = 112;
    private const string Magic = "DYAD-PARSER";
    private const int Version = 1;
    private const ulong None = 1;
    private const ulong RootWord = 3;

    private readonly LinearModel _model;
    private readonly string[] _labels;
    private readonly int _rootLabel;
    private readonly WordClusters _clusters;

    internal DependencyParser(LinearModel model, string[] labels, WordClusters clusters)
    {
        _model = model;
        _clusters = clusters;
        _labels = labels;
        _rootLabel = Array.IndexOf(labels, "root");
        if (_rootLabel < 0)
        {
            throw new InvalidDataException("the parser's label set has no 'root'");
        }
    }

    /// <summary>The dependency relations the parser assigns.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Parses every sentence of <paramref name="document"/> in place (tokens must be tagged).</summary>
    public void Process(Document document)
    {
        var state = new ParseState();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            Parse(document.SentenceTokens(s), state);
        }
    }

    /// <summary>Parses <paramref name="tokens"/> (tagged) as one sentence of their own; heads are local to the span.</summary>
    public void ParseSpan(Span<Token> tokens)
    {
        if (tokens.Length > 0)
        {
            Parse(tokens, new ParseState());
        }
    }

    /// <summary>
    /// Parses <paramref name="tokens"/> (tagged) as one sentence read from its last word to its first, as a parser
    /// trained on reversed sentences must read; heads come back in text order.
    /// </summary>
    internal void ParseReversed(Span<Token> tokens) => Parse(tokens, new ParseState(), reversed: true);

    private void Parse(Span<Token> tokens, ParseState state, bool reversed = false)
    {
        var n = tokens.Length;
        var words = ArrayPool<ulong>.Shared.Rent(n + 1);
        var tags = ArrayPool<ulong>.Shared.Rent(n + 1);
        var clusters = ArrayPool<ulong>.Shared.Rent(n + 1);
        try
        {
            for (var i = 0; i < n; i++)
            {
                var at = reversed ? n - 1 - i : i;
                words[at] = FeatureHash.Lower(tokens[i].Text);
                tags[at] = TagKey(tokens[i].Upos, tokens[i].Xpos);
                clusters[at] = _clusters.Of(words[at]);
            }

            words[n] = RootWord;
            tags[n] = RootWord;
            clusters[n] = RootWord;
            Parse(words.AsSpan(0, n + 1), tags.AsSpan(0, n + 1), clusters.AsSpan(0, n + 1), state);
            for (var i = 0; i < n; i++)
            {
                var at = reversed ? n - 1 - i : i;
                var head = state.Heads[at];
                head = head >= n || head < 0 ? -1 : reversed ? n - 1 - head : head;
                tokens[i] = tokens[i] with { Head = head, Relation = _labels[state.Labels[at]] };
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(words);
            ArrayPool<ulong>.Shared.Return(tags);
            ArrayPool<ulong>.Shared.Return(clusters);
        }
    }

    /// <summary>Runs the transition system to the end; results are in <paramref name="state"/>.</summary>
    internal void Parse(ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> clusters, ParseState state)
    {
        state.Reset(words.Length - 1);
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[_model.ClassCount];
        while (!state.Done)
        {
            var count = Extract(state, words, tags, clusters, features);
            scores.Clear();
            _model.Score(features[..count], scores);
            Apply(state, BestValid(state, scores, _labels.Length, _rootLabel), _labels.Length);
        }
    }

    /// <summary>A tag's key for the parser's features: UPOS and XPOS together.</summary>
    internal static ulong TagKey(string? upos, string? xpos) =>
        FeatureHash.Combine(FeatureHash.Exact(upos ?? "X"), FeatureHash.Exact(xpos ?? "_"));

    internal static int BestValid(ParseState state, ReadOnlySpan<float> scores, int labelCount, int rootLabel)
    {
        // Validity depends only on the move type and whether the label is root, so decide that once per step.
        var best = state.CanShift ? ParseState.Shift : -1;
        var bestScore = best < 0 ? float.NegativeInfinity : scores[ParseState.Shift];
        var leftOther = state.CanLeft(false);
        var leftRoot = state.CanLeft(true);
        var right = state.CanRight(false);
        for (var label = 0; label < labelCount; label++)
        {
            var isRoot = label == rootLabel;
            var left = 1 + label;
            if ((isRoot ? leftRoot : leftOther) && (best < 0 || scores[left] > bestScore))
            {
                best = left;
                bestScore = scores[left];
            }

            var rightMove = 1 + labelCount + label;
            if (!isRoot && right && (best < 0 || scores[rightMove] > bestScore))
            {
                best = rightMove;
                bestScore = scores[rightMove];
            }
        }

        return best;
    }

    internal static void Apply(ParseState state, int move, int labelCount)
    {
        if (move == ParseState.Shift)
        {
            state.DoShift();
        }
        else if (move <= labelCount)
        {
            state.DoLeft(move - 1);
        }
        else
        {
            state.DoRight(move - 1 - labelCount);
        }
    }

    /// <summary>Feature keys of the current configuration.</summary>
    internal static int Extract(ParseState st, ReadOnlySpan<ulong> w, ReadOnlySpan<ulong> p, ReadOnlySpan<ulong> c, Span<ulong> f)
    {
        var s0 = st.S(0);
        var s1 = st.S(1);
        var s2 = st.S(2);
        var b0 = st.B(0);
        var b1 = st.B(1);
        var b2 = st.B(2);
        var s0w = W(w, s0); var s0p = W(p, s0);
        var s1w = W(w, s1); var s1p = W(p, s1);
        var s2p = W(p, s2);
        var b0w = W(w, b0); var b0p = W(p, b0);
        var b1w = W(w, b1); var b1p = W(p, b1);
        var b2w = W(w, b2); var b2p = W(p, b2);

        var s0l = s0 >= 0 ? st.LeftMost[s0] : -1;
        var s0l2 = s0 >= 0 ? st.LeftSecond[s0] : -1;
        var s0r = s0 >= 0 ? st.RightMost[s0] : -1;
        var s0r2 = s0 >= 0 ? st.RightSecond[s0] : -1;
        var s1l = s1 >= 0 ? st.LeftMost[s1] : -1;
        var s1r = s1 >= 0 ? st.RightMost[s1] : -1;
        var b0l = b0 >= 0 ? st.LeftMost[b0] : -1;
        var b0l2 = b0 >= 0 ? st.LeftSecond[b0] : -1;
        var s0lp = W(p, s0l); var s0lw = W(w, s0l); var s0ll = L(st, s0l);
        var s0l2p = W(p, s0l2); var s0l2l = L(st, s0l2);
        var s0rp = W(p, s0r); var s0rw = W(w, s0r); var s0rl = L(st, s0r);
        var s0r2p = W(p, s0r2); var s0r2l = L(st, s0r2);
        var s1lp = W(p, s1l); var s1ll = L(st, s1l);
        var s1rp = W(p, s1r); var s1rl = L(st, s1r); var s1rw = W(w, s1r);
        var b0lp = W(p, b0l); var b0lw = W(w, b0l); var b0ll = L(st, b0l);
        var b0l2p = W(p, b0l2); var b0l2l = L(st, b0l2);

        ulong dist = s0 >= 0 && b0 >= 0 ? Bucket(b0 - s0) : None;
        ulong dist10 = s1 >= 0 && s0 >= 0 ? Bucket(s0 - s1) : None;
        ulong s0vl = s0 >= 0 ? (ulong)st.LeftCount[s0] + 2 : None;
        ulong s0vr = s0 >= 0 ? (ulong)st.RightCount[s0] + 2 : None;
        ulong b0vl = b0 >= 0 ? (ulong)st.LeftCount[b0] + 2 : None;
        ulong s0sl = s0 >= 0 ? st.LeftLabels[s0] + 2 : None;
        ulong s0sr = s0 >= 0 ? st.RightLabels[s0] + 2 : None;
        ulong b0sl = b0 >= 0 ? st.LeftLabels[b0] + 2 : None;

        var k = 0;
        // single words
        f[k++] = FeatureHash.Feature(0, s0w);
        f[k++] = FeatureHash.Feature(1, s0p);
        f[k++] = FeatureHash.Feature(2, s0w, s0p);
        f[k++] = FeatureHash.Feature(3, b0w);
        f[k++] = FeatureHash.Feature(4, b0p);
        f[k++] = FeatureHash.Feature(5, b0w, b0p);
        f[k++] = FeatureHash.Feature(6, b1w);
        f[k++] = FeatureHash.Feature(7, b1p);
        f[k++] = FeatureHash.Feature(8, b1w, b1p);
        f[k++] = FeatureHash.Feature(9, b2w);
        f[k++] = FeatureHash.Feature(10, b2p);
        f[k++] = FeatureHash.Feature(11, b2w, b2p);
        f[k++] = FeatureHash.Feature(12, s1w);
        f[k++] = FeatureHash.Feature(13, s1p);
        f[k++] = FeatureHash.Feature(14, s1w, s1p);
        f[k++] = FeatureHash.Feature(15, s2p);
        // pairs
        f[k++] = FeatureHash.Feature(16, s0w, s0p, b0w, b0p);
        f[k++] = FeatureHash.Feature(17, s0w, s0p, b0w);
        f[k++] = FeatureHash.Feature(18, s0w, b0w, b0p);
        f[k++] = FeatureHash.Feature(19, s0w, s0p, b0p);
        f[k++] = FeatureHash.Feature(20, s0p, b0w, b0p);
        f[k++] = FeatureHash.Feature(21, s0w, b0w);
        f[k++] = FeatureHash.Feature(22, s0p, b0p);
        f[k++] = FeatureHash.Feature(23, b0p, b1p);
        f[k++] = FeatureHash.Feature(24, s1w, s1p, s0w, s0p);
        f[k++] = FeatureHash.Feature(25, s1p, s0p);
        f[k++] = FeatureHash.Feature(26, s1w, s0w);
        f[k++] = FeatureHash.Feature(27, s1w, s0p);
        f[k++] = FeatureHash.Feature(28, s1p, s0w);
        f[k++] = FeatureHash.Feature(29, s1p, b0p);
        f[k++] = FeatureHash.Feature(30, s1w, b0w);
        // triples of tags
        f[k++] = FeatureHash.Feature(31, b0p, b1p, b2p);
        f[k++] = FeatureHash.Feature(32, s0p, b0p, b1p);
        f[k++] = FeatureHash.Feature(33, s1p, s0p, b0p);
        f[k++] = FeatureHash.Feature(34, s2p, s1p, s0p);
        f[k++] = FeatureHash.Feature(35, s0p, s0lp, b0p);
        f[k++] = FeatureHash.Feature(36, s0p, s0rp, b0p);
        f[k++] = FeatureHash.Feature(37, s0p, b0p, b0lp);
        f[k++] = FeatureHash.Feature(38, s1p, s1lp, s0p);
        f[k++] = FeatureHash.Feature(39, s1p, s1rp, s0p);
        f[k++] = FeatureHash.Feature(40, s0p, s0lp, s0l2p);
        f[k++] = FeatureHash.Feature(41, s0p, s0rp, s0r2p);
        f[k++] = FeatureHash.Feature(42, b0p, b0lp, b0l2p);
        f[k++] = FeatureHash.Feature(43, s1p, s0p, s0rp);
        f[k++] = FeatureHash.Feature(44, s1p, s0p, s0lp);
        // distance and valency
        f[k++] = FeatureHash.Feature(45, s0w, dist);
        f[k++] = FeatureHash.Feature(46, s0p, dist);
        f[k++] = FeatureHash.Feature(47, b0w, dist);
        f[k++] = FeatureHash.Feature(48, b0p, dist);
        f[k++] = FeatureHash.Feature(49, s0w, b0w, dist);
        f[k++] = FeatureHash.Feature(50, s0p, b0p, dist);
        f[k++] = FeatureHash.Feature(51, s1p, s0p, dist10);
        f[k++] = FeatureHash.Feature(52, s0w, s0vr);
        f[k++] = FeatureHash.Feature(53, s0p, s0vr);
        f[k++] = FeatureHash.Feature(54, s0w, s0vl);
        f[k++] = FeatureHash.Feature(55, s0p, s0vl);
        f[k++] = FeatureHash.Feature(56, b0w, b0vl);
        f[k++] = FeatureHash.Feature(57, b0p, b0vl);
        // children
        f[k++] = FeatureHash.Feature(58, s0lw);
        f[k++] = FeatureHash.Feature(59, s0lp);
        f[k++] = FeatureHash.Feature(60, s0ll);
        f[k++] = FeatureHash.Feature(61, s0rw);
        f[k++] = FeatureHash.Feature(62, s0rp);
        f[k++] = FeatureHash.Feature(63, s0rl);
        f[k++] = FeatureHash.Feature(64, b0lw);
        f[k++] = FeatureHash.Feature(65, b0lp);
        f[k++] = FeatureHash.Feature(66, b0ll);
        f[k++] = FeatureHash.Feature(67, s0l2p, s0l2l);
        f[k++] = FeatureHash.Feature(68, s0r2p, s0r2l);
        f[k++] = FeatureHash.Feature(69, b0l2p, b0l2l);
        f[k++] = FeatureHash.Feature(70, s1lp, s1ll);
        f[k++] = FeatureHash.Feature(71, s1rp, s1rl);
        f[k++] = FeatureHash.Feature(72, s1rw);
        f[k++] = FeatureHash.Feature(73, s0p, s0ll, s0rl);
        f[k++] = FeatureHash.Feature(74, s0p, s0rl, b0p);
        f[k++] = FeatureHash.Feature(75, s1p, s1rl, s0p);
        // label sets
        f[k++] = FeatureHash.Feature(76, s0w, s0sl);
        f[k++] = FeatureHash.Feature(77, s0p, s0sl);
        f[k++] = FeatureHash.Feature(78, s0w, s0sr);
        f[k++] = FeatureHash.Feature(79, s0p, s0sr);
        f[k++] = FeatureHash.Feature(80, b0w, b0sl);
        f[k++] = FeatureHash.Feature(81, b0p, b0sl);
        // lexical context across the stack and buffer
        f[k++] = FeatureHash.Feature(82, s0w, b0p, b1p);
        f[k++] = FeatureHash.Feature(83, s0p, b0w, b1p);
        f[k++] = FeatureHash.Feature(84, s0p, b0p, b1w);
        f[k++] = FeatureHash.Feature(85, s1w, s0p, b0p);
        f[k++] = FeatureHash.Feature(86, s1p, s0w, b0p);
        f[k++] = FeatureHash.Feature(87, s1p, s0p, b0w);
        // word classes (Koo, Carreras and Collins 2008): the lexical templates again, with classes for words
        var s0c = W(c, s0);
        var s1c = W(c, s1);
        var b0c = W(c, b0);
        var b1c = W(c, b1);
        f[k++] = FeatureHash.Feature(88, s0c);
        f[k++] = FeatureHash.Feature(89, b0c);
        f[k++] = FeatureHash.Feature(90, s0c, b0c);
        f[k++] = FeatureHash.Feature(91, s0c, b0p);
        f[k++] = FeatureHash.Feature(92, s0p, b0c);
        f[k++] = FeatureHash.Feature(93, s1c, s0c);
        f[k++] = FeatureHash.Feature(94, s1c, s0p, b0p);
        f[k++] = FeatureHash.Feature(95, s0c, b0p, b1p);
        f[k++] = FeatureHash.Feature(96, b0c, b1c);
        f[k++] = FeatureHash.Feature(97, s0p, b0p, b1c);
        f[k++] = FeatureHash.Feature(98, s0c, dist);
        f[k++] = FeatureHash.Feature(99, b0c, b0vl);
        // capitalisation and sentence position: names and sentence-initial modifiers
        var b3p = W(p, st.B(3));
        ulong s0first = s0 == 0 ? 2UL : 3UL;
        f[k++] = FeatureHash.Feature(100, b1p, b2p, b3p);
        f[k++] = FeatureHash.Feature(101, s0first, s0p, b0p);
        f[k++] = FeatureHash.Feature(102, s0first, s0p, b0p, b1p);
        f[k++] = FeatureHash.Feature(103, s0p, b0p, b1p, b2p);
        return k;
    }

    private static ulong W(ReadOnlySpan<ulong> values, int i) => i >= 0 ? values[i] : None;

    private static ulong L(ParseState st, int i) => i >= 0 ? (ulong)st.Labels[i] + 2 : None;

    private static ulong Bucket(int distance) => distance switch
    {
        <= 4 => (ulong)distance + 2,
        <= 7 => 10,
        <= 12 => 11,
        _ => 12,
    };

    /// <summary>Writes the parser (labels and weights) to <paramref name="stream"/>.</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelFile.WriteHeader(writer, Magic, Version);
        writer.Write(_labels.Length);
        foreach (var label in _labels)
        {
            writer.Write(label);
        }

        _clusters.Save(writer);
        _model.Save(writer);
    }

    /// <summary>Reads a parser written by <see cref="Save"/>.</summary>
    public static DependencyParser Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            ModelFile.ReadHeader(reader, Magic, Version, "parser model");

            var labels = new string[reader.ReadInt32()];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = string.Intern(reader.ReadString());
            }

            var clusters = WordClusters.Load(reader);
            return new DependencyParser(LinearModel.Load(reader), labels, clusters);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("the parser model is truncated");
        }
    }
}
