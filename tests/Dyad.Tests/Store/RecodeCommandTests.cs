using System.Text.Json;
using Dyad.Tests.Cli;

namespace Dyad.Tests.Store;

public class RecodeCommandTests
{
    [Fact]
    public void Recode_after_a_new_verb_pattern_adds_its_events_and_removing_it_takes_them_away()
    {
        using var test = new TestStore("duckdb");
        var input = test.Files.Write("in/story.txt", "The Chilean foreign minister hobnobbed with Bolivian officials in Santiago on Tuesday.\n");
        var overlay = test.Files.Write("overlay/verbs/04-consult.txt", "040 | hobnob with + | mutual\n");
        var overlayFolder = Path.GetDirectoryName(Path.GetDirectoryName(overlay))!;
        Assert.Equal(0, DyadCli.Run("ingest", input, "--db", test.DbArgument).ExitCode);

        var dry = Totals(DyadCli.Run("recode", "--knowledge", overlayFolder, "--dry-run", "--json", "--db", test.DbArgument));
        var added = Totals(DyadCli.Run("recode", "--knowledge", overlayFolder, "--json", "--db", test.DbArgument));
        var again = Totals(DyadCli.Run("recode", "--knowledge", overlayFolder, "--json", "--db", test.DbArgument));
        var listed = DyadCli.Run("events", "--json", "--db", test.DbArgument);
        var removed = Totals(DyadCli.Run("recode", "--json", "--db", test.DbArgument));

        Assert.Equal((1, 1), (dry.GetProperty("articles_changed").GetInt32(), dry.GetProperty("events_added").GetInt32()));
        Assert.Equal(1, added.GetProperty("events_added").GetInt32());
        Assert.Equal(0, again.GetProperty("articles").GetInt32());
        Assert.Contains("\"cameo\":\"040\"", listed.Stdout, StringComparison.Ordinal);
        Assert.Contains("CHLGOV", listed.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, removed.GetProperty("events_removed").GetInt32());
        Assert.Equal("", DyadCli.Run("events", "--json", "--db", test.DbArgument).Stdout);
    }

    private static JsonElement Totals(DyadCli.Result run)
    {
        Assert.True(run.ExitCode == 0, run.Stderr);
        return JsonDocument.Parse(run.Stdout).RootElement.Clone();
    }
}
