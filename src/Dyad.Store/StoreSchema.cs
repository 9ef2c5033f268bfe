namespace Dyad.Store;

/// <summary>
/// The tables of a store, the same in DuckDB and PostgreSQL: <c>articles</c> (each stored once), <c>events</c> (one row
/// per distinct day, source, target, code and place, with GDELT's counts) and <c>mentions</c> (which article and
/// sentence reported which event). Bumping <see cref="Version"/> means writing a migration.
/// </summary>
internal static class StoreSchema
{
    public const int Version = 1;

    /// <summary>
    /// The <c>url_key</c> of an article without a URL. The column is the URL otherwise; it is never NULL because
    /// DuckDB's multi-row upserts treat NULLs in a unique column as equal.
    /// </summary>
    public static string UrlKey(string? url, string textHash) => string.IsNullOrWhiteSpace(url) ? "text:" + textHash : url.Trim();

    public static readonly string[] Tables =
    [
        "CREATE TABLE IF NOT EXISTS dyad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY,
            url TEXT,
            url_key TEXT NOT NULL UNIQUE,
            text_hash TEXT NOT NULL UNIQUE,
            title TEXT, source TEXT, byline TEXT, published TIMESTAMP, dateline TEXT, wire TEXT, origin TEXT,
            text TEXT NOT NULL,
            sentences INTEGER NOT NULL,
            knowledge_version TEXT NOT NULL,
            added TIMESTAMP NOT NULL)
        """,
        "CREATE SEQUENCE IF NOT EXISTS event_ids START 1",
        """
        CREATE TABLE IF NOT EXISTS events (
            id BIGINT PRIMARY KEY DEFAULT nextval('event_ids'),
            event_key TEXT NOT NULL UNIQUE,
            day DATE,
            source_code TEXT NOT NULL, source_country TEXT, source_sector TEXT, source_group TEXT, source_name TEXT,
            target_code TEXT, target_country TEXT, target_sector TEXT, target_group TEXT, target_name TEXT,
            cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein FLOAT8 NOT NULL, plover TEXT,
            place_name TEXT, place_country TEXT, place_admin1 TEXT, lat FLOAT8, lon FLOAT8,
            num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
            is_root BOOLEAN NOT NULL,
            first_article_id TEXT NOT NULL, source_url TEXT, sentence TEXT NOT NULL,
            added TIMESTAMP NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS mentions (
            event_id BIGINT NOT NULL,
            article_id TEXT NOT NULL,
            sentence_index INTEGER NOT NULL,
            span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            rule TEXT NOT NULL, confidence FLOAT8 NOT NULL,
            source_name TEXT, target_name TEXT, quote TEXT,
            article_source TEXT,
            sentence_start INTEGER, source_start INTEGER, source_end INTEGER, verb_start INTEGER, verb_end INTEGER,
            target_start INTEGER, target_end INTEGER,
            added TIMESTAMP NOT NULL,
            PRIMARY KEY (article_id, sentence_index, span_start, span_end, event_id))
        """,
        "CREATE INDEX IF NOT EXISTS mentions_by_event ON mentions (event_id)",
    ];

    /// <summary>PostgreSQL plans with B-tree indexes; DuckDB's zone maps already make these scans fast.</summary>
    public static readonly string[] PostgresIndexes =
    [
        "CREATE INDEX IF NOT EXISTS events_by_day ON events (day)",
        "CREATE INDEX IF NOT EXISTS events_by_dyad ON events (source_country, target_country, day)",
        "CREATE INDEX IF NOT EXISTS events_by_code ON events (cameo, day)",
    ];
}
