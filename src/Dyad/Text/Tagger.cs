using System.Buffers;
using Dyad.Domain;

namespace Dyad.Text;

/// <summary>
/// Part-of-speech tagger: a greedy left-to-right averaged perceptron that predicts the UPOS and Penn (XPOS) tag
/// together, trained on UD English EWT by <see cref="TaggerTrainer"/>. Frequent unambiguous words skip the model.
/// </summary>
public sealed class Tagger
{
    internal const int MaxFeatures = 56;
    private const string Magic = "DYAD-TAGGER";
    private const int Version = 1;

    private readonly LinearModel _model;
    private readonly Dictionary<ulong, int> _tagDictionary;
    private readonly Dictionary<ulong, ulong> _ambiguity;
    private readonly WordClusters _clusters;

    internal Tagger(LinearModel model, string[] upos, string[] xpos, Dictionary<ulong, int> tagDictionary, Dictionary<ulong, ulong> ambiguity, WordClusters clusters)
    {
        _model = model;
        _clusters = clusters;
        _ambiguity = ambiguity;
        Upos = upos;
        Xpos = xpos;
        _tagDictionary = tagDictionary;
    }

    /// <summary>UPOS of each class.</summary>
    public IReadOnlyList<string> Upos { get; }

    /// <summary>XPOS (Penn tag) of each class.</summary>
    public IReadOnlyList<string> Xpos { get; }

