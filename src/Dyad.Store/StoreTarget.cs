using Npgsql;

namespace Dyad.Store;

/// <summary>Which database a store lives in.</summary>
public enum StoreKind
{
    /// <summary>An embedded DuckDB file (the default).</summary>
    DuckDb,

    /// <summary>A PostgreSQL server, shared by several machines or processes.</summary>
    Postgres,
}

/// <summary>
/// Where the store is, read from the <c>--db</c> value: a file path (DuckDB), a <c>postgres://user:pass@host:port/db</c>
/// URI or an Npgsql keyword string (<c>Host=…;Database=…</c>).
/// </summary>
public sealed record StoreTarget(StoreKind Kind, string ConnectionString, string Display)
{
    /// <summary>The file used when no <c>--db</c> is given: <c>dyad.duckdb</c> in the working folder.</summary>
    public const string DefaultFile = "dyad.duckdb";

    /// <summary>Reads a <c>--db</c> value; throws <see cref="ArgumentException"/> with a readable message when malformed.</summary>
    public static StoreTarget Parse(string? value)
    {
        value = string.IsNullOrWhiteSpace(value) ? DefaultFile : value.Trim();
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return FromUri(value);
        }

        if (value.Contains("Host=", StringComparison.OrdinalIgnoreCase) && value.Contains(';', StringComparison.Ordinal))
        {
            var builder = new NpgsqlConnectionStringBuilder(value);
            return new StoreTarget(StoreKind.Postgres, builder.ConnectionString, Describe(builder));
        }

        var full = Path.GetFullPath(value);
        if (Directory.Exists(full))
        {
            throw new ArgumentException($"--db {value} is a folder; give a file such as {Path.Combine(value, DefaultFile)}");
        }

        return new StoreTarget(StoreKind.DuckDb, $"Data Source={full}", full);
    }

    private static StoreTarget FromUri(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"--db '{value}' is not a valid postgres:// address (postgres://user:password@host:port/database)");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]).Replace('_', ' ');
            try
            {
                builder[key] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "true";
            }
            catch (ArgumentException)
            {
                throw new ArgumentException($"--db: unknown PostgreSQL option '{kv[0]}' in the address");
            }
        }

        return new StoreTarget(StoreKind.Postgres, builder.ConnectionString, Describe(builder));
    }

    private static string Describe(NpgsqlConnectionStringBuilder b) => $"postgres://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
}
