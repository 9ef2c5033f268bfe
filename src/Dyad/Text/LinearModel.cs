using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Dyad.Text;

/// <summary>
/// A trained linear classifier over hashed features, frozen for fast scoring: an open-addressing table from
/// feature key to a run of (class, weight) pairs. Only the classes a feature ever voted for are stored.
/// Scoring is memory-bound, so the table is compact and probed in two passes with prefetching; features that
/// vote for many classes keep a dense row for SIMD adds.
/// </summary>
public sealed class LinearModel
{
    private const string Magic = "DYAD-LINEAR";
    private const int Version = 2;

    private readonly Slot[] _slots;
    private readonly Weight[] _weights;
    private readonly float[] _dense;
    private readonly int _mask;
    private readonly int _denseWidth;

    internal LinearModel(int classCount, ulong[] keys, int[] starts, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        _weights = new Weight[weights.Length];
        for (var j = 0; j < weights.Length; j++)
        {
            _weights[j] = new Weight(classes[j], weights[j]);
        }

        // Features that vote for many classes are kept as dense rows, added with SIMD instead of scattered adds.
        _denseWidth = (classCount + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var denseThreshold = Math.Max(8, classCount / 4);
        var denseRows = 0;
        for (var f = 0; f < keys.Length; f++)
        {
            denseRows += starts[f + 1] - starts[f] >= denseThreshold ? 1 : 0;
        }

        _dense = new float[denseRows * _denseWidth];

        // A load factor near 0.6 keeps probe chains short without doubling the table.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length + (keys.Length * 2 / 3)));
        _mask = capacity - 1;
        _slots = new Slot[capacity];
        var row = 0;
        for (var f = 0; f < keys.Length; f++)
        {
            var slot = (int)(keys[f] & (ulong)_mask);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            var count = starts[f + 1] - starts[f];
            if (count >= denseThreshold)
            {
                var at = row * _denseWidth;
                for (var j = starts[f]; j < starts[f + 1]; j++)
                {
                    _dense[at + classes[j]] = weights[j];
                }

                // Dense >= 0 points into _dense; the sparse run stays for Save.
                _slots[slot] = new Slot(keys[f], starts[f], count, at);
                row++;
            }
            else
            {
                _slots[slot] = new Slot(keys[f], starts[f], count, -1);
            }
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
    [SkipLocalsInit]
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var mask = (ulong)_mask;
        Span<int> found = stackalloc int[features.Length];
        fixed (Slot* slots = _slots)
        fixed (Weight* weights = _weights)
        {
            // Pass 1: start fetching every slot so the cache misses overlap instead of queueing.
            if (Sse.IsSupported)
            {
                for (var i = 0; i < features.Length; i++)
                {
                    Sse.Prefetch0(slots + (int)(features[i] & mask));
                }
            }

            // Pass 2: probe, and start fetching the weight runs.
            var hits = 0;
            for (var i = 0; i < features.Length; i++)
            {
                var key = features[i];
                var slot = (int)(key & mask);
                ulong k;
                while ((k = slots[slot].Key) != key)
                {
                    if (k == 0)
                    {
                        slot = -1;
                        break;
                    }

                    slot = (slot + 1) & (int)mask;
                }

                if (slot >= 0)
                {
                    found[hits++] = slot;
                    if (Sse.IsSupported)
                    {
                        if (slots[slot].Dense >= 0)
                        {
                            fixed (float* dense = &_dense[slots[slot].Dense])
                            {
                                Sse.Prefetch0(dense);
                            }
                        }
                        else
                        {
                            Sse.Prefetch0(weights + slots[slot].Start);
                        }
                    }
                }
            }

            // Pass 3: add. Dense rows go into a padded buffer with SIMD, sparse runs straight into the scores.
            Span<float> sum = stackalloc float[_denseWidth];
            sum.Clear();
            var sumVectors = MemoryMarshal.Cast<float, Vector<float>>(sum);
            for (var h = 0; h < hits; h++)
            {
                var s = slots[found[h]];
                if (s.Dense >= 0)
                {
                    var row = MemoryMarshal.Cast<float, Vector<float>>(_dense.AsSpan(s.Dense, _denseWidth));
                    for (var v = 0; v < row.Length; v++)
                    {
                        sumVectors[v] += row[v];
                    }

                    continue;
                }

                var w = weights + s.Start;
                for (var j = 0; j < s.Count; j++)
                {
                    scores[w[j].Class] += w[j].Value;
                }
            }

            for (var c = 0; c < scores.Length; c++)
            {
                scores[c] += sum[c];
            }
        }
    }

    /// <summary>Writes the model in Dyad's binary format.</summary>
    public void Save(BinaryWriter writer)
    {
        ModelFile.WriteHeader(writer, Magic, Version);
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        writer.Write(_weights.Length);
        foreach (var slot in _slots)
        {
            if (slot.Key != 0)
            {
                writer.Write(slot.Key);
                writer.Write(slot.Start);
                writer.Write(slot.Count);
            }
        }

        foreach (var w in _weights)
        {
            writer.Write(w.Class);
        }

        foreach (var w in _weights)
        {
            writer.Write(w.Value);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>; a foreign or truncated stream throws <see cref="InvalidDataException"/>.</summary>
    public static LinearModel Load(BinaryReader reader)
    {
        try
        {
            ModelFile.ReadHeader(reader, Magic, Version, "linear model");

            var classCount = reader.ReadInt32();
            var featureCount = reader.ReadInt32();
            var weightCount = reader.ReadInt32();
            if (featureCount < 0 || weightCount < 0 || classCount <= 0 || classCount > ushort.MaxValue)
            {
                throw new InvalidDataException("the model header is corrupt");
            }

            // Features are stored in slot order; rebuild runs in feature order.
            var keys = new ulong[featureCount];
            var runs = new (int Start, int Count)[featureCount];
            for (var i = 0; i < featureCount; i++)
            {
                keys[i] = reader.ReadUInt64();
                runs[i] = (reader.ReadInt32(), reader.ReadInt32());
            }

            var storedClasses = new ushort[weightCount];
            for (var i = 0; i < weightCount; i++)
            {
                storedClasses[i] = reader.ReadUInt16();
            }

            var storedWeights = new float[weightCount];
            for (var i = 0; i < weightCount; i++)
            {
                storedWeights[i] = reader.ReadSingle();
            }

            var starts = new int[featureCount + 1];
            var classes = new ushort[weightCount];
            var weights = new float[weightCount];
            var at = 0;
            for (var f = 0; f < featureCount; f++)
            {
                var (start, count) = runs[f];
                if (start < 0 || count < 0 || start + count > weightCount)
                {
                    throw new InvalidDataException("the model's weight table is corrupt");
                }

                Array.Copy(storedClasses, start, classes, at, count);
                Array.Copy(storedWeights, start, weights, at, count);
                starts[f] = at;
                at += count;
                starts[f + 1] = at;
            }

            return new LinearModel(classCount, keys, starts, classes, weights);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("the model file is truncated");
        }
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(ulong Key, int Start, int Count, int Dense);

    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    private readonly record struct Weight(ushort Class, float Value);
}
