using Dyad.Domain;

namespace Dyad.Coding;

/// <summary>An event reduced to what is scored: actor codes, CAMEO code, day, and the sentence to show it by.</summary>
/// <param name="Target">The target's code, empty when the event has none.</param>
public sealed record ScoredEvent(string Source, string Target, string Cameo, DateOnly? Date, string? Sentence = null)
{
    /// <summary>The source's country: the first three letters of its code (<c>IGO</c> for an IGO).</summary>
    public string SourceCountry => Country(Source);

    /// <summary>The target's country, empty when there is no target.</summary>
    public string TargetCountry => Country(Target);

    /// <summary>The CAMEO root, the first two digits.</summary>
    public string Root => Cameo.Length >= 2 ? Cameo[..2] : Cameo;

    /// <summary>The key of the coarse level: source country, target country, root.</summary>
    public (string Source, string Target, string Root) DyadRoot => (SourceCountry, TargetCountry, Root);

    /// <summary>The key of the strict level: full source code, full target code, full CAMEO code.</summary>
    public (string Source, string Target, string Cameo) Full => (Source, Target, Cameo);

    /// <summary>A coder's event as scored.</summary>
    public static ScoredEvent Of(Event e) => new(e.Source.Code, e.Target?.Code ?? "", e.Code.Value, e.Date, e.Sentence);

    /// <summary>A gold event as scored.</summary>
    public static ScoredEvent Of(GoldEvent e) => new(e.Source, e.Target ?? "", e.Cameo, e.Date, e.Sentence);

    /// <summary>One line for people: <c>PERGOV → USAGOV 043 2012-10-05</c>.</summary>
    public override string ToString() =>
        $"{Source} → {(Target.Length == 0 ? "-" : Target)} {Cameo} {(Date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "no date")}";

    private static string Country(string code) => code.Length > 3 ? code[..3] : code;
}

/// <summary>Counts at one level of strictness, with precision, recall and F1 in percent (null when undefined).</summary>
public sealed record LevelScore(int Gold, int Predicted, int TruePositives)
{
    /// <summary>Predicted events with no gold counterpart.</summary>
    public int FalsePositives => Predicted - TruePositives;

    /// <summary>Gold events the coder missed.</summary>
    public int FalseNegatives => Gold - TruePositives;

    /// <summary>TP / predicted, in percent; null when nothing was predicted.</summary>
    public double? Precision => Predicted == 0 ? null : 100.0 * TruePositives / Predicted;

    /// <summary>TP / gold, in percent; null when there is no gold.</summary>
    public double? Recall => Gold == 0 ? null : 100.0 * TruePositives / Gold;

