using System.Data.Common;
using System.Globalization;
using Dyad.Domain;

namespace Dyad.Store;

/// <summary>Reading events and mentions back.</summary>
public sealed partial class EventStore
{
    private const string EventColumns =
        """
        id, day, source_code, source_country, source_sector, source_group, source_name,
        target_code, target_country, target_sector, target_group, target_name, cameo, goldstein, plover,
        place_name, place_country, place_admin1, lat, lon, num_mentions, num_sources, num_articles, is_root,
        first_article_id, source_url, sentence, added
        """;

    /// <summary>Events matching <paramref name="query"/>, newest day first (or by id with <paramref name="byId"/>), streamed.</summary>
    public IEnumerable<StoredEvent> Events(EventQuery query, bool byId = false)
    {
        var (where, values) = query.ToSql();
        var order = byId ? "ORDER BY id" : "ORDER BY day DESC NULLS LAST, id DESC";
        var page = query.Limit is { } limit ? $" LIMIT {limit.ToString(CultureInfo.InvariantCulture)}" : "";
        if (query.Offset > 0)
        {
            page += $" OFFSET {query.Offset.ToString(CultureInfo.InvariantCulture)}";
        }

        if (!TwoSteps(query))
        {
            foreach (var e in Read($"SELECT {EventColumns} FROM events {where} {order}{page}", values))
            {
                yield return e;
            }

            yield break;
        }

        // Two steps: sort only ids and days to find the page, then read whole rows for those ids (by the primary
        // key); sorting whole rows, sentences and all, of a million-event store costs several times more.
        var ids = new List<long>();
        using (var command = Sql.Command(connection, null, $"SELECT id FROM events {where} {order}{page}", [.. values]))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(Sql.Long(reader, 0));
            }
        }

        foreach (var e in ReadByIds(ids, order))
        {
            yield return e;
        }
    }

    /// <summary>
    /// One page of events (the query's limit and offset) and how many match in all, as the API and <c>dyad events</c>
    /// show them. With filters, the page's ids and the total come from one scan.
    /// </summary>
    public (long Total, List<StoredEvent> Events) Page(EventQuery query)
    {
        var (where, values) = query.ToSql();
        if (where.Length == 0 || !TwoSteps(query))
        {
            // Without filters the count is known from the table's metadata, cheaper than a window over every row.
            return (CountEvents(query), [.. Events(query)]);
        }

        const string Order = "ORDER BY day DESC NULLS LAST, id DESC";
        var page = $" LIMIT {query.Limit.GetValueOrDefault().ToString(CultureInfo.InvariantCulture)} OFFSET {query.Offset.ToString(CultureInfo.InvariantCulture)}";
        var ids = new List<long>();
        long total = 0;
        using (var command = Sql.Command(connection, null, $"SELECT id, count(*) OVER () FROM events {where} {Order}{page}", [.. values]))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(Sql.Long(reader, 0));
                total = Sql.Long(reader, 1);
            }
        }

        if (ids.Count == 0 && query.Offset > 0)
        {
            // Paged past the end: the window saw no row to carry the total.
            total = CountEvents(query);
        }

        return (total, [.. ReadByIds(ids, Order)]);
    }

    /// <summary>
    /// Whether a page is found by ids first. Reading a row by id costs DuckDB about 0.08 ms when ids lie scattered
    /// over the table (measured on a million events), so past a few hundred rows one sort of whole rows is cheaper.
    /// </summary>
    private static bool TwoSteps(EventQuery query) => query.Limit is { } limit and <= 200;

    /// <summary>
    /// Whole rows for <paramref name="ids"/>, by primary key. The ids are numbers this store generated, so listing
    /// them inline cannot inject anything; ids grow with insertion, so their range lets DuckDB skip whole row groups
    /// by their min/max before testing the list.
    /// </summary>
    private IEnumerable<StoredEvent> ReadByIds(List<long> ids, string order)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var list = string.Join(",", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        var range = $"id BETWEEN {ids.Min().ToString(CultureInfo.InvariantCulture)} AND {ids.Max().ToString(CultureInfo.InvariantCulture)}";
        return Read($"SELECT {EventColumns} FROM events WHERE {range} AND id IN ({list}) {order}", []);
    }

    private IEnumerable<StoredEvent> Read(string sql, List<object?> values)
    {
        using var command = Sql.Command(connection, null, sql, [.. values]);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return ReadEvent(reader);
        }
    }

    /// <summary>How many events match <paramref name="query"/> (its limit and offset ignored).</summary>
    public long CountEvents(EventQuery query)
    {
        var (where, values) = query.ToSql();
        return Convert.ToInt64(Sql.Scalar(connection, null, $"SELECT count(*) FROM events {where}", [.. values]), CultureInfo.InvariantCulture);
    }

    /// <summary>The event with this id, or null.</summary>
    public StoredEvent? Event(long id)
    {
        using var command = Sql.Command(connection, null, $"SELECT {EventColumns} FROM events WHERE id = $1", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadEvent(reader) : null;
    }

    /// <summary>Every report of the events matching <paramref name="query"/>, by event id, streamed (GDELT's mentions table).</summary>
    public IEnumerable<MentionRow> MentionRows(EventQuery query)
    {
        var (where, values) = query.ToSql();
        using var command = Sql.Command(
            connection,
            null,
            $"""
            SELECT m.event_id, e.added, m.added, m.article_id, a.url, a.source, length(a.text), m.sentence_index, m.confidence,
                   m.sentence_start, m.source_start, m.source_end, m.verb_start, m.verb_end, m.target_start, m.target_end
            FROM mentions m
            JOIN (SELECT id, added FROM events {where}) e ON e.id = m.event_id
            JOIN articles a ON a.id = m.article_id
            ORDER BY m.event_id, m.added, m.article_id, m.sentence_index
            """,
            [.. values]);
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            yield return new MentionRow(
                Sql.Long(r, 0),
                r.GetDateTime(1),
                r.GetDateTime(2),
                r.GetString(3),
                Sql.Text(r, 4),
                Sql.Text(r, 5),
                Convert.ToInt32(r.GetValue(6), CultureInfo.InvariantCulture),
                r.GetInt32(7),
                ReadHighlights(r, 9),
                Sql.Real(r, 8) ?? 0);
        }
    }

    /// <summary>Every report of event <paramref name="eventId"/>, earliest article first.</summary>
    public IReadOnlyList<StoredMention> Mentions(long eventId)
    {
        using var command = Sql.Command(
            connection,
            null,
            """
            SELECT m.event_id, m.article_id, a.title, a.source, a.url, a.published, m.sentence_index, m.span_start, m.span_end,
                   m.sentence, m.rule, m.confidence, m.source_name, m.target_name, m.quote,
                   m.sentence_start, m.source_start, m.source_end, m.verb_start, m.verb_end, m.target_start, m.target_end
            FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.event_id = $1 ORDER BY a.published NULLS LAST, m.article_id, m.sentence_index, m.span_start
            """,
            eventId);
        using var r = command.ExecuteReader();
        var list = new List<StoredMention>();
        while (r.Read())
        {
            list.Add(new StoredMention(
                Sql.Long(r, 0),
                r.GetString(1),
                Sql.Text(r, 2),
                Sql.Text(r, 3),
                Sql.Text(r, 4),
                r.IsDBNull(5) ? null : r.GetDateTime(5),
                r.GetInt32(6),
                r.GetInt32(7),
                r.GetInt32(8),
                r.GetString(9),
                r.GetString(10),
                Sql.Real(r, 11) ?? 0,
                Sql.Text(r, 12),
                Sql.Text(r, 13),
                Sql.Text(r, 14),
                ReadHighlights(r, 15)));
        }

        return list;
    }

    /// <summary>The seven highlight columns starting at <paramref name="i"/>, or null when the coder gave none.</summary>
    internal static Highlights? ReadHighlights(DbDataReader r, int i)
    {
        for (var k = i; k < i + 7; k++)
        {
            if (r.IsDBNull(k))
            {
                return null;
            }
        }

        int At(int k) => Convert.ToInt32(r.GetValue(k), CultureInfo.InvariantCulture);
        return new Highlights(At(i), At(i + 1), At(i + 2), At(i + 3), At(i + 4), At(i + 5), At(i + 6));
    }

    private static StoredEvent ReadEvent(DbDataReader r)
    {
        var source = new Actor(r.GetString(2), Sql.Text(r, 3), Sql.Text(r, 4), Sql.Text(r, 5), Sql.Text(r, 6));
        var target = r.IsDBNull(7) ? null : new Actor(r.GetString(7), Sql.Text(r, 8), Sql.Text(r, 9), Sql.Text(r, 10), Sql.Text(r, 11));
        var place = r.IsDBNull(15) ? null : new Place(r.GetString(15), Sql.Text(r, 16), Sql.Text(r, 17), Sql.Real(r, 18) ?? 0, Sql.Real(r, 19) ?? 0);
        return new StoredEvent(
            Sql.Long(r, 0),
            Sql.Day(r, 1),
            source,
            target,
            new CameoCode(r.GetString(12)),
            Sql.Real(r, 13) ?? 0,
            Sql.Text(r, 14),
            place,
            Convert.ToInt32(r.GetValue(20), CultureInfo.InvariantCulture),
            Convert.ToInt32(r.GetValue(21), CultureInfo.InvariantCulture),
            Convert.ToInt32(r.GetValue(22), CultureInfo.InvariantCulture),
            r.GetBoolean(23),
            r.GetString(24),
            Sql.Text(r, 25),
            r.GetString(26),
            r.GetDateTime(27));
    }
}
