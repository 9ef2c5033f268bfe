using System.Diagnostics;
using System.Threading.Channels;
using Dyad.Coding;
using Dyad.Domain;
using Dyad.Ingest;

namespace Dyad.Store;

/// <summary>Running totals of an ingest, reported after each commit and at the end.</summary>
public sealed record IngestTotals
{
    /// <summary>Articles read from the inputs.</summary>
    public int Read { get; init; }

    /// <summary>Articles skipped before coding: already in the store or repeated in this run.</summary>
    public int AlreadyStored { get; init; }

    /// <summary>Articles newly stored.</summary>
    public int Stored { get; init; }

    /// <summary>Sentences coded.</summary>
    public long Sentences { get; init; }

    /// <summary>Event reports (mentions) stored.</summary>
    public long Mentions { get; init; }

    /// <summary>Events new to the store.</summary>
    public long NewEvents { get; init; }

    /// <summary>Reports merged into events the store already had.</summary>
    public long MergedEvents { get; init; }

    /// <summary>Transactions committed.</summary>
    public int Commits { get; init; }

    /// <summary>Time since the start.</summary>
    public TimeSpan Elapsed { get; init; }
}

/// <summary>
/// <c>dyad ingest</c>'s pipeline: reads articles, skips those already stored, codes the rest on this thread and
/// saves them in batches on a writer thread, each batch one transaction. A run killed at any point leaves whole
/// batches behind, so running it again stores what is missing and counts nothing twice.
/// </summary>
public sealed class Ingestion(EventStore store, ArticleCoder coder, string knowledgeVersion)
{
    /// <summary>Articles per transaction.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Longest time coded articles wait for their batch to fill.</summary>
    public TimeSpan MaxBatchDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Called on the writer thread after each commit with the totals so far.</summary>
    public Action<IngestTotals>? Committed { get; init; }

    /// <summary>Called for each input problem (the run goes on).</summary>
    public Action<ReadProblem>? Problem { get; init; }

    /// <summary>Ingests every item; returns the totals once everything coded is committed.</summary>
    public IngestTotals Run(IEnumerable<ReadItem> items, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var channel = Channel.CreateBounded<List<CodedArticle>>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        var totals = new IngestTotals();
        var gate = new object();
        // Not cancelled with the reader: what was coded before Ctrl+C is still committed.
        var writer = Task.Run(
            () =>
        {
            try
            {
                foreach (var batch in channel.Reader.ReadAllAsync().ToBlockingEnumerable())
                {
                    var saved = store.Save(batch, knowledgeVersion);
                    IngestTotals now;
                    lock (gate)
                    {
                        totals = totals with
                        {
                            Stored = totals.Stored + saved.Articles,
                            AlreadyStored = totals.AlreadyStored + saved.Duplicates,
                            Mentions = totals.Mentions + saved.Mentions,
                            NewEvents = totals.NewEvents + saved.NewEvents,
                            MergedEvents = totals.MergedEvents + saved.MergedEvents,
                            Commits = totals.Commits + 1,
                            Elapsed = clock.Elapsed,
                        };
                        now = totals;
                    }

                    Committed?.Invoke(now);
                }
            }
            catch (Exception e)
            {
                // Closing the channel with the error wakes a reader blocked on a full channel.
                channel.Writer.TryComplete(e);
                throw;
            }
        },
            CancellationToken.None);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<CodedArticle>(BatchSize);
        var batchStarted = Stopwatch.StartNew();

        void Send()
        {
            if (batch.Count > 0)
            {
                // A failed writer surfaces here instead of the reader blocking on a full channel forever.
                if (writer.IsFaulted)
                {
                    writer.GetAwaiter().GetResult();
                }

                try
                {
                    channel.Writer.WriteAsync(batch, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                }
                catch (ChannelClosedException)
                {
                    writer.GetAwaiter().GetResult();
                    throw;
                }
                batch = new List<CodedArticle>(BatchSize);
            }

            batchStarted.Restart();
        }

        var pending = new List<Article>(BatchSize);

        // Articles are looked up a group at a time (three queries per group), then the new ones coded.
        void CodePending(ArticleLookup lookup)
        {
            var stored = lookup.StoredAmong(pending);
            for (var i = 0; i < pending.Count && !cancellation.IsCancellationRequested; i++)
            {
                if (stored.Contains(i))
                {
                    lock (gate)
                    {
                        totals = totals with { AlreadyStored = totals.AlreadyStored + 1 };
                    }

                    continue;
                }

                var events = coder.Code(pending[i]);
                lock (gate)
                {
                    totals = totals with { Sentences = totals.Sentences + coder.LastSentenceCount };
                }

                batch.Add(new CodedArticle(pending[i], events, coder.LastSentenceCount));
                if (batch.Count >= BatchSize || batchStarted.Elapsed >= MaxBatchDelay)
                {
                    Send();
                }
            }

            pending.Clear();
        }

        try
        {
            using var lookup = store.OpenLookup();
            foreach (var item in items)
            {
                if (cancellation.IsCancellationRequested || writer.IsFaulted)
                {
                    break;
                }

                if (item is ReadProblem problem)
                {
                    Problem?.Invoke(problem);
                    continue;
                }

                var article = ((ArticleRead)item).Article;
                lock (gate)
                {
                    totals = totals with { Read = totals.Read + 1 };
                }

                if (seen.Count > 200_000)
                {
                    // Only the batches in flight need this set (the lookup sees committed ones); the store's own
                    // uniqueness catches anything that slips past, so forgetting keeps memory flat safely.
                    seen.Clear();
                }

                var newText = seen.Add(ArticleId.FromText(article.Text));
                var newId = seen.Add("id:" + article.Id);
                var newUrl = string.IsNullOrWhiteSpace(article.Url) || seen.Add("url:" + article.Url.Trim());
                if (!newText || !newId || !newUrl)
                {
                    lock (gate)
                    {
                        totals = totals with { AlreadyStored = totals.AlreadyStored + 1 };
                    }

                    continue;
                }

                pending.Add(article);
                if (pending.Count >= BatchSize)
                {
                    CodePending(lookup);
                }
            }

            CodePending(lookup);
            Send();
        }
        finally
        {
            channel.Writer.TryComplete();
            writer.GetAwaiter().GetResult();
        }

        lock (gate)
        {
            return totals with { Elapsed = clock.Elapsed };
        }
    }
}
