using System.Numerics;

namespace Dyad.Text;

/// <summary>
/// A trained linear classifier over hashed features, frozen for fast scoring: an open-addressing table from
/// feature key to a run of (class, weight) pairs. Only the classes a feature ever voted for are stored.
/// </summary>
public sealed class LinearModel
{
    private const string Magic = "DYAD-LINEAR";
    private const int Version = 1;

    private readonly ulong[] _slots;
    private readonly int[] _slotFeature;
    private readonly int[] _starts;
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    private readonly int _mask;

    internal LinearModel(int classCount, ulong[] keys, int[] starts, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        _starts = starts;
        _classes = classes;
        _weights = weights;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _mask = capacity - 1;
        _slots = new ulong[capacity];
        _slotFeature = new int[capacity];
        for (var f = 0; f < keys.Length; f++)
        {
            var slot = (int)(keys[f] & (ulong)_mask);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = keys[f];
            _slotFeature[slot] = f;
        }

        FeatureCount = keys.Length;
    }

    /// <summary>Number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount { get; }

    /// <summary>Number of stored (feature, class) weights.</summary>
    public int WeightCount => _weights.Length;

    /// <summary>Adds the weights of every known feature in <paramref name="features"/> to <paramref name="scores"/> (which the caller clears).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots;
        var mask = _mask;
        foreach (var key in features)
        {
            var slot = (int)(key & (ulong)mask);
            ulong found;
            while ((found = slots[slot]) != key)
            {
                if (found == 0)
                {
                    goto Next;
                }

                slot = (slot + 1) & mask;
            }

            var f = _slotFeature[slot];
            var end = _starts[f + 1];
            for (var j = _starts[f]; j < end; j++)
            {
                scores[_classes[j]] += _weights[j];
            }

        Next:;
        }
    }

    /// <summary>Writes the model in Dyad's binary format.</summary>
    public void Save(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        for (var s = 0; s < _slots.Length; s++)
        {
            if (_slots[s] != 0)
            {
                writer.Write(_slots[s]);
                writer.Write(_slotFeature[s]);
            }
        }

        foreach (var start in _starts)
        {
            writer.Write(start);
        }

        foreach (var c in _classes)
        {
            writer.Write(c);
        }

        foreach (var w in _weights)
        {
            writer.Write(w);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>; a foreign or truncated stream throws <see cref="InvalidDataException"/>.</summary>
    public static LinearModel Load(BinaryReader reader)
    {
        try
        {
            if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException("not a Dyad linear model (or a different version)");
            }

            var classCount = reader.ReadInt32();
            var featureCount = reader.ReadInt32();
            var keys = new ulong[featureCount];
            for (var i = 0; i < featureCount; i++)
            {
                var key = reader.ReadUInt64();
                keys[reader.ReadInt32()] = key;
            }

            var starts = new int[featureCount + 1];
            for (var i = 0; i < starts.Length; i++)
            {
                starts[i] = reader.ReadInt32();
            }

            var count = starts[^1];
            var classes = new ushort[count];
            for (var i = 0; i < count; i++)
            {
                classes[i] = reader.ReadUInt16();
            }

            var weights = new float[count];
            for (var i = 0; i < count; i++)
            {
                weights[i] = reader.ReadSingle();
            }

            return new LinearModel(classCount, keys, starts, classes, weights);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("the model file is truncated");
        }
    }
}
