using Dyad.Store;
using Npgsql;

namespace Dyad.Tests.Store;

/// <summary>
/// A fresh, empty store for one test: a DuckDB file in a temporary folder, or a new schema on the PostgreSQL server
/// named by <c>DYAD_TEST_POSTGRES</c> (set by <c>.ci/run</c>, which starts one on loopback).
/// </summary>
public sealed class TestStore : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string? schema;

    public TestStore(string backend)
    {
        if (backend == "duckdb")
        {
            DbArgument = Path.Combine(folder.Path, "test.duckdb");
        }
        else
        {
            var server = Backends.PostgresServer ?? throw new InvalidOperationException("DYAD_TEST_POSTGRES is not set");
            schema = "t_" + Guid.NewGuid().ToString("N")[..16];
            using (var connection = new NpgsqlConnection(server))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"CREATE SCHEMA {schema}";
                command.ExecuteNonQuery();
            }

            DbArgument = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
        }

        Target = StoreTarget.Parse(DbArgument);
    }

    /// <summary>The value to give <c>--db</c>.</summary>
    public string DbArgument { get; }

    public StoreTarget Target { get; }

    /// <summary>A folder for the test's own files.</summary>
    public TempFolder Files => folder;

    public EventStore Open() => EventStore.Open(Target);

    public void Dispose()
    {
        if (schema is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(Backends.PostgresServer);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP SCHEMA IF EXISTS {schema} CASCADE";
            command.ExecuteNonQuery();
        }

        folder.Dispose();
    }
}

/// <summary>The store kinds the storage tests run against: DuckDB always, PostgreSQL when a server is configured.</summary>
public static class Backends
{
    public static string? PostgresServer => Environment.GetEnvironmentVariable("DYAD_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { "duckdb" };
            if (PostgresServer is not null)
            {
                data.Add("postgres");
            }

            return data;
        }
    }
}
