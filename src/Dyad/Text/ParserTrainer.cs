namespace Dyad.Text;

/// <summary>
/// Trains a <see cref="DependencyParser"/> with the arc-hybrid dynamic oracle (Goldberg and Nivre 2013): every
/// configuration knows which moves lose no reachable gold arc, the model is updated when it prefers a costly move,
/// and after the first epoch it follows its own mistakes so it learns to recover from them.
/// </summary>
public static class ParserTrainer
{
    /// <summary>
    /// Trains for <paramref name="epochs"/> passes. <paramref name="tags"/> gives the (UPOS, XPOS) the parser will
    /// see for each sentence, ideally predicted by a tagger that did not train on it; null uses the gold tags.
    /// </summary>
    public static DependencyParser Train(
        IReadOnlyList<ConlluSentence> sentences,
        IReadOnlyList<(string Upos, string Xpos)[]>? tags = null,
        int epochs = 15,
        int seed = 1,
        double explore = 0.9,
        Action<int, double>? progress = null,
        WordClusters? clusters = null)
    {
        clusters ??= WordClusters.Empty;
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new List<string>();
        foreach (var sentence in sentences)
        {
            foreach (var relation in sentence.Relations)
            {
                if (labelIndex.TryAdd(relation, labels.Count))
                {
                    labels.Add(relation);
                }
            }
        }

        if (labelIndex.TryAdd("root", labels.Count))
        {
            labels.Add("root");
        }

        var labelCount = labels.Count;
        var rootLabel = labelIndex["root"];
        var classCount = 1 + (2 * labelCount);
        var words = new ulong[sentences.Count][];
        var tagKeys = new ulong[sentences.Count][];
        var classes = new ulong[sentences.Count][];
        var goldHeads = new int[sentences.Count][];
        var goldLabels = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var n = sentence.Length;
            words[s] = new ulong[n + 1];
            tagKeys[s] = new ulong[n + 1];
            classes[s] = new ulong[n + 1];
            goldHeads[s] = new int[n + 1];
            goldLabels[s] = new int[n + 1];
            for (var i = 0; i < n; i++)
            {
                words[s][i] = FeatureHash.Lower(sentence.Forms[i]);
                var (upos, xpos) = tags is null ? (sentence.Upos[i], sentence.Xpos[i]) : tags[s][i];
                tagKeys[s][i] = DependencyParser.TagKey(upos, xpos);
                classes[s][i] = clusters.Of(words[s][i]);
                goldHeads[s][i] = sentence.Heads[i] < 0 ? n : sentence.Heads[i];
                goldLabels[s][i] = labelIndex[sentence.Relations[i]];
            }

            words[s][n] = 3;
            tagKeys[s][n] = 3;
            classes[s][n] = 3;
            goldHeads[s][n] = -1;
        }

        var trainer = new PerceptronTrainer(classCount);
        var state = new ParseState();
        var order = new int[sentences.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new Random(seed);
        Span<ulong> features = stackalloc ulong[DependencyParser.MaxFeatures];
        var scores = new float[classCount];
        var costs = new int[classCount];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long right = 0;
            long moves = 0;
            foreach (var s in order)
            {
                var w = words[s];
                var p = tagKeys[s];
                var c = classes[s];
                var gh = goldHeads[s];
                var gl = goldLabels[s];
                state.Reset(w.Length - 1);
                while (!state.Done)
                {
                    var count = DependencyParser.Extract(state, w, p, c, features);
                    trainer.Score(features[..count], scores);
                    var minCost = Costs(state, gh, gl, labelCount, rootLabel, costs);
                    var predicted = DependencyParser.BestValid(state, scores, labelCount, rootLabel);
                    var next = predicted;
                    moves++;
                    if (costs[predicted] > minCost)
                    {
                        var best = -1;
                        for (var m = 0; m < classCount; m++)
                        {
                            if (costs[m] == minCost && (best < 0 || scores[m] > scores[best]))
                            {
                                best = m;
                            }
                        }

                        trainer.Update(features[..count], best, predicted);
                        if (epoch == 1 || random.NextDouble() >= explore)
                        {
                            next = best;
                        }
                    }
                    else
                    {
                        right++;
                    }

                    trainer.Tick();
                    DependencyParser.Apply(state, next, labelCount);
                }
            }

            progress?.Invoke(epoch, moves == 0 ? 1 : (double)right / moves);
        }

        return new DependencyParser(trainer.Average(), [.. labels], clusters);
    }

    // Number of reachable gold arcs each move would lose (int.MaxValue for invalid moves); returns the minimum.
    private static int Costs(ParseState st, int[] gh, int[] gl, int labelCount, int rootLabel, int[] costs)
    {
        const int Invalid = int.MaxValue;
        var n = st.Length;
        var s0 = st.S(0);
        var s1 = st.S(1);
        var b0 = st.Buffer;

        var shift = Invalid;
        if (st.CanShift)
        {
            shift = 0;
            for (var k = 0; k < st.Depth; k++)
            {
                var d = st.Stack[k];
                if (gh[d] == b0)
                {
                    shift++;
                }

                if (d != s0 && gh[b0] == d)
                {
                    shift++;
                }
            }
        }

        var lostChildren = 0;
        if (s0 >= 0)
        {
            for (var d = b0; d < n; d++)
            {
                if (gh[d] == s0)
                {
                    lostChildren++;
                }
            }
        }

        var left = s0 >= 0 ? lostChildren + (gh[s0] != b0 && (gh[s0] == s1 || gh[s0] > b0) ? 1 : 0) : Invalid;
        var right = s1 >= 0 ? lostChildren + (gh[s0] >= b0 ? 1 : 0) : Invalid;

        costs[ParseState.Shift] = shift;
        var min = shift;
        for (var l = 0; l < labelCount; l++)
        {
            var isRoot = l == rootLabel;
            var leftMove = 1 + l;
            var rightMove = 1 + labelCount + l;
            costs[leftMove] = left == Invalid || !st.CanLeft(isRoot) ? Invalid : left + (gh[s0] == b0 && gl[s0] != l ? 1 : 0);
            costs[rightMove] = right == Invalid || !st.CanRight(isRoot) ? Invalid : right + (gh[s0] == s1 && gl[s0] != l ? 1 : 0);
            min = Math.Min(min, Math.Min(costs[leftMove], costs[rightMove]));
        }

        return min;
    }
}
