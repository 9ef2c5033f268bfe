namespace Dyad.Tests.Store;

public class BackendSetupTests
{
    [Fact]
    public void Continuous_integration_runs_the_storage_tests_against_postgres_too()
    {
        // Locally the PostgreSQL cases run only when a server is configured; CI must always configure one.
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
        {
            Assert.NotNull(Backends.PostgresServer);
        }
        else
        {
            Assert.Contains(((IEnumerable<object[]>)Backends.All).Select(row => (string)row[0]), b => b == "duckdb");
        }
    }
}
