using Dyad.Coding;

namespace Dyad.Store;

/// <summary>What a re-code found and did.</summary>
public sealed record RecodeTotals(int Articles, int Changed, int Added, int Removed, int Recoded, int Unchanged);

/// <summary>
/// <c>dyad recode</c>: codes stored articles again with the current knowledge and replaces the events of each article
/// whose coding changed, one transaction per article, so a store is never left with an article half re-coded and a
/// stopped re-code resumes where it was (articles already done carry the new knowledge version).
/// </summary>
public sealed class Recoder(EventStore store, ArticleCoder coder, string knowledgeVersion)
{
    /// <summary>Re-code every article, not only those coded with other knowledge.</summary>
    public bool All { get; init; }

    /// <summary>Count the changes without writing them.</summary>
    public bool DryRun { get; init; }

    /// <summary>Called after each article with the totals so far.</summary>
    public Action<RecodeTotals>? Progress { get; init; }

    /// <summary>Re-codes the store; returns the totals.</summary>
    public RecodeTotals Run(CancellationToken cancellation = default)
    {
        var totals = new RecodeTotals(0, 0, 0, 0, 0, 0);
        foreach (var article in store.ArticlesToRecode(knowledgeVersion, All))
        {
            if (cancellation.IsCancellationRequested)
            {
                break;
            }

            var events = coder.Code(article);
            var sentences = coder.LastSentenceCount;
            var old = store.ReportsOf(article.Id);
            var fresh = new List<(int Sentence, int Start, int End, string Key)>(events.Count);
            foreach (var e in events)
            {
                fresh.Add((e.SentenceIndex, e.SpanStart, e.SpanEnd, EventKey.Of(e)));
            }

            var (added, removed, recoded, unchanged) = Compare(old, fresh);
            var changed = added + removed + recoded > 0;
            if (!DryRun)
            {
                if (changed)
                {
                    store.Replace(article, events, sentences, knowledgeVersion);
                }
                else
                {
                    store.MarkCoded(article.Id, knowledgeVersion);
                }
            }

            totals = new RecodeTotals(
                totals.Articles + 1,
                totals.Changed + (changed ? 1 : 0),
                totals.Added + added,
                totals.Removed + removed,
                totals.Recoded + recoded,
                totals.Unchanged + unchanged);
            Progress?.Invoke(totals);
        }

        return totals;
    }

    /// <summary>
    /// Matches old and new reports: identical ones are unchanged; at a span both codings report, a differing event is
    /// re-coded; the rest were added or removed.
    /// </summary>
    internal static (int Added, int Removed, int Recoded, int Unchanged) Compare(
        List<(int Sentence, int Start, int End, string Key)> old, List<(int Sentence, int Start, int End, string Key)> fresh)
    {
        var left = new List<(int Sentence, int Start, int End, string Key)>(old);
        var unmatched = new List<(int Sentence, int Start, int End, string Key)>();
        var unchanged = 0;
        foreach (var report in fresh)
        {
            if (left.Remove(report))
            {
                unchanged++;
            }
            else
            {
                unmatched.Add(report);
            }
        }

        var recoded = 0;
        foreach (var report in unmatched.ToArray())
        {
            var i = left.FindIndex(o => o.Sentence == report.Sentence && o.Start == report.Start && o.End == report.End);
            if (i >= 0)
            {
                left.RemoveAt(i);
                unmatched.Remove(report);
                recoded++;
            }
        }

        return (unmatched.Count, left.Count, recoded, unchanged);
    }
}
