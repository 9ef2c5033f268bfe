namespace Dyad.Text;

/// <summary>
/// Trains an averaged multiclass perceptron over hashed features (Collins 2002, with the lazy averaging trick);
/// <see cref="Average"/> freezes the averaged weights into a <see cref="LinearModel"/>.
/// </summary>
public sealed class PerceptronTrainer(int classCount)
{
    private readonly Dictionary<ulong, Row> _rows = new(1 << 20);
    private int _now = 1;

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; } = classCount;

    /// <summary>Scores with the current (not averaged) weights, as training requires.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var key in features)
        {
            if (_rows.TryGetValue(key, out var row))
            {
                for (var j = 0; j < row.Count; j++)
                {
                    scores[row.Classes[j]] += row.Weights[j];
                }
            }
        }
    }

    /// <summary>Moves weight from <paramref name="wrong"/> to <paramref name="right"/> for every feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int right, int wrong, float amount = 1f)
    {
        foreach (var key in features)
        {
            if (!_rows.TryGetValue(key, out var row))
            {
                row = new Row();
                _rows[key] = row;
            }

            row.Add(right, amount, _now);
            if (wrong >= 0)
            {
                row.Add(wrong, -amount, _now);
            }
        }
    }

    /// <summary>Advances the averaging clock: call once per training instance.</summary>
    public void Tick() => _now++;

    /// <summary>
    /// The averaged weights, dropping those whose magnitude is below <paramref name="prune"/>. The default drops
    /// weights worth less than half an update: on EWT dev that leaves accuracy unchanged and the parser faster.
    /// </summary>
    public LinearModel Average(float prune = 0.5f)
    {
        var keys = new List<ulong>(_rows.Count);
        var starts = new List<int>(_rows.Count + 1) { 0 };
        var classes = new List<ushort>(_rows.Count * 2);
        var weights = new List<float>(_rows.Count * 2);
        foreach (var (key, row) in _rows)
        {
            var before = weights.Count;
            for (var j = 0; j < row.Count; j++)
            {
                var total = row.Totals[j] + ((_now - row.Stamps[j]) * (double)row.Weights[j]);
                var average = (float)(total / _now);
                if (Math.Abs(average) >= prune)
                {
                    classes.Add((ushort)row.Classes[j]);
                    weights.Add(average);
                }
            }

            if (weights.Count > before)
            {
                keys.Add(key);
                starts.Add(weights.Count);
            }
        }

        return new LinearModel(ClassCount, [.. keys], [.. starts], [.. classes], [.. weights]);
    }

    private sealed class Row
    {
        public int[] Classes = new int[2];
        public float[] Weights = new float[2];
        public double[] Totals = new double[2];
        public int[] Stamps = new int[2];
        public int Count;

        public void Add(int cls, float amount, int now)
        {
            var j = Array.IndexOf(Classes, cls, 0, Count);
            if (j < 0)
            {
                if (Count == Classes.Length)
                {
                    var size = Count * 2;
                    Array.Resize(ref Classes, size);
                    Array.Resize(ref Weights, size);
                    Array.Resize(ref Totals, size);
                    Array.Resize(ref Stamps, size);
                }

                j = Count++;
                Classes[j] = cls;
                Weights[j] = 0;
                Totals[j] = 0;
                Stamps[j] = now;
            }

            Totals[j] += (now - Stamps[j]) * (double)Weights[j];
            Stamps[j] = now;
            Weights[j] += amount;
        }
    }
}
