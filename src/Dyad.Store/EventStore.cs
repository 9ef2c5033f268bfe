using System.Data.Common;
using System.Globalization;
using System.Text;
using Dyad.Domain;
using Dyad.Ingest;
using DuckDB.NET.Data;
using Npgsql;

namespace Dyad.Store;

/// <summary>
/// The store: articles, merged events and their mentions in DuckDB or PostgreSQL. <see cref="Save"/> writes a batch of
/// coded articles in one transaction, storing each article once (same id, URL or normalized text) and merging its
/// events into existing ones with GDELT's NumMentions, NumSources and NumArticles.
/// </summary>
public sealed partial class EventStore : IDisposable
{
    private readonly DbConnection connection;

    private EventStore(StoreTarget target, DbConnection connection)
    {
        Target = target;
        this.connection = connection;
    }

    /// <summary>Where this store lives.</summary>
    public StoreTarget Target { get; }

    /// <summary>
    /// Opens the store, creating it when <paramref name="create"/> (a DuckDB file that does not exist is otherwise an
    /// error, so a mistyped path is not taken for an empty store); throws <see cref="StoreException"/> with a readable message.
    /// </summary>
    public static EventStore Open(StoreTarget target, bool create = true)
    {
        if (!create && target.Kind == StoreKind.DuckDb && !File.Exists(target.Display))
        {
            throw new StoreException($"{target.Display}: no store here yet; `dyad ingest` creates one (or give --db)");
        }

        var connection = Connect(target);
        var store = new EventStore(target, connection);
        try
        {
            store.EnsureSchema();
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    /// <summary>
    /// Opens an existing store without checking or creating its tables: the cheap way for a server to take a
    /// connection per request once <see cref="Open"/> has run at start-up.
    /// </summary>
    public static EventStore OpenReader(StoreTarget target) => new(target, Connect(target));

    internal static DbConnection Connect(StoreTarget target)
    {
        DbConnection connection = target.Kind == StoreKind.Postgres
            ? new NpgsqlConnection(target.ConnectionString)
            : new DuckDBConnection(target.ConnectionString);
        try
        {
            if (target.Kind == StoreKind.DuckDb && Path.GetDirectoryName(target.Display) is { Length: > 0 } folder && !Directory.Exists(folder))
            {
                throw new StoreException($"{target.Display}: the folder {folder} does not exist");
            }

            connection.Open();
            return connection;
        }
        catch (Exception e) when (e is DuckDBException or NpgsqlException or DbException or InvalidOperationException)
        {
            connection.Dispose();
            throw new StoreException(Explain(target, e), e);
        }
    }

    private static string Explain(StoreTarget target, Exception e)
    {
        var message = e.Message.Split('\n')[0];
        if (target.Kind == StoreKind.DuckDb && message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            return $"{target.Display} is open in another process; a DuckDB store has one writer at a time (use PostgreSQL, --db postgres://…, to share one store)";
        }

        if (target.Kind == StoreKind.DuckDb && message.Contains("not a valid DuckDB", StringComparison.OrdinalIgnoreCase))
        {
            return $"{target.Display} is not a DuckDB database file";
        }

        return $"cannot open the store {target.Display}: {message}";
    }

    private void EnsureSchema()
    {
        using var tx = connection.BeginTransaction();
        if (Target.Kind == StoreKind.Postgres)
        {
            // Two processes starting at once must not both create the tables.
            Sql.Execute(connection, tx, "SELECT pg_advisory_xact_lock(4242001)");
        }

        var version = TableExists(tx, "dyad_meta") ? Sql.Scalar(connection, tx, "SELECT value FROM dyad_meta WHERE key = 'schema_version'") as string : null;
        if (version is not null && version != StoreSchema.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw new StoreException($"{Target.Display} has store schema version {version}; this dyad reads version {StoreSchema.Version}");
        }

        if (version is null)
        {
            foreach (var ddl in StoreSchema.Tables)
            {
                Sql.Execute(connection, tx, ddl);
            }

            if (Target.Kind == StoreKind.Postgres)
            {
                foreach (var ddl in StoreSchema.PostgresIndexes)
                {
                    Sql.Execute(connection, tx, ddl);
                }
            }

            Sql.Execute(connection, tx, "INSERT INTO dyad_meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO NOTHING", StoreSchema.Version.ToString(CultureInfo.InvariantCulture));
        }

        tx.Commit();
    }

    private bool TableExists(DbTransaction tx, string table) =>
        Sql.Scalar(connection, tx, "SELECT count(*) FROM information_schema.tables WHERE table_name = $1 AND table_schema = current_schema()", table) is { } n
        && Convert.ToInt64(n, CultureInfo.InvariantCulture) > 0;

    /// <summary>Row counts of the three tables.</summary>
    public StoreCounts Counts()
    {
        long Count(string table) => Convert.ToInt64(Sql.Scalar(connection, null, $"SELECT count(*) FROM {table}"), CultureInfo.InvariantCulture);
        return new StoreCounts(Count("articles"), Count("events"), Count("mentions"));
    }

    /// <summary>A separate connection answering "is this article stored?" while another thread saves.</summary>
    public ArticleLookup OpenLookup() => new(Connect(Target));

    /// <summary>
    /// Stores a batch in one transaction. Articles already stored (by id, URL or normalized text) are skipped with their
    /// events; PostgreSQL deadlocks between concurrent writers are retried.
    /// </summary>
    public SaveResult Save(IReadOnlyList<CodedArticle> batch, string knowledgeVersion)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return SaveOnce(batch, knowledgeVersion);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure && attempt < 8)
            {
                Thread.Sleep(Random.Shared.Next(10, 50 * attempt));
            }
        }
    }

    private SaveResult SaveOnce(IReadOnlyList<CodedArticle> batch, string knowledgeVersion)
    {
        using var tx = connection.BeginTransaction();
        var now = DateTime.UtcNow;
        var stored = InsertArticles(tx, batch, knowledgeVersion, now);
        var (mentions, created, merged) = InsertEvents(tx, stored, now, null);
        tx.Commit();
        return new SaveResult(stored.Count, batch.Count - stored.Count, mentions, created, merged);
    }

    /// <summary>Inserts the articles not stored yet (one statement per chunk) and returns those it inserted.</summary>
    private List<CodedArticle> InsertArticles(DbTransaction tx, IReadOnlyList<CodedArticle> batch, string knowledgeVersion, DateTime now)
    {
        // Copies inside one batch are dropped here: one statement may not meet the same key twice.
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<object?[]>(batch.Count);
        var byId = new Dictionary<string, CodedArticle>(StringComparer.Ordinal);
        foreach (var coded in batch)
        {
            var a = coded.Article;
            var hash = ArticleId.FromText(a.Text);
            var url = string.IsNullOrWhiteSpace(a.Url) ? null : a.Url.Trim();
            var urlKey = StoreSchema.UrlKey(url, hash);
            if (!keys.Add("id\0" + a.Id) | !keys.Add("hash\0" + hash) | !keys.Add("url\0" + urlKey))
            {
                continue;
            }

            byId[a.Id] = coded;
            rows.Add([a.Id, url, urlKey, hash, a.Title, a.Source, a.Byline, a.Published, a.Dateline, a.Wire, a.Origin, a.Text, coded.Sentences, knowledgeVersion, now]);
        }

        var inserted = new HashSet<string>(StringComparer.Ordinal);
        InsertRows(
            tx,
            "INSERT INTO articles (id, url, url_key, text_hash, title, source, byline, published, dateline, wire, origin, text, sentences, knowledge_version, added) VALUES ",
            rows,
            " ON CONFLICT DO NOTHING RETURNING id",
            r => inserted.Add(r.GetString(0)));

        // Keep the input order: events are then reported in the order the articles came.
        var stored = new List<CodedArticle>(inserted.Count);
        foreach (var coded in batch)
        {
            if (inserted.Remove(coded.Article.Id))
            {
                stored.Add(byId[coded.Article.Id]);
            }
        }

        return stored;
    }

    /// <summary>
    /// Upserts the events of freshly stored articles (in key order, so concurrent writers lock rows in the same order),
    /// adds their mentions and recounts every event touched, including <paramref name="alsoRecount"/>.
    /// </summary>
    private (int Mentions, int Created, int Merged) InsertEvents(DbTransaction tx, List<CodedArticle> articles, DateTime now, IReadOnlyCollection<long>? alsoRecount)
    {
        var first = new SortedDictionary<string, (Event Event, Article Article)>(StringComparer.Ordinal);
        var reports = new List<(string Key, Event Event, Article Article)>();
        foreach (var coded in articles)
        {
            foreach (var e in coded.Events)
            {
                var key = EventKey.Of(e);
                reports.Add((key, e, coded.Article));
                first.TryAdd(key, (e, coded.Article));
            }
        }

        var rows = new List<object?[]>(first.Count);
        foreach (var (key, (e, article)) in first)
        {
            rows.Add(
            [
                key, e.Date, e.Source.Code, e.Source.Country, e.Source.Sector, e.Source.KnownGroup, e.Source.Name,
                e.Target?.Code, e.Target?.Country, e.Target?.Sector, e.Target?.KnownGroup, e.Target?.Name,
                e.Code.Value, e.Code.Root, e.Code.QuadClass, e.Goldstein, e.Plover,
                e.Location?.Name, e.Location?.Country, e.Location?.Admin1,
                e.Location is { } p ? Math.Round(p.Latitude, 5) : null, e.Location is { } q ? Math.Round(q.Longitude, 5) : null,
                0, 0, 0, false, article.Id, string.IsNullOrWhiteSpace(article.Url) ? null : article.Url, e.Sentence, now,
            ]);
        }

        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        int created = 0, merged = 0;
        InsertRows(
            tx,
            """
            INSERT INTO events (event_key, day, source_code, source_country, source_sector, source_group, source_name,
                target_code, target_country, target_sector, target_group, target_name, cameo, root, quad_class, goldstein, plover,
                place_name, place_country, place_admin1, lat, lon, num_mentions, num_sources, num_articles, is_root,
                first_article_id, source_url, sentence, added) VALUES 
            """,
            rows,
            " ON CONFLICT (event_key) DO UPDATE SET num_mentions = events.num_mentions RETURNING event_key, id, num_mentions",
            r =>
            {
                ids[r.GetString(0)] = Sql.Long(r, 1);
                if (Sql.Long(r, 2) == 0)
                {
                    created++;
                }
                else
                {
                    merged++;
                }
            });

        var mentionRows = new List<object?[]>(reports.Count);
        var touched = new HashSet<long>(alsoRecount ?? []);
        foreach (var (key, e, article) in reports)
        {
            var id = ids[key];
            touched.Add(id);
            var h = e.Highlights;
            mentionRows.Add(
            [
                id, article.Id, e.SentenceIndex, e.SpanStart, e.SpanEnd, e.Sentence, e.Rule, Math.Round(e.Confidence, 3), e.Source.Name, e.Target?.Name,
                e.Quote, article.Source, h?.SentenceStart, h?.SourceStart, h?.SourceEnd, h?.VerbStart, h?.VerbEnd, h?.TargetStart, h?.TargetEnd, now,
            ]);
        }

        var mentions = InsertRows(
            tx,
            """
            INSERT INTO mentions (event_id, article_id, sentence_index, span_start, span_end, sentence, rule, confidence, source_name, target_name,
                quote, article_source, sentence_start, source_start, source_end, verb_start, verb_end, target_start, target_end, added) VALUES 
            """,
            mentionRows,
            " ON CONFLICT DO NOTHING",
            null);
        Recount(tx, touched);
        return (mentions, created, merged);
    }

    /// <summary>
    /// Inserts rows with multi-row statements of at most 64 rows (one statement costs DuckDB far more than a row);
    /// reads what each statement returns with <paramref name="read"/>, else returns the rows affected.
    /// </summary>
    private int InsertRows(DbTransaction tx, string head, List<object?[]> rows, string tail, Action<DbDataReader>? read)
    {
        const int RowsPerStatement = 64;
        var affected = 0;
        for (var startRow = 0; startRow < rows.Count; startRow += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - startRow);
            var sql = new StringBuilder(head);
            var values = new List<object?>(count * rows[startRow].Length);
            for (var r = 0; r < count; r++)
            {
                var row = rows[startRow + r];
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < row.Length; c++)
                {
                    values.Add(row[c]);
                    sql.Append(c == 0 ? "$" : ", $").Append(values.Count.ToString(CultureInfo.InvariantCulture));
                }

                sql.Append(')');
            }

            sql.Append(tail);
            using var command = Sql.Command(connection, tx, sql.ToString(), [.. values]);
            if (read is null)
            {
                affected += command.ExecuteNonQuery();
                continue;
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                read(reader);
                affected++;
            }
        }

        return affected;
    }

    /// <summary>Recomputes GDELT's counts for <paramref name="ids"/> from their mentions and drops events left with none.</summary>
    private void Recount(DbTransaction tx, HashSet<long> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        // The ids are numbers this store generated, so listing them inline cannot inject anything.
        var list = new StringBuilder();
        foreach (var id in ids)
        {
            list.Append(list.Length == 0 ? "" : ",").Append(id.ToString(CultureInfo.InvariantCulture));
        }

        Sql.Execute(
            connection,
            tx,
            $"""
            UPDATE events SET num_mentions = c.m, num_articles = c.a, num_sources = c.s, is_root = c.r
            FROM (SELECT event_id, count(*) AS m, count(DISTINCT article_id) AS a,
                         count(DISTINCT coalesce(article_source, article_id)) AS s, bool_or(sentence_index = 0) AS r
                  FROM mentions WHERE event_id IN ({list}) GROUP BY event_id) c
            WHERE events.id = c.event_id
            """);
        Sql.Execute(connection, tx, $"DELETE FROM events WHERE id IN ({list}) AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.id)");
    }

    /// <inheritdoc/>
    public void Dispose() => connection.Dispose();
}

/// <summary>A store problem worth telling the user in one line (no stack trace).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