    /// <summary>Tags every token of every sentence of <paramref name="document"/> in place.</summary>
    public void Process(Document document)
    {
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            Tag(document.SentenceTokens(s));
        }
    }

    /// <summary>Tags one sentence's tokens in place (sets <see cref="Token.Upos"/> and <see cref="Token.Xpos"/>).</summary>
    public void Tag(Span<Token> tokens)
    {
        var n = tokens.Length;
        var words = ArrayPool<WordFeatures>.Shared.Rent(n);
        var tags = ArrayPool<int>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                words[i] = WordFeatures.Of(tokens[i].Text, i == 0, _ambiguity, _clusters);
            }

            Tag(words.AsSpan(0, n), tags.AsSpan(0, n));
            for (var i = 0; i < n; i++)
            {
                tokens[i] = tokens[i] with { Upos = Upos[tags[i]], Xpos = Xpos[tags[i]] };
            }
        }
        finally
        {
            ArrayPool<WordFeatures>.Shared.Return(words);
            ArrayPool<int>.Shared.Return(tags);
        }
    }

    /// <summary>
    /// Tags the tokens of one sentence after the first <paramref name="fixedCount"/>, whose tags are taken as given:
    /// a later stage that corrected a tag has the words after it tagged again in its light.
    /// </summary>
    public void TagAfter(Span<Token> tokens, int fixedCount)
    {
        var n = tokens.Length;
        var words = ArrayPool<WordFeatures>.Shared.Rent(n);
        var tags = ArrayPool<int>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                words[i] = WordFeatures.Of(tokens[i].Text, i == 0, _ambiguity, _clusters);
                tags[i] = i < fixedCount ? ClassOf(tokens[i].Upos, tokens[i].Xpos) : 0;
            }

            Tag(words.AsSpan(0, n), tags.AsSpan(0, n), fixedCount);
            for (var i = fixedCount; i < n; i++)
            {
                tokens[i] = tokens[i] with { Upos = Upos[tags[i]], Xpos = Xpos[tags[i]] };
            }
        }
        finally
        {
            ArrayPool<WordFeatures>.Shared.Return(words);
            ArrayPool<int>.Shared.Return(tags);
        }
    }

    private int ClassOf(string? upos, string? xpos)
    {
        for (var c = 0; c < Upos.Count; c++)
        {
            if (Upos[c] == upos && Xpos[c] == xpos)
            {
                return c;
            }
        }

        for (var c = 0; c < Upos.Count; c++)
        {
            if (Upos[c] == upos)
            {
                return c;
            }
        }

        return 0;
    }

    /// <summary>The features the tagger computes for <paramref name="word"/>.</summary>
    public WordFeatures Features(ReadOnlySpan<char> word, bool first) => WordFeatures.Of(word, first, _ambiguity, _clusters);

    /// <summary>Tags words given their features; writes class indexes into <paramref name="tags"/>.</summary>
    public void Tag(ReadOnlySpan<WordFeatures> words, Span<int> tags) => Tag(words, tags, 0);

    private void Tag(ReadOnlySpan<WordFeatures> words, Span<int> tags, int start)
    {
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[_model.ClassCount];
        for (var i = start; i < words.Length; i++)
        {
            if (_tagDictionary.TryGetValue(words[i].Exact, out var known))
            {
                tags[i] = known;
                continue;
            }

            var count = Extract(words, tags, i, features);
            scores.Clear();
            _model.Score(features[..count], scores);
            tags[i] = ArgMax(scores);
        }
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>The feature keys for word <paramref name="i"/>, given the tags already chosen to its left.</summary>
    internal static int Extract(ReadOnlySpan<WordFeatures> words, ReadOnlySpan<int> tags, int i, Span<ulong> f)
    {
        var w = words[i];
        var p1 = i > 0 ? words[i - 1] : WordFeatures.Boundary;
        var p2 = i > 1 ? words[i - 2] : WordFeatures.Boundary;
        var n1 = i + 1 < words.Length ? words[i + 1] : WordFeatures.Boundary;
        var n2 = i + 2 < words.Length ? words[i + 2] : WordFeatures.Boundary;
        ulong t1 = i > 0 ? (ulong)tags[i - 1] + 2 : 1;
        ulong t2 = i > 1 ? (ulong)tags[i - 2] + 2 : 1;
        var k = 0;
        f[k++] = FeatureHash.Feature(0, 0);
        f[k++] = FeatureHash.Feature(1, w.Lower);
        f[k++] = FeatureHash.Feature(2, w.Exact);
        f[k++] = FeatureHash.Feature(3, w.Suffix1);
        f[k++] = FeatureHash.Feature(4, w.Suffix2);
        f[k++] = FeatureHash.Feature(5, w.Suffix3);
        f[k++] = FeatureHash.Feature(6, w.Suffix4);
        f[k++] = FeatureHash.Feature(7, w.Prefix1);
        f[k++] = FeatureHash.Feature(8, w.Prefix2);
        f[k++] = FeatureHash.Feature(9, w.Prefix3);
        f[k++] = FeatureHash.Feature(10, w.Shape);
        f[k++] = FeatureHash.Feature(11, w.Flags);
        f[k++] = FeatureHash.Feature(12, t1);
        f[k++] = FeatureHash.Feature(13, t2);
        f[k++] = FeatureHash.Feature(14, t1, t2);
        f[k++] = FeatureHash.Feature(15, t1, w.Lower);
        f[k++] = FeatureHash.Feature(16, p1.Lower);
        f[k++] = FeatureHash.Feature(17, p2.Lower);
        f[k++] = FeatureHash.Feature(18, n1.Lower);
        f[k++] = FeatureHash.Feature(19, n2.Lower);
        f[k++] = FeatureHash.Feature(20, p1.Suffix3);
        f[k++] = FeatureHash.Feature(21, n1.Suffix3);
        f[k++] = FeatureHash.Feature(22, p1.Lower, w.Lower);
        f[k++] = FeatureHash.Feature(23, w.Lower, n1.Lower);
        f[k++] = FeatureHash.Feature(24, p1.Shape);
        f[k++] = FeatureHash.Feature(25, n1.Shape);
        f[k++] = FeatureHash.Feature(26, t1, w.Suffix3);
        f[k++] = FeatureHash.Feature(27, n1.Suffix2);
        f[k++] = FeatureHash.Feature(28, w.Shape, w.Flags);
        f[k++] = FeatureHash.Feature(29, t1, n1.Lower);
        f[k++] = FeatureHash.Feature(30, n1.Lower, n2.Lower);
        f[k++] = FeatureHash.Feature(31, p1.Exact);
        f[k++] = FeatureHash.Feature(32, n1.Exact);
        f[k++] = FeatureHash.Feature(33, w.Tags);
        f[k++] = FeatureHash.Feature(34, n1.Tags);
        f[k++] = FeatureHash.Feature(35, n2.Tags);
        f[k++] = FeatureHash.Feature(36, w.Tags, n1.Tags);
        f[k++] = FeatureHash.Feature(37, t1, w.Tags);
        f[k++] = FeatureHash.Feature(38, w.Lower, n1.Tags);
        f[k++] = FeatureHash.Feature(39, n1.Tags, n2.Tags);
        f[k++] = FeatureHash.Feature(40, w.Cluster);
        f[k++] = FeatureHash.Feature(41, p1.Cluster);
        f[k++] = FeatureHash.Feature(42, n1.Cluster);
        f[k++] = FeatureHash.Feature(43, n2.Cluster);
        f[k++] = FeatureHash.Feature(44, t1, w.Cluster);
        f[k++] = FeatureHash.Feature(45, w.Cluster, n1.Cluster);
        f[k++] = FeatureHash.Feature(46, w.Coarse, n1.Coarse, n2.Coarse);
        f[k++] = FeatureHash.Feature(47, w.Cluster, w.Suffix3);
        return k;
    }

    /// <summary>Writes the tagger (classes, tag dictionary, weights) to <paramref name="stream"/>.</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelFile.WriteHeader(writer, Magic, Version);
        writer.Write(Upos.Count);
        for (var c = 0; c < Upos.Count; c++)
        {
            writer.Write(Upos[c]);
            writer.Write(Xpos[c]);
        }

        writer.Write(_tagDictionary.Count);
        foreach (var (key, tag) in _tagDictionary)
        {
            writer.Write(key);
            writer.Write(tag);
        }

        writer.Write(_ambiguity.Count);
        foreach (var (key, tags) in _ambiguity)
        {
            writer.Write(key);
            writer.Write(tags);
        }

        _clusters.Save(writer);
        _model.Save(writer);
    }

    /// <summary>Reads a tagger written by <see cref="Save"/>.</summary>
    public static Tagger Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            ModelFile.ReadHeader(reader, Magic, Version, "tagger model");

            var classes = reader.ReadInt32();
            var upos = new string[classes];
            var xpos = new string[classes];
            for (var c = 0; c < classes; c++)
            {
                upos[c] = string.Intern(reader.ReadString());
                xpos[c] = string.Intern(reader.ReadString());
            }

            var entries = reader.ReadInt32();
            var dictionary = new Dictionary<ulong, int>(entries);
            for (var i = 0; i < entries; i++)
            {
                dictionary[reader.ReadUInt64()] = reader.ReadInt32();
            }

            var ambiguous = reader.ReadInt32();
            var ambiguity = new Dictionary<ulong, ulong>(ambiguous);
            for (var i = 0; i < ambiguous; i++)
            {
                ambiguity[reader.ReadUInt64()] = reader.ReadUInt64();
            }

            var clusters = WordClusters.Load(reader);
            return new Tagger(LinearModel.Load(reader), upos, xpos, dictionary, ambiguity, clusters);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("the tagger model is truncated");
        }
    }
}
