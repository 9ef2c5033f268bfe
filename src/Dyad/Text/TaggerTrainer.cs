namespace Dyad.Text;

/// <summary>Trains a <see cref="Tagger"/> from treebank sentences: averaged perceptron, shuffled epochs, a tag dictionary for frequent unambiguous words.</summary>
public static class TaggerTrainer
{
    /// <summary>Trains for <paramref name="epochs"/> passes; <paramref name="progress"/> receives (epoch, training accuracy); <paramref name="clusters"/> adds word-class features.</summary>
    public static Tagger Train(IReadOnlyList<ConlluSentence> sentences, int epochs = 10, int seed = 1, Action<int, double>? progress = null, WordClusters? clusters = null)
    {
        clusters ??= WordClusters.Empty;
        var classIndex = new Dictionary<(string, string), int>();
        var upos = new List<string>();
        var xpos = new List<string>();
        var gold = new int[sentences.Count][];
        var words = new WordFeatures[sentences.Count][];
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        var lowerCounts = new Dictionary<ulong, Dictionary<int, int>>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            gold[s] = new int[sentence.Length];
            words[s] = new WordFeatures[sentence.Length];
            for (var i = 0; i < sentence.Length; i++)
            {
                var key = (sentence.Upos[i], sentence.Xpos[i]);
                if (!classIndex.TryGetValue(key, out var c))
                {
                    c = classIndex[key] = upos.Count;
                    upos.Add(key.Item1);
                    xpos.Add(key.Item2);
                }

                gold[s][i] = c;
                Count(counts, FeatureHash.Exact(sentence.Forms[i]), c);
                Count(lowerCounts, FeatureHash.Lower(sentence.Forms[i]), c);
            }
        }

        var tagDictionary = new Dictionary<ulong, int>();
        foreach (var (word, byTag) in counts)
        {
            var total = 0;
            var best = -1;
            var bestCount = 0;
            foreach (var (tag, count) in byTag)
            {
                total += count;
                if (count > bestCount)
                {
                    (best, bestCount) = (tag, count);
                }
            }

            if (total >= 20 && bestCount >= total * 0.995)
            {
                tagDictionary[word] = best;
            }
        }

        var ambiguity = new Dictionary<ulong, ulong>();
        foreach (var (word, byTag) in lowerCounts)
        {
            var hash = AmbiguityClass(byTag, upos.Count, -1);
            if (hash != 0)
            {
                ambiguity[word] = hash;
            }
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            for (var i = 0; i < sentences[s].Length; i++)
            {
                // Leave this occurrence out of its word's class, as if the word were met in new text.
                var lower = FeatureHash.Lower(sentences[s].Forms[i]);
                var own = AmbiguityClass(lowerCounts[lower], upos.Count, gold[s][i]);
                var plain = WordFeatures.Of(sentences[s].Forms[i], i == 0, null, clusters);
                words[s][i] = plain with { Tags = own == 0 ? 2 : own };
            }
        }

        var trainer = new PerceptronTrainer(upos.Count);
        var order = new int[sentences.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new Random(seed);
        Span<ulong> features = stackalloc ulong[Tagger.MaxFeatures];
        var scores = new float[upos.Count];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long right = 0;
            long seen = 0;
            foreach (var s in order)
            {
                var w = words[s];
                var g = gold[s];
                var tags = new int[w.Length];
                for (var i = 0; i < w.Length; i++)
                {
                    if (tagDictionary.TryGetValue(w[i].Exact, out var known))
                    {
                        tags[i] = known;
                        continue;
                    }

                    var count = Tagger.Extract(w, tags, i, features);
                    trainer.Score(features[..count], scores);
                    var guess = Tagger.ArgMax(scores);
                    if (guess != g[i])
                    {
                        trainer.Update(features[..count], g[i], guess);
                    }
                    else
                    {
                        right++;
                    }

                    seen++;
                    trainer.Tick();
                    tags[i] = guess;
                }
            }

            progress?.Invoke(epoch, seen == 0 ? 1 : (double)right / seen);
        }

        return new Tagger(trainer.Average(), [.. upos], [.. xpos], tagDictionary, ambiguity, clusters);
    }

    /// <summary>
    /// Tags every sentence with a tagger trained on the other folds (jackknifing), so that a parser trained on the
    /// result sees tags as noisy as those it will meet in new text. Folds train in parallel.
    /// </summary>
    public static (string Upos, string Xpos)[][] Jackknife(IReadOnlyList<ConlluSentence> sentences, int folds = 5, int epochs = 10, WordClusters? clusters = null)
    {
        var result = new (string, string)[sentences.Count][];
        Parallel.For(0, folds, fold =>
        {
            var training = new List<ConlluSentence>(sentences.Count);
            for (var s = 0; s < sentences.Count; s++)
            {
                if (s % folds != fold)
                {
                    training.Add(sentences[s]);
                }
            }

            var tagger = Train(training, epochs, clusters: clusters);
            for (var s = fold; s < sentences.Count; s += folds)
            {
                var sentence = sentences[s];
                var words = new WordFeatures[sentence.Length];
                for (var i = 0; i < words.Length; i++)
                {
                    words[i] = tagger.Features(sentence.Forms[i], i == 0);
                }

                var tags = new int[sentence.Length];
                tagger.Tag(words, tags);
                var pairs = new (string, string)[sentence.Length];
                for (var i = 0; i < pairs.Length; i++)
                {
                    pairs[i] = (tagger.Upos[tags[i]], tagger.Xpos[tags[i]]);
                }

                result[s] = pairs;
            }
        });

        return result;
    }

    // The hash of the tags a word takes in at least 1 % of its (at least 3) occurrences; 0 when too rare.
    private static ulong AmbiguityClass(Dictionary<int, int> byTag, int classCount, int leaveOut)
    {
        var total = 0;
        foreach (var count in byTag.Values)
        {
            total += count;
        }

        total -= leaveOut >= 0 ? 1 : 0;
        if (total < 3)
        {
            return 0;
        }

        var hash = 17UL;
        for (var t = 0; t < classCount; t++)
        {
            var count = byTag.GetValueOrDefault(t) - (t == leaveOut ? 1 : 0);
            if (count > 0 && count * 100 >= total)
            {
                hash = FeatureHash.Combine(hash, (ulong)t + 2);
            }
        }

        return hash;
    }

    private static void Count(Dictionary<ulong, Dictionary<int, int>> counts, ulong word, int tag)
    {
        if (!counts.TryGetValue(word, out var byTag))
        {
            counts[word] = byTag = [];
        }

        byTag[tag] = byTag.GetValueOrDefault(tag) + 1;
    }
}
