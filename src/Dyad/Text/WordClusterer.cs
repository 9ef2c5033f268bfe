namespace Dyad.Text;

/// <summary>
/// Learns <see cref="WordClusters"/> with the predictive exchange algorithm (Martin, Liermann and Ney 1998;
/// Uszkoreit and Brants 2008): each word moves to the class that most raises the likelihood of a class bigram
/// model P(class(w) | previous word), until the classes settle. A second, coarse clustering groups the fine classes.
/// </summary>
public static class WordClusterer
{
    /// <summary>
    /// Clusters the words of <paramref name="sentences"/> (lower-cased) seen at least <paramref name="minCount"/> times
    /// into <paramref name="classes"/> classes; <paramref name="progress"/> receives (iteration, words moved).
    /// </summary>
    public static WordClusters Train(IEnumerable<IReadOnlyList<string>> sentences, int classes = 256, int coarseClasses = 32, int iterations = 12, int minCount = 3, Action<int, int>? progress = null)
    {
        // Vocabulary by lower-cased hash; id 0 is the sentence start, rare words share one id.
        var counts = new Dictionary<ulong, int>();
        var corpus = new List<ulong[]>();
        foreach (var sentence in sentences)
        {
            var keys = new ulong[sentence.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = FeatureHash.Lower(sentence[i]);
                counts[keys[i]] = counts.GetValueOrDefault(keys[i]) + 1;
            }

            corpus.Add(keys);
        }

        var ids = new Dictionary<ulong, int>();
        var words = new List<ulong> { 0, 0 };
        foreach (var (key, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key))
        {
            if (count >= minCount)
            {
                ids[key] = words.Count;
                words.Add(key);
            }
        }

        const int Start = 0;
        const int Rare = 1;
        var bigrams = new Dictionary<long, int>();
        foreach (var keys in corpus)
        {
            var previous = Start;
            foreach (var key in keys)
            {
                var id = ids.GetValueOrDefault(key, Rare);
                var pair = ((long)id << 32) | (uint)previous;
                bigrams[pair] = bigrams.GetValueOrDefault(pair) + 1;
                previous = id;
            }
        }

        var fine = Exchange(words.Count, bigrams, classes, iterations, progress);

        // Coarse classes: cluster the fine classes themselves, each standing for all its words.
        var classBigrams = new Dictionary<long, int>();
        foreach (var (pair, count) in bigrams)
        {
            var word = (int)(pair >> 32);
            var previous = (int)(pair & 0xffffffff);
            var merged = ((long)fine[word] << 32) | (uint)previous;
            classBigrams[merged] = classBigrams.GetValueOrDefault(merged) + count;
        }

        var coarse = Exchange(classes, classBigrams, coarseClasses, iterations, null);

        var table = new Dictionary<ulong, ushort>(words.Count);
        for (var w = 2; w < words.Count; w++)
        {
            table[words[w]] = (ushort)fine[w];
        }

        var coarseOfFine = new ushort[classes];
        for (var c = 0; c < classes; c++)
        {
            coarseOfFine[c] = (ushort)coarse[c];
        }

        return new WordClusters(table, coarseOfFine);
    }

    // Exchange over items 0..n-1 given (item << 32 | predecessor) counts; returns each item's class.
    private static int[] Exchange(int n, Dictionary<long, int> bigrams, int classes, int iterations, Action<int, int>? progress)
    {
        var predecessors = new List<(int Word, int Count)>[n];
        var itemCount = new long[n];
        var predecessorSpace = 0;
        for (var i = 0; i < n; i++)
        {
            predecessors[i] = [];
        }

        foreach (var (pair, count) in bigrams)
        {
            var item = (int)(pair >> 32);
            var previous = (int)(pair & 0xffffffff);
            predecessors[item].Add((previous, count));
            itemCount[item] += count;
            predecessorSpace = Math.Max(predecessorSpace, previous + 1);
        }

        // Initial classes by frequency rank, round robin, so every class starts with frequent and rare items.
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => itemCount[b].CompareTo(itemCount[a]));
        var cls = new int[n];
        for (var r = 0; r < n; r++)
        {
            cls[order[r]] = r % classes;
        }

        var joint = new int[(long)predecessorSpace * classes];
        var classTotal = new long[classes];
        for (var i = 0; i < n; i++)
        {
            foreach (var (v, count) in predecessors[i])
            {
                joint[((long)v * classes) + cls[i]] += count;
            }

            classTotal[cls[i]] += itemCount[i];
        }

        var delta = new double[classes];
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            var moved = 0;
            foreach (var i in order)
            {
                if (itemCount[i] == 0)
                {
                    continue;
                }

                var from = cls[i];
                foreach (var (v, count) in predecessors[i])
                {
                    joint[((long)v * classes) + from] -= count;
                }

                classTotal[from] -= itemCount[i];
                for (var c = 0; c < classes; c++)
                {
                    delta[c] = XLogX(classTotal[c]) - XLogX(classTotal[c] + itemCount[i]);
                }

                foreach (var (v, count) in predecessors[i])
                {
                    var row = joint.AsSpan((int)((long)v * classes), classes);
                    for (var c = 0; c < classes; c++)
                    {
                        var before = row[c];
                        delta[c] += XLogX(before + count) - XLogX(before);
                    }
                }

                var best = from;
                for (var c = 0; c < classes; c++)
                {
                    if (delta[c] > delta[best] + 1e-9)
                    {
                        best = c;
                    }
                }

                foreach (var (v, count) in predecessors[i])
                {
                    joint[((long)v * classes) + best] += count;
                }

                classTotal[best] += itemCount[i];
                moved += best == from ? 0 : 1;
                cls[i] = best;
            }

            progress?.Invoke(iteration, moved);
            if (moved == 0)
            {
                break;
            }
        }

        return cls;
    }

    private static readonly double[] SmallXLogX = BuildTable();

    private static double[] BuildTable()
    {
        var table = new double[1 << 16];
        for (var x = 1; x < table.Length; x++)
        {
            table[x] = x * Math.Log(x);
        }

        return table;
    }

    private static double XLogX(long x) => x < SmallXLogX.Length ? SmallXLogX[x] : x * Math.Log(x);
}
