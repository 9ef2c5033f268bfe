using System.Data.Common;

namespace Dyad.Store;

/// <summary>Builds parameterized commands; both drivers accept positional <c>$1, $2 …</c> placeholders.</summary>
internal static class Sql
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params ReadOnlySpan<object?> values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var value in values)
        {
            var p = command.CreateParameter();
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }

        return command;
    }

    public static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params ReadOnlySpan<object?> values)
    {
        using var command = Command(connection, transaction, sql, values);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql, params ReadOnlySpan<object?> values)
    {
        using var command = Command(connection, transaction, sql, values);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static DateOnly? Day(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i) switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        var other => DateOnly.FromDateTime(Convert.ToDateTime(other, System.Globalization.CultureInfo.InvariantCulture)),
    };

    public static double? Real(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);

    public static long Long(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
}
