using System.Data.Common;
using System.Globalization;

namespace Dyad.Store;

/// <summary>Counts over events for maps, timelines and dyads, and articles with their event spans.</summary>
public sealed partial class EventStore
{
    /// <summary>Most rows an aggregate returns; responses stay bounded whatever the store holds.</summary>
    public const int MaxAggregateRows = 20_000;

    // DuckDB sums integers into 128 bits; the casts keep both databases answering in BIGINT.
    private const string QuadSums =
        "CAST(sum(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END) AS BIGINT), CAST(sum(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END) AS BIGINT), "
        + "CAST(sum(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END) AS BIGINT), CAST(sum(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END) AS BIGINT)";

    /// <summary>
    /// Events per source country, target country and period; with <paramref name="a"/> and <paramref name="b"/> only
    /// those between the two countries, both ways. Undated events and events without a target country are left out.
    /// </summary>
    public List<DyadRow> Dyads(EventQuery query, Interval interval, string? a = null, string? b = null)
    {
        var (where, values) = query.ToSql();
        var extra = "day IS NOT NULL AND source_country IS NOT NULL AND target_country IS NOT NULL";
        if (a is not null && b is not null)
        {
            values.Add(a.ToUpperInvariant());
            values.Add(b.ToUpperInvariant());
            var pa = "$" + (values.Count - 1).ToString(CultureInfo.InvariantCulture);
            var pb = "$" + values.Count.ToString(CultureInfo.InvariantCulture);
            extra += $" AND ((source_country = {pa} AND target_country = {pb}) OR (source_country = {pb} AND target_country = {pa}))";
        }

        var sql = $"""
            SELECT {Period(interval)} AS period, source_country, target_country, count(*), sum(goldstein), {QuadSums}
            FROM events {And(where, extra)}
            GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2, 3 LIMIT {MaxAggregateRows}
            """;
        using var command = Sql.Command(connection, null, sql, [.. values]);
        using var r = command.ExecuteReader();
        var rows = new List<DyadRow>();
        while (r.Read())
        {
            rows.Add(new DyadRow(Sql.Day(r, 0)!.Value, r.GetString(1), r.GetString(2), Int(r, 3), Sql.Real(r, 4) ?? 0, Quad(r, 5)));
        }

        return rows;
    }

    /// <summary>Per country, the events it takes part in as source or target (an event counts once per country).</summary>
    public List<CountryRow> Countries(EventQuery query)
    {
        var (where, values) = query.ToSql();
        var (again, more) = query.ToSql(values.Count);
        values.AddRange(more);
        var sql = $"""
            SELECT country, count(*), avg(goldstein) FROM (
                SELECT source_country AS country, goldstein FROM events {And(where, "source_country IS NOT NULL")}
                UNION ALL
                SELECT target_country AS country, goldstein FROM events {And(again, "target_country IS NOT NULL AND (source_country IS NULL OR target_country <> source_country)")}
            ) t GROUP BY country ORDER BY 2 DESC, 1 LIMIT {MaxAggregateRows}
            """;
        using var command = Sql.Command(connection, null, sql, [.. values]);
        using var r = command.ExecuteReader();
        var rows = new List<CountryRow>();
        while (r.Read())
        {
            rows.Add(new CountryRow(r.GetString(0), Int(r, 1), Math.Round(Sql.Real(r, 2) ?? 0, 3)));
        }

        return rows;
    }

    /// <summary>The events of <paramref name="country"/> (as source or target) per period, with the QuadClass counts.</summary>
    public List<TimelineRow> Timeline(string country, EventQuery query, Interval interval)
    {
        var (where, values) = query.ToSql();
        values.Add(country.ToUpperInvariant());
        var p = "$" + values.Count.ToString(CultureInfo.InvariantCulture);
        return TimelineRows(And(where, $"day IS NOT NULL AND (source_country = {p} OR target_country = {p})"), values, interval);
    }

    /// <summary>All events matching <paramref name="query"/> per period, with the QuadClass counts.</summary>
    public List<TimelineRow> Timeline(EventQuery query, Interval interval)
    {
        var (where, values) = query.ToSql();
        return TimelineRows(And(where, "day IS NOT NULL"), values, interval);
    }

    /// <summary>The article with this id and every event report coded from it, or null.</summary>
    public StoredArticle? Article(string id)
    {
        using var command = Sql.Command(connection, null, "SELECT id, title, source, url, published, dateline, text FROM articles WHERE id = $1", id);
        using var r = command.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        var events = new List<ArticleEvent>();
        using (var mentions = Sql.Command(
            connection,
            null,
            """
            SELECT m.event_id, e.cameo, e.plover, e.source_code, e.target_code, m.sentence_index, m.span_start, m.span_end,
                   m.sentence_start, m.source_start, m.source_end, m.verb_start, m.verb_end, m.target_start, m.target_end
            FROM mentions m JOIN events e ON e.id = m.event_id WHERE m.article_id = $1 ORDER BY m.span_start, m.event_id
            """,
            id))
        using (var m = mentions.ExecuteReader())
        {
            while (m.Read())
            {
                events.Add(new ArticleEvent(
                    Sql.Long(m, 0), m.GetString(1), Sql.Text(m, 2), m.GetString(3), Sql.Text(m, 4), Int(m, 5), Int(m, 6), Int(m, 7), ReadHighlights(m, 8)));
            }
        }

        return new StoredArticle(
            r.GetString(0), Sql.Text(r, 1), Sql.Text(r, 2), Sql.Text(r, 3), r.IsDBNull(4) ? null : r.GetDateTime(4), Sql.Text(r, 5), r.GetString(6), events);
    }

    private List<TimelineRow> TimelineRows(string where, List<object?> values, Interval interval)
    {
        var sql = $"SELECT {Period(interval)} AS period, count(*), avg(goldstein), {QuadSums} FROM events {where} GROUP BY 1 ORDER BY 1 LIMIT {MaxAggregateRows}";
        using var command = Sql.Command(connection, null, sql, [.. values]);
        using var r = command.ExecuteReader();
        var rows = new List<TimelineRow>();
        while (r.Read())
        {
            rows.Add(new TimelineRow(Sql.Day(r, 0)!.Value, Int(r, 1), Math.Round(Sql.Real(r, 2) ?? 0, 3), Quad(r, 3)));
        }

        return rows;
    }

    private static string Period(Interval interval) => interval switch
    {
        Interval.Day => "day",
        Interval.Week => "CAST(date_trunc('week', day) AS DATE)",
        _ => "CAST(date_trunc('month', day) AS DATE)",
    };

    private static string And(string where, string condition) => where.Length == 0 ? "WHERE " + condition : $"{where} AND {condition}";

    private static int Int(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    private static int[] Quad(DbDataReader r, int first) => [Int(r, first), Int(r, first + 1), Int(r, first + 2), Int(r, first + 3)];
}
