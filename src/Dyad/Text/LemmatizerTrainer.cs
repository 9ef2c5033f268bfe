namespace Dyad.Text;

/// <summary>
/// Derives the lemmatizer's tables from a treebank: the most frequent lemma of every (form, XPOS) seen, and
/// "strip k, append s" suffix rules counted over distinct words so that frequent words do not drown the pattern.
/// </summary>
internal static class LemmatizerTrainer
{
    /// <summary>Longest form suffix a rule is keyed on.</summary>
    public const int MaxSuffix = 5;

    /// <summary>A rule seen on fewer distinct words than this is used only when its lemma is a known word.</summary>
    private const int ConfidentTypes = 2;

    public static Lemmatizer Train(IEnumerable<ConlluSentence> sentences)
    {
        // (lower form, xpos) -> variant (normalised exact form) -> lemma -> count
        var words = new Dictionary<(string Lower, string Xpos), Dictionary<string, Dictionary<string, int>>>();
        var types = new HashSet<(string Form, string Xpos, string Lemma)>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                var form = Lemmatizer.Normalize(sentence.Forms[i]);
                var xpos = sentence.Xpos[i];
                var lemma = sentence.Lemmas[i];
                var key = (form.ToLowerInvariant(), xpos);
                if (!words.TryGetValue(key, out var variants))
                {
                    words[key] = variants = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
                }

                if (!variants.TryGetValue(form, out var lemmas))
                {
                    variants[form] = lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                lemmas[lemma] = lemmas.GetValueOrDefault(lemma) + 1;
                types.Add((form, xpos, lemma));
            }
        }

        return new Lemmatizer(BuildWords(words), BuildRules(types, out var keepCase, out var known), known, keepCase);
    }

    private static Dictionary<string, LemmaEntry[]> BuildWords(
        Dictionary<(string Lower, string Xpos), Dictionary<string, Dictionary<string, int>>> words)
    {
        var byForm = new Dictionary<string, List<LemmaEntry>>(StringComparer.Ordinal);
        foreach (var ((lower, xpos), variants) in words)
        {
            var pooled = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var lemmas in variants.Values)
            {
                foreach (var (lemma, n) in lemmas)
                {
                    pooled[lemma] = pooled.GetValueOrDefault(lemma) + n;
                }
            }

            var common = MostFrequent(pooled);
            if (!byForm.TryGetValue(lower, out var entries))
            {
                byForm[lower] = entries = [];
            }

            // A spelling only needs its own entry when it disagrees with the case-blind majority ("US" vs "us").
            foreach (var (variant, lemmas) in variants)
            {
                var own = MostFrequent(lemmas);
                if (own != common)
                {
                    entries.Add(new LemmaEntry(xpos, variant, own));
                }
            }

            entries.Add(new LemmaEntry(xpos, null, common));
        }

        return byForm.ToDictionary(p => p.Key, p => Sorted(p.Value), StringComparer.OrdinalIgnoreCase);
    }

    private static Dictionary<string, SuffixRule> BuildRules(
        HashSet<(string Form, string Xpos, string Lemma)> types, out HashSet<string> keepCase, out HashSet<string> known)
    {
        var edits = new Dictionary<string, Dictionary<(int Strip, string Append), int>>(StringComparer.Ordinal);
        var casing = new Dictionary<string, (int Lower, int Keep)>(StringComparer.Ordinal);
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (form, xpos, lemma) in types)
        {
            var lowerForm = form.ToLowerInvariant();
            var lowerLemma = lemma.ToLowerInvariant();
            var same = CommonPrefix(lowerForm, lowerLemma);
            var edit = (lowerForm.Length - same, lowerLemma[same..]);
            for (var k = 0; k <= MaxSuffix && k < lowerForm.Length; k++)
            {
                var key = Lemmatizer.RuleKey(xpos, lowerForm.AsSpan(lowerForm.Length - k));
                if (!edits.TryGetValue(key, out var counts))
                {
                    edits[key] = counts = [];
                }

                counts[edit] = counts.GetValueOrDefault(edit) + 1;
            }

            var caseKey = Lemmatizer.CaseKey(xpos, Lemmatizer.ShapeOf(form));
            var (lower, keep) = casing.GetValueOrDefault(caseKey);
            if (lemma == lowerLemma)
            {
                lower++;
            }
            else if (lemma.AsSpan(0, same).SequenceEqual(form.AsSpan(0, same)))
            {
                keep++;
            }

            casing[caseKey] = (lower, keep);
            lemmas.Add(Lemmatizer.KnownKey(xpos, lowerLemma));
        }

        var best = new Dictionary<string, SuffixRule>(StringComparer.Ordinal);
        foreach (var (key, counts) in edits)
        {
            best[key] = Best(counts);
        }

        // A longer suffix that only repeats its parent's edit changes no outcome, so it is left out.
        var rules = new Dictionary<string, SuffixRule>(StringComparer.Ordinal);
        foreach (var (key, rule) in best)
        {
            var cut = key.IndexOf(Lemmatizer.Separator, StringComparison.Ordinal);
            if (cut < key.Length - 1)
            {
                var parent = best[string.Concat(key.AsSpan(0, cut + 1), key.AsSpan(cut + 2))];
                if (parent.Strip == rule.Strip && parent.Append == rule.Append)
                {
                    continue;
                }
            }

            rules[key] = rule;
        }

        keepCase = casing.Where(p => p.Value.Keep > p.Value.Lower).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        known = lemmas.ToHashSet(StringComparer.Ordinal);
        return rules.ToDictionary(StringComparer.Ordinal);
    }

    private static SuffixRule Best(Dictionary<(int Strip, string Append), int> counts)
    {
        (int Strip, string Append) best = (0, "");
        var bestCount = -1;
        var total = 0;
        foreach (var (edit, n) in counts)
        {
            total += n;
            if (n > bestCount || (n == bestCount && Before(edit, best)))
            {
                best = edit;
                bestCount = n;
            }
        }

        return new SuffixRule(best.Strip, best.Append, total >= ConfidentTypes);
    }

    /// <summary>The most frequent key; ties go to the ordinally smaller one so training is deterministic.</summary>
    private static string MostFrequent(Dictionary<string, int> counts)
    {
        string? best = null;
        var bestCount = -1;
        foreach (var (key, n) in counts)
        {
            if (n > bestCount || (n == bestCount && string.CompareOrdinal(key, best) < 0))
            {
                best = key;
                bestCount = n;
            }
        }

        return best!;
    }

    private static bool Before((int Strip, string Append) a, (int Strip, string Append) b) =>
        a.Strip != b.Strip ? a.Strip < b.Strip : string.CompareOrdinal(a.Append, b.Append) < 0;

    private static LemmaEntry[] Sorted(List<LemmaEntry> entries)
    {
        // Spelling-specific entries come before the case-blind one of the same tag, so the first match wins.
        entries.Sort((a, b) =>
        {
            var byTag = string.CompareOrdinal(a.Xpos, b.Xpos);
            if (byTag != 0)
            {
                return byTag;
            }

            var byGenerality = (a.Variant is null).CompareTo(b.Variant is null);
            return byGenerality != 0 ? byGenerality : string.CompareOrdinal(a.Variant, b.Variant);
        });
        return [.. entries];
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && a[i] == b[i])
        {
            i++;
        }

        return i;
    }
}
