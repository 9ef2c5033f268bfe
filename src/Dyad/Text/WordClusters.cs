namespace Dyad.Text;

/// <summary>
/// Distributional word classes learned from unlabelled text, so the tagger and parser can generalise from words
/// they saw in the treebank to words they only met in news ("Humala" behaves like "Chavez"). Keys are lower-cased
/// word hashes; <see cref="Of"/> gives 1 for a word never clustered.
/// </summary>
public sealed class WordClusters
{
    private const string Magic = "DYAD-CLUSTERS";
    private const int Version = 1;
    private readonly Dictionary<ulong, ushort> _fine;
    private readonly ushort[] _coarseOfFine;

    internal WordClusters(Dictionary<ulong, ushort> fine, ushort[] coarseOfFine)
    {
        _fine = fine;
        _coarseOfFine = coarseOfFine;
    }

    /// <summary>Clusters that know no word (features then fall back to words and tags alone).</summary>
    public static WordClusters Empty { get; } = new([], []);

    /// <summary>Number of words with a class.</summary>
    public int Count => _fine.Count;

    /// <summary>The fine class of a word (by its <see cref="FeatureHash.Lower"/> hash), offset by 2; 1 when unknown.</summary>
    public ulong Of(ulong lowerHash) => _fine.TryGetValue(lowerHash, out var c) ? c + 2UL : 1UL;

    /// <summary>The coarse class of a fine class value returned by <see cref="Of"/>; 1 when unknown.</summary>
    public ulong Coarse(ulong fine) => fine >= 2 && (int)(fine - 2) < _coarseOfFine.Length ? _coarseOfFine[fine - 2] + 2UL : 1UL;

    /// <summary>Writes the classes.</summary>
    public void Save(BinaryWriter writer)
    {
        ModelFile.WriteHeader(writer, Magic, Version);
        writer.Write(_coarseOfFine.Length);
        foreach (var c in _coarseOfFine)
        {
            writer.Write(c);
        }

        writer.Write(_fine.Count);
        foreach (var (key, c) in _fine)
        {
            writer.Write(key);
            writer.Write(c);
        }
    }

    /// <summary>Reads classes written by <see cref="Save"/>.</summary>
    public static WordClusters Load(BinaryReader reader)
    {
        ModelFile.ReadHeader(reader, Magic, Version, "word clusters");

        var coarse = new ushort[reader.ReadInt32()];
        for (var i = 0; i < coarse.Length; i++)
        {
            coarse[i] = reader.ReadUInt16();
        }

        var count = reader.ReadInt32();
        var fine = new Dictionary<ulong, ushort>(count);
        for (var i = 0; i < count; i++)
        {
            fine[reader.ReadUInt64()] = reader.ReadUInt16();
        }

        return new WordClusters(fine, coarse);
    }
}
