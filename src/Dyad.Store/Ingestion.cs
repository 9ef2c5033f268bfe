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
    private readonly EventStore store = store;
    private readonly ArticleCoder coder = coder;
    private readonly string knowledgeVersion = knowledgeVersion;

    /// <summary>Articles per transaction.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Longest time coded articles wait for their batch to fill.</summary>
    public TimeSpan MaxBatchDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Called on the writer thread after each commit with the totals so far.</summary>
    public Action<IngestTotals>? Committed { get; init; }

    /// <summary>Called for each input problem (the run goes on).</summary>
    public Action<ReadProblem>? Problem { get; init; }

    /// <summary>Ingests every item; returns the totals once everything coded is committed.</summary>
    public IngestTotals Run(IEnumerable<ReadItem> items, CancellationToken cancellation = default) =>
        new IngestRun(this, cancellation).Execute(items);

    /// <summary>One run: the reading and coding loop on the caller's thread, the writer on a task, a shared tally.</summary>
    private sealed class IngestRun(Ingestion settings, CancellationToken cancellation)
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly Channel<List<CodedArticle>> channel =
            Channel.CreateBounded<List<CodedArticle>>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });

        private readonly Lock gate = new();
        private readonly HashSet<string> seen = new(StringComparer.Ordinal);
        private readonly List<Article> pending = [];
        private readonly Stopwatch batchStarted = Stopwatch.StartNew();
        private IngestTotals totals = new();
        private List<CodedArticle> batch = [];
        private Task writer = Task.CompletedTask;

        public IngestTotals Execute(IEnumerable<ReadItem> items)
        {
            // Not cancelled with the reader: what was coded before Ctrl+C is still committed.
            writer = Task.Run(WriteBatches, CancellationToken.None);
            try
            {
                using var lookup = settings.store.OpenLookup();
                foreach (var item in items)
                {
                    if (cancellation.IsCancellationRequested || writer.IsFaulted)
                    {
                        break;
                    }

                    if (item is ReadProblem problem)
                    {
                        settings.Problem?.Invoke(problem);
                        continue;
                    }

                    var article = ((ArticleRead)item).Article;
                    Count(t => t with { Read = t.Read + 1 });
                    if (!FirstTimeInThisRun(article))
                    {
                        Count(t => t with { AlreadyStored = t.AlreadyStored + 1 });
                        continue;
                    }

                    pending.Add(article);
                    if (pending.Count >= settings.BatchSize)
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

            return Count(t => t with { Elapsed = clock.Elapsed });
        }

        /// <summary>False for a copy (same text, id or URL) of an article read earlier in this run.</summary>
        private bool FirstTimeInThisRun(Article article)
        {
            if (seen.Count > 200_000)
            {
                // Only the batches in flight need this set (the lookup sees committed ones); the store's own
                // uniqueness catches anything that slips past, so forgetting keeps memory flat safely.
                seen.Clear();
            }

            var newText = seen.Add(ArticleId.FromText(article.Text));
            var newId = seen.Add("id:" + article.Id);
            var newUrl = string.IsNullOrWhiteSpace(article.Url) || seen.Add("url:" + article.Url.Trim());
            return newText && newId && newUrl;
        }

        /// <summary>Looks the pending articles up in one go (three queries), then codes those the store lacks.</summary>
        private void CodePending(ArticleLookup lookup)
        {
            var stored = lookup.StoredAmong(pending);
            for (var i = 0; i < pending.Count && !cancellation.IsCancellationRequested; i++)
            {
                if (stored.Contains(i))
                {
                    Count(t => t with { AlreadyStored = t.AlreadyStored + 1 });
                    continue;
                }

                var coder = settings.coder;
                var events = coder.Code(pending[i]);
                var sentences = coder.LastSentenceCount;
                Count(t => t with { Sentences = t.Sentences + sentences });
                batch.Add(new CodedArticle(pending[i], events, sentences));
                if (batch.Count >= settings.BatchSize || batchStarted.Elapsed >= settings.MaxBatchDelay)
                {
                    Send();
                }
            }

            pending.Clear();
        }

        /// <summary>Hands the coded batch to the writer, waiting while four batches are queued.</summary>
        private void Send()
        {
            if (batch.Count > 0)
            {
                try
                {
                    channel.Writer.WriteAsync(batch, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                }
                catch (ChannelClosedException)
                {
                    // The writer failed and closed the channel: its error is the one to report.
                    writer.GetAwaiter().GetResult();
                    throw;
                }

                batch = [];
            }

            batchStarted.Restart();
        }

        /// <summary>Saves each batch in one transaction and reports the totals after each commit.</summary>
        private void WriteBatches()
        {
            try
            {
                foreach (var next in channel.Reader.ReadAllAsync().ToBlockingEnumerable())
                {
                    var saved = settings.store.Save(next, settings.knowledgeVersion);
                    var now = Count(t => t with
                    {
                        Stored = t.Stored + saved.Articles,
                        AlreadyStored = t.AlreadyStored + saved.Duplicates,
                        Mentions = t.Mentions + saved.Mentions,
                        NewEvents = t.NewEvents + saved.NewEvents,
                        MergedEvents = t.MergedEvents + saved.MergedEvents,
                        Commits = t.Commits + 1,
                        Elapsed = clock.Elapsed,
                    });
                    settings.Committed?.Invoke(now);
                }
            }
            catch (Exception e)
            {
                // Closing the channel with the error wakes a reader blocked on a full channel.
                channel.Writer.TryComplete(e);
                throw;
            }
        }

        /// <summary>Updates the totals shared by the two threads; returns them as updated.</summary>
        private IngestTotals Count(Func<IngestTotals, IngestTotals> update)
        {
            lock (gate)
            {
                return totals = update(totals);
            }
        }
    }
}