    /// <summary>Harmonic mean of precision and recall; an undefined side counts as 0 when the other is defined.</summary>
    public double? F1
    {
        get
        {
            if (Precision is null && Recall is null)
            {
                return null;
            }

            // Predicting nothing against gold (or something against none) is a failure, not an undefined score.
            var p = Precision ?? 0;
            var r = Recall ?? 0;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}

/// <summary>The dyad+root scores of one CAMEO root.</summary>
public sealed record RootScore(string Root, LevelScore Score);

/// <summary>How often sentences with one phenomenon were coded exactly right (dyad+root multisets equal).</summary>
public sealed record PhenomenonScore(string Phenomenon, int Sentences, int Exact)
{
    /// <summary>Exact / sentences, in percent.</summary>
    public double? Accuracy => Sentences == 0 ? null : 100.0 * Exact / Sentences;
}

/// <summary>
/// A document the coder got wrong: missed gold events, extra predictions, and matched pairs (same dyad and
/// root) that still differ in full code or date.
/// </summary>
/// <param name="Text">The sentence, for sentence gold; null for a story, whose events carry their own sentence.</param>
public sealed record DocumentErrors(
    string Id,
    string Origin,
    string? Text,
    IReadOnlyList<ScoredEvent> Gold,
    IReadOnlyList<ScoredEvent> Predicted,
    IReadOnlyList<ScoredEvent> FalseNegatives,
    IReadOnlyList<ScoredEvent> FalsePositives,
    IReadOnlyList<(ScoredEvent Gold, ScoredEvent Predicted)> Mismatches);

/// <summary>The scores of a run over gold documents.</summary>
/// <param name="DyadRoot">Matched on source country, target country and CAMEO root.</param>
/// <param name="Full">Matched on full source code, full target code and full CAMEO code.</param>
/// <param name="Roots">Dyad+root scores per root, 01 to 20.</param>
/// <param name="Sentences">Documents of sentence gold.</param>
/// <param name="ExactSentences">Of those, the ones whose dyad+root multiset equals the gold's.</param>
/// <param name="DatesRight">Dyad+root matches whose predicted day equals the gold day.</param>
public sealed record EventScore(
    int Documents,
    LevelScore DyadRoot,
    LevelScore Full,
    IReadOnlyList<RootScore> Roots,
    IReadOnlyList<PhenomenonScore> Phenomena,
    int Sentences,
    int ExactSentences,
    int DatesRight,
    IReadOnlyList<DocumentErrors> Errors)
{
    /// <summary>Dated correctly among dyad+root matches, in percent; null when nothing matched.</summary>
    public double? DateAccuracy => DyadRoot.TruePositives == 0 ? null : 100.0 * DatesRight / DyadRoot.TruePositives;
}

/// <summary>
/// Compares predicted events with gold, document by document, as multisets: an event predicted twice
/// matches two gold events, not one. Add documents, then take the <see cref="Score"/>.
/// </summary>
public sealed class EventScorer
{
    private static readonly string[] AllRoots = [.. Enumerable.Range(1, 20).Select(r => r.ToString("00", System.Globalization.CultureInfo.InvariantCulture))];

    private readonly Dictionary<string, (int Gold, int Predicted, int Tp)> roots = AllRoots.ToDictionary(r => r, _ => (0, 0, 0), StringComparer.Ordinal);
    private readonly Dictionary<string, (int Sentences, int Exact)> phenomena = new(StringComparer.Ordinal);
    private readonly List<DocumentErrors> errors = [];
    private int documents, gold, predicted, tp, fullTp, datesRight, sentences, exactSentences;

    /// <summary>Scores the coder's events for one gold document.</summary>
    public void Add(GoldDocument document, IReadOnlyList<Event> events) =>
        Add(
            document.Id,
            document.Origin,
            document.Format == GoldFormat.Sentences ? document.Article.Text : null,
            [.. document.Events.Select(ScoredEvent.Of)],
            [.. events.Select(ScoredEvent.Of)],
            document.Phenomena);

    /// <summary>Scores <paramref name="predictions"/> against <paramref name="expected"/> for one document.</summary>
    /// <param name="text">The sentence, for sentence gold (which is scored per phenomenon too); null for a story.</param>
    public void Add(string id, string origin, string? text, IReadOnlyList<ScoredEvent> expected, IReadOnlyList<ScoredEvent> predictions, IReadOnlyList<string>? phenomena = null)
    {
        documents++;
        gold += expected.Count;
        predicted += predictions.Count;
        foreach (var e in expected)
        {
            Bump(e.Root, g: 1);
        }

        foreach (var e in predictions)
        {
            Bump(e.Root, p: 1);
        }

        var pairs = Pair(expected, predictions, out var missed, out var extra);
        tp += pairs.Count;
        foreach (var (g, _) in pairs)
        {
            Bump(g.Root, hits: 1);
        }

        datesRight += pairs.Count(p => p.Gold.Date is { } d && p.Predicted.Date == d);
        fullTp += MultisetOverlap(expected.Select(e => e.Full), predictions.Select(e => e.Full));

        var exact = missed.Count == 0 && extra.Count == 0;
        if (text is not null)
        {
            sentences++;
            exactSentences += exact ? 1 : 0;
            foreach (var name in (phenomena ?? []).Distinct(StringComparer.Ordinal))
            {
                var (n, right) = this.phenomena.GetValueOrDefault(name);
                this.phenomena[name] = (n + 1, right + (exact ? 1 : 0));
            }
        }

        var mismatches = pairs.Where(p => p.Gold.Full != p.Predicted.Full || p.Gold.Date != p.Predicted.Date).ToList();
        if (!exact || mismatches.Count > 0)
        {
            errors.Add(new DocumentErrors(id, origin, text, expected, predictions, missed, extra, mismatches));
        }
    }

    /// <summary>The scores of every document added so far.</summary>
    public EventScore Score() => new(
        documents,
        new LevelScore(gold, predicted, tp),
        new LevelScore(gold, predicted, fullTp),
        [.. AllRoots.Select(r => new RootScore(r, new LevelScore(roots[r].Gold, roots[r].Predicted, roots[r].Tp)))],
        [.. phenomena.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new PhenomenonScore(p.Key, p.Value.Sentences, p.Value.Exact))],
        sentences,
        exactSentences,
        datesRight,
        [.. errors]);

    private void Bump(string root, int g = 0, int p = 0, int hits = 0)
    {
        // A malformed predicted code has no root row; it still counts in the totals.
        if (roots.TryGetValue(root, out var row))
        {
            roots[root] = (row.Gold + g, row.Predicted + p, row.Tp + hits);
        }
    }

    /// <summary>
    /// Pairs gold and predicted events with the same dyad and root. Within such a group any pairing gives the
    /// same counts, so pairs that also agree on the day (then on the full code) are made first: the date
    /// accuracy and the error list then show the coder at its best, not at the mercy of text order.
    /// </summary>
    private static List<(ScoredEvent Gold, ScoredEvent Predicted)> Pair(
        IReadOnlyList<ScoredEvent> expected, IReadOnlyList<ScoredEvent> predictions, out List<ScoredEvent> missed, out List<ScoredEvent> extra)
    {
        var pairs = new List<(ScoredEvent, ScoredEvent)>();
        var openGold = expected.ToList();
        var openPredicted = predictions.ToList();
        Func<ScoredEvent, ScoredEvent, bool>[] passes =
        [
            (g, p) => g.Full == p.Full && g.Date == p.Date,
            (g, p) => g.DyadRoot == p.DyadRoot && g.Date == p.Date,
            (g, p) => g.Full == p.Full,
            (g, p) => g.DyadRoot == p.DyadRoot,
        ];
        foreach (var agree in passes)
        {
            for (var i = 0; i < openPredicted.Count; i++)
            {
                var p = openPredicted[i];
                var j = openGold.FindIndex(g => agree(g, p));
                if (j < 0)
                {
                    continue;
                }

                pairs.Add((openGold[j], p));
                openGold.RemoveAt(j);
                openPredicted.RemoveAt(i);
                i--;
            }
        }

        missed = openGold;
        extra = openPredicted;
        return pairs;
    }

    private static int MultisetOverlap<T>(IEnumerable<T> expected, IEnumerable<T> predictions)
        where T : notnull
    {
        var counts = new Dictionary<T, int>();
        foreach (var key in expected)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var overlap = 0;
        foreach (var key in predictions)
        {
            if (counts.GetValueOrDefault(key) > 0)
            {
                counts[key]--;
                overlap++;
            }
        }

        return overlap;
    }
}
