using DuckDB.NET.Data;

namespace Dyad.Store;

/// <summary>
/// Writes stored events to a Parquet file (zstd), one row per event with typed columns, through an in-memory DuckDB
/// so both store kinds share one writer.
/// </summary>
public static class ParquetExport
{
    /// <summary>Writes <paramref name="events"/> to <paramref name="path"/> (replaced if it exists); returns the count.</summary>
    public static long Write(string path, IEnumerable<StoredEvent> events)
    {
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        Sql.Execute(
            duck,
            null,
            """
            CREATE TABLE events (id BIGINT, day DATE, source_code TEXT, source_country TEXT, source_sector TEXT, source_name TEXT,
                target_code TEXT, target_country TEXT, target_sector TEXT, target_name TEXT, cameo TEXT, root TEXT, quad_class INTEGER,
                goldstein DOUBLE, plover TEXT, place_name TEXT, place_country TEXT, lat DOUBLE, lon DOUBLE,
                num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER, is_root BOOLEAN, article_id TEXT, source_url TEXT,
                sentence TEXT, added TIMESTAMP)
            """);
        long count = 0;
        using (var appender = duck.CreateAppender("events"))
        {
            foreach (var e in events)
            {
                appender.CreateRow()
                    .AppendValue(e.Id)
                    .AppendValue(e.Day)
                    .AppendValue(e.Source.Code)
                    .AppendValue(e.Source.Country)
                    .AppendValue(e.Source.Sector)
                    .AppendValue(e.Source.Name)
                    .AppendValue(e.Target?.Code)
                    .AppendValue(e.Target?.Country)
                    .AppendValue(e.Target?.Sector)
                    .AppendValue(e.Target?.Name)
                    .AppendValue(e.Code.Value)
                    .AppendValue(e.Code.Root)
                    .AppendValue(e.Code.QuadClass)
                    .AppendValue(e.Goldstein)
                    .AppendValue(e.Plover)
                    .AppendValue(e.Place?.Name)
                    .AppendValue(e.Place?.Country)
                    .AppendValue(e.Place?.Latitude)
                    .AppendValue(e.Place?.Longitude)
                    .AppendValue(e.NumMentions)
                    .AppendValue(e.NumSources)
                    .AppendValue(e.NumArticles)
                    .AppendValue(e.IsRoot)
                    .AppendValue(e.FirstArticleId)
                    .AppendValue(e.SourceUrl)
                    .AppendValue(e.Sentence)
                    .AppendValue(e.Added)
                    .EndRow();
                count++;
            }
        }

        var full = Path.GetFullPath(path).Replace("'", "''", StringComparison.Ordinal);
        Sql.Execute(duck, null, $"COPY events TO '{full}' (FORMAT parquet, COMPRESSION zstd)");
        return count;
    }
}
