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

    /// <summary>Opens (creating if needed) the store; throws <see cref="StoreException"/> with a readable message.</summary>
    public static EventStore Open(StoreTarget target)
    {
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
        var stored = new List<CodedArticle>(batch.Count);
        foreach (var coded in batch)
        {
            if (InsertArticle(tx, coded, knowledgeVersion, now))
            {
                stored.Add(coded);
            }
        }

        var (mentions, created, merged) = InsertEvents(tx, stored, now, null);
        tx.Commit();
        return new SaveResult(stored.Count, batch.Count - stored.Count, mentions, created, merged);
    }

    private bool InsertArticle(DbTransaction tx, CodedArticle coded, string knowledgeVersion, DateTime now)
    {
        var a = coded.Article;
        var id = Sql.Scalar(
            connection,
            tx,
            """
            INSERT INTO articles (id, url, text_hash, title, source, byline, published, dateline, wire, origin, text, sentences, knowledge_version, added)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT DO NOTHING RETURNING id
            """,
            a.Id,
            string.IsNullOrWhiteSpace(a.Url) ? null : a.Url,
            ArticleId.FromText(a.Text),
            a.Title,
            a.Source,
            a.Byline,
            a.Published,
            a.Dateline,
            a.Wire,
            a.Origin,
            a.Text,
            coded.Sentences,
            knowledgeVersion,
            now);
        return id is not null;
    }

    /// <summary>
    /// Upserts the events of freshly stored articles (in key order, so concurrent writers lock rows in the same order),
    /// adds their mentions and recounts every event touched, including <paramref name="alsoRecount"/>.
    /// </summary>
    private (int Mentions, int Created, int Merged) InsertEvents(DbTransaction tx, List<CodedArticle> articles, DateTime now, IReadOnlyCollection<long>? alsoRecount)
    {
        var reports = new List<(string Key, Event Event, Article Article)>();
        foreach (var coded in articles)
        {
            foreach (var e in coded.Events)
            {
                reports.Add((EventKey.Of(e), e, coded.Article));
            }
        }

        reports.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
        var touched = new HashSet<long>(alsoRecount ?? []);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        int mentions = 0, created = 0, merged = 0;
        foreach (var (key, e, article) in reports)
        {
            if (!ids.TryGetValue(key, out var id))
            {
                bool isNew;
                (id, isNew) = UpsertEvent(tx, key, e, article, now);
                ids[key] = id;
                if (isNew)
                {
                    created++;
                }
                else
                {
                    merged++;
                }
            }

            touched.Add(id);
            mentions += Sql.Execute(
                connection,
                tx,
                """
                INSERT INTO mentions (event_id, article_id, sentence_index, span_start, span_end, sentence, rule, confidence, source_name, target_name, quote, article_source, added)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT DO NOTHING
                """,
                id,
                article.Id,
                e.SentenceIndex,
                e.SpanStart,
                e.SpanEnd,
                e.Sentence,
                e.Rule,
                Math.Round(e.Confidence, 3),
                e.Source.Name,
                e.Target?.Name,
                e.Quote,
                article.Source,
                now);
        }

        Recount(tx, touched);
        return (mentions, created, merged);
    }

    private (long Id, bool IsNew) UpsertEvent(DbTransaction tx, string key, Event e, Article article, DateTime now)
    {
        using var command = Sql.Command(
            connection,
            tx,
            """
            INSERT INTO events (event_key, day, source_code, source_country, source_sector, source_group, source_name,
                target_code, target_country, target_sector, target_group, target_name, cameo, root, quad_class, goldstein, plover,
                place_name, place_country, place_admin1, lat, lon, num_mentions, num_sources, num_articles, is_root,
                first_article_id, source_url, sentence, added)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, 0, 0, 0, FALSE, $23, $24, $25, $26)
            ON CONFLICT (event_key) DO UPDATE SET num_mentions = events.num_mentions RETURNING id, num_mentions
            """,
            key,
            e.Date,
            e.Source.Code,
            e.Source.Country,
            e.Source.Sector,
            e.Source.KnownGroup,
            e.Source.Name,
            e.Target?.Code,
            e.Target?.Country,
            e.Target?.Sector,
            e.Target?.KnownGroup,
            e.Target?.Name,
            e.Code.Value,
            e.Code.Root,
            e.Code.QuadClass,
            e.Goldstein,
            e.Plover,
            e.Location?.Name,
            e.Location?.Country,
            e.Location?.Admin1,
            e.Location is { } p ? Math.Round(p.Latitude, 5) : null,
            e.Location is { } q ? Math.Round(q.Longitude, 5) : null,
            article.Id,
            string.IsNullOrWhiteSpace(article.Url) ? null : article.Url,
            e.Sentence,
            now);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (Sql.Long(reader, 0), Sql.Long(reader, 1) == 0);
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
