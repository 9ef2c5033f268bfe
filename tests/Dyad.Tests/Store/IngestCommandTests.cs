using System.Diagnostics;
using System.Text.Json;
using Dyad.Store;
using Dyad.Tests.Cli;

namespace Dyad.Tests.Store;

public class IngestCommandTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Ingesting_the_samples_twice_stores_each_article_once(string backend)
    {
        using var test = new TestStore(backend);

        var first = DyadCli.Run("ingest", Samples.Articles, Path.Combine(Samples.Folder, "feeds"), Path.Combine(Samples.Folder, "html"), "--db", test.DbArgument, "--json");
        var second = DyadCli.Run("ingest", Samples.Articles, Path.Combine(Samples.Folder, "feeds"), Path.Combine(Samples.Folder, "html"), "--db", test.DbArgument, "--json");

        using var one = JsonDocument.Parse(first.Stdout);
        using var two = JsonDocument.Parse(second.Stdout);
        var stored = one.RootElement.GetProperty("articles_stored").GetInt32();
        Assert.True(stored >= 10, first.Stderr);
        Assert.True(one.RootElement.GetProperty("store_events").GetInt32() > 0, first.Stderr);
        Assert.Equal(0, two.RootElement.GetProperty("articles_stored").GetInt32());
        Assert.Equal(stored, two.RootElement.GetProperty("articles_already_stored").GetInt32());
        Assert.Equal(0, two.RootElement.GetProperty("sentences").GetInt32());
        Assert.Equal(one.RootElement.GetProperty("store_events").GetInt32(), two.RootElement.GetProperty("store_events").GetInt32());
        Assert.Equal(one.RootElement.GetProperty("store_mentions").GetInt32(), two.RootElement.GetProperty("store_mentions").GetInt32());
    }

    [Fact]
    public void Bad_inputs_are_named_and_the_good_articles_stored()
    {
        using var test = new TestStore("duckdb");
        var folder = test.Files;
        StoryFolder.Write(folder, 3, "in");
        folder.Write("in/empty.txt", "");
        folder.WriteBytes("in/photo.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 9]);
        folder.Write("in/broken.rss", "<rss version=\"2.0\"><channel><title>Broken</title><item><title>x</item></channel>");
        folder.Write("in/menu.html", "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><footer>About us</footer></body></html>");

        var run = DyadCli.Run("ingest", Path.Combine(folder.Path, "in"), "--db", test.DbArgument);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.txt", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("photo.txt", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("broken.rss", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("menu.html", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        using var store = test.Open();
        Assert.Equal(3, store.Counts().Articles);
    }

    [Fact]
    public void A_duckdb_store_in_use_by_another_process_is_a_clear_error()
    {
        using var test = new TestStore("duckdb");
        using var holder = test.Open();

        var run = DyadCli.Run("events", "--db", test.DbArgument);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("another process", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Listing_a_store_that_does_not_exist_says_so_instead_of_creating_it()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "typo.duckdb");

        var run = DyadCli.Run("events", "--db", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no store here yet", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Killed_ingest_run_again_loses_nothing_and_counts_nothing_twice(string backend)
    {
        using var reference = new TestStore(backend);
        using var crashed = new TestStore(backend);
        var stories = StoryFolder.Write(reference.Files, 150);
        Assert.Equal(0, DyadCli.Run("ingest", stories, "--db", reference.DbArgument).ExitCode);

        // kill -9 right after the first commits, while most stories are still to be coded.
        using (var process = StartIngest(stories, crashed.DbArgument, "--batch", "3", "--log"))
        {
            var commits = 0;
            string? line;
            while ((line = process.StandardError.ReadLine()) is not null && commits < 3)
            {
                commits += line.Contains("committed", StringComparison.Ordinal) ? 1 : 0;
            }

            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Equal(3, commits);
        }

        using (var partial = crashed.Open())
        {
            var stored = partial.Counts().Articles;
            Assert.InRange(stored, 9, 149);
        }

        var rerun = DyadCli.Run("ingest", stories, "--db", crashed.DbArgument);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(Snapshot(reference), Snapshot(crashed));
    }

    [Fact]
    public async Task Two_ingest_processes_on_one_postgres_store_each_article_and_report_once()
    {
        // Needs a PostgreSQL server; .ci/run starts one, and BackendSetupTests fails CI if it is missing.
        if (Backends.PostgresServer is null)
        {
            return;
        }

        using var reference = new TestStore("postgres");
        using var shared = new TestStore("postgres");
        var stories = StoryFolder.Write(reference.Files, 90);
        Assert.Equal(0, DyadCli.Run("ingest", stories, "--db", reference.DbArgument).ExitCode);

        using var a = StartIngest(stories, shared.DbArgument, "--batch", "2");
        using var b = StartIngest(stories, shared.DbArgument, "--batch", "2");
        var errors = await Task.WhenAll(a.StandardError.ReadToEndAsync(), b.StandardError.ReadToEndAsync());
        Assert.True(a.WaitForExit(TimeSpan.FromSeconds(120)) && b.WaitForExit(TimeSpan.FromSeconds(120)));
        Assert.True(a.ExitCode == 0 && b.ExitCode == 0, string.Join("\n", errors));

        Assert.Equal(Snapshot(reference), Snapshot(shared));
    }

    private static Process StartIngest(string input, string db, params string[] more)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "dyad.dll"), "ingest", input, "--db", db, .. more])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        return Process.Start(start)!;
    }

    /// <summary>Everything a user could count: articles, and each event with its GDELT counts.</summary>
    private static string Snapshot(TestStore test)
    {
        using var store = test.Open();
        var counts = store.Counts();
        var events = store.Events(new EventQuery())
            .Select(e => $"{e.Day} {e.Source.Code} {e.Code.Value} {e.Target?.Code} {e.Place?.Name} {e.NumMentions}/{e.NumSources}/{e.NumArticles}")
            .Order(StringComparer.Ordinal);
        return $"{counts}\n{string.Join("\n", events)}";
    }
}
