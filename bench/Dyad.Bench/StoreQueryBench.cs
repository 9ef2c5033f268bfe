using BenchmarkDotNet.Attributes;
using Dyad.Store;
using DuckDB.NET.Data;

namespace Dyad.Bench;

/// <summary>
/// `dyad events` on a DuckDB store of one million events: a dyad and a date range, the first page (50 newest) and
/// the count, as the command prints them. The store is synthetic (180 countries, 20 roots, ten years), filled once
/// by SQL; the store's own schema and query code are what is measured.
/// Run: dotnet run -c Release --project bench/Dyad.Bench -- --filter '*StoreQuery*'
/// </summary>
[MemoryDiagnoser]
public class StoreQueryBench
{
    private const int Events = 1_000_000;
    private string folder = null!;
    private EventStore store = null!;

    [GlobalSetup]
    public void Setup()
    {
        // DYAD_BENCH_STORE keeps the filled store at that path, to time the `dyad events` command on it afterwards.
        var keep = Environment.GetEnvironmentVariable("DYAD_BENCH_STORE");
        folder = Path.Combine(Path.GetTempPath(), "dyad-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        if (keep is not null && File.Exists(keep))
        {
            File.Delete(keep);
        }

        var target = StoreTarget.Parse(keep ?? Path.Combine(folder, "bench.duckdb"));
        Fill(target);
        store = EventStore.Open(target);
        Console.WriteLine($"// store: {store.Counts()}; USA→PER 2012: {store.CountEvents(Query)} events");
    }

    /// <summary>
    /// Fills a new DuckDB store with <see cref="Events"/> synthetic events (also used by bench/scripts/api-load.sh
    /// through <c>Dyad.Bench fill-store PATH</c>).
    /// </summary>
    public static void Fill(StoreTarget target)
    {
        EventStore.Open(target).Dispose();
        using (var duck = new DuckDBConnection(target.ConnectionString))
        {
            duck.Open();
            using var command = duck.CreateCommand();

            // Countries as three-letter codes AAA…; USA and PER get a realistic share through the modulus.
            command.CommandText =
                $"""
                INSERT INTO events (id, event_key, day, source_code, source_country, source_sector, target_code, target_country, target_sector,
                    cameo, root, quad_class, goldstein, plover, num_mentions, num_sources, num_articles, is_root, first_article_id, sentence, added)
                SELECT nextval('event_ids'), 'k' || i, DATE '2010-01-01' + CAST(i % 3650 AS INTEGER),
                    c1 || 'GOV', c1, 'GOV', c2 || 'MIL', c2, 'MIL',
                    lpad(CAST(1 + i % 20 AS VARCHAR), 2, '0') || '0', lpad(CAST(1 + i % 20 AS VARCHAR), 2, '0'),
                    1 + (i % 20) // 5, 1.0, 'CONSULT', 1 + i % 3, 1, 1, i % 2 = 0, 'a' || (i // 3),
                    'A sentence reporting event ' || i || ' between ' || c1 || ' and ' || c2 || '.', TIMESTAMP '2020-01-01 00:00:00'
                FROM (SELECT i,
                        CASE WHEN i % 97 = 0 THEN 'USA' ELSE chr(CAST(65 + i % 26 AS INTEGER)) || chr(CAST(65 + (i // 26) % 26 AS INTEGER)) || chr(CAST(65 + (i // 676) % 7 AS INTEGER)) END AS c1,
                        CASE WHEN i % 89 = 0 THEN 'PER' ELSE chr(CAST(65 + (i // 7) % 26 AS INTEGER)) || chr(CAST(65 + (i // 13) % 26 AS INTEGER)) || chr(CAST(65 + (i // 17) % 7 AS INTEGER)) END AS c2
                      FROM range(1, {Events + 1}) t(i))
                """;
            command.ExecuteNonQuery();
            // One report per event, as most events have, so word searches scan sentences as they would in use.
            command.CommandText =
                """
                INSERT INTO mentions (event_id, article_id, sentence_index, span_start, span_end, sentence, rule, confidence, article_source, added)
                SELECT id, first_article_id, 0, 0, 40, sentence, 'synthetic', 0.9, 'Wire', added FROM events
                """;
            command.ExecuteNonQuery();
            command.CommandText = "CHECKPOINT";
            command.ExecuteNonQuery();
        }
    }

    private static EventQuery Query => new()
    {
        Source = "USA",
        Target = "PER",
        From = new DateOnly(2012, 1, 1),
        To = new DateOnly(2012, 12, 31),
        Limit = 50,
    };

    [Benchmark(Description = "dyad + date filter: first page of 50 and the count, 1M events")]
    public int DyadAndDates()
    {
        var n = 0;
        foreach (var e in store.Events(Query))
        {
            n += e.NumMentions;
        }

        return n + (int)store.CountEvents(Query);
    }

    [Benchmark(Description = "actor + root + words, 1M events")]
    public int ActorRootWords()
    {
        var query = new EventQuery { Actor = "USAGOV", Root = "04", Text = "event 1234", Limit = 50 };
        var n = 0;
        foreach (var e in store.Events(query))
        {
            n++;
        }

        return n;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
