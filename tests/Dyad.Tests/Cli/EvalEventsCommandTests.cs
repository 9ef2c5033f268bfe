using System.Text.Json;

namespace Dyad.Tests.Cli;

public sealed class EvalEventsCommandTests
{
    private const string Sentences =
        """
        {"id":"c-001","published":"2018-09-07","text":"Chile's foreign minister met his Argentine counterpart in Santiago on Thursday.","events":[{"source":"CHLGOV","target":"ARGGOV","cameo":"042","date":"2018-09-06"}],"phenomena":["relative_date","title_name"]}
        {"id":"c-002","published":"2018-09-07","text":"Uruguay would consider sanctions if the talks failed.","events":[],"phenomena":["hypothetical","no_event"]}
        {"id":"c-003","published":"2018-09-07","text":"Brazil and Paraguay agreed to share river data.","events":[{"source":"BRA","target":"PRY","cameo":"0311"},{"source":"PRY","target":"BRA","cameo":"0311"}],"phenomena":["coordination","plain"]}
        """;

    [Fact]
    public void EvalEvents_prints_scores_at_both_levels_per_root_and_per_phenomenon_as_json()
    {
        using var dir = new TempFolder();
        var gold = dir.Write("sentences-test.jsonl", Sentences);

        var result = DyadCli.Run("eval", "events", "--gold", gold, "--json", "--errors");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("documents").GetInt32());
        Assert.Equal(3, root.GetProperty("gold_events").GetInt32());
        var file = Assert.Single(root.GetProperty("gold").EnumerateArray());
        Assert.Equal("sentences", file.GetProperty("format").GetString());
        foreach (var level in new[] { "dyad_root", "full" })
        {
            var scores = root.GetProperty(level);
            Assert.Equal(3, scores.GetProperty("gold").GetInt32());
            foreach (var field in new[] { "predicted", "tp", "fp", "fn", "precision", "recall", "f1" })
            {
                Assert.True(scores.TryGetProperty(field, out _), $"{level}.{field}");
            }
        }

        var roots = root.GetProperty("roots").EnumerateArray().ToList();
        Assert.Equal(20, roots.Count);
        Assert.Equal(2, roots.Single(r => r.GetProperty("root").GetString() == "03").GetProperty("gold").GetInt32());
        Assert.Equal(1, roots.Single(r => r.GetProperty("root").GetString() == "04").GetProperty("gold").GetInt32());
        Assert.Equal(3, root.GetProperty("sentences").GetProperty("count").GetInt32());
        var phenomena = root.GetProperty("phenomena").EnumerateArray().ToDictionary(p => p.GetProperty("phenomenon").GetString()!, p => p.GetProperty("sentences").GetInt32());
        Assert.Equal(1, phenomena["coordination"]);
        Assert.Equal(1, phenomena["no_event"]);
        Assert.True(root.GetProperty("dates").TryGetProperty("accuracy", out _));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("errors").ValueKind);
    }

    [Fact]
    public void EvalEvents_on_a_folder_scores_sentence_files_and_every_story()
    {
        using var dir = new TempFolder();
        dir.Write("gold/sentences-test.jsonl", Sentences);
        dir.Write("gold/articles/a1.txt", "Talks resume\n\nHarbour Wire\nPosted: Sep 07, 2018 10:00 AM\n\nLIMA (Harbour Wire) - Peru and Bolivia resumed border talks on Thursday.\n");
        dir.Write("gold/articles/a2.txt", "Quiet day\n\nHarbour Wire\nPosted: Sep 07, 2018 11:00 AM\n\nLIMA (Harbour Wire) - The markets were calm on Thursday.\n");
        dir.Write("gold/article-events.jsonl", """{"article": "a1.txt", "source": "PER", "target": "BOL", "cameo": "043", "date": "2018-09-06", "sentence": "Peru and Bolivia resumed"}""" + "\n");

        var result = DyadCli.Run("eval", "events", "--gold", Path.Combine(dir.Path, "gold"), "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(5, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("gold_events").GetInt32());
        Assert.Equal(["articles", "sentences"], json.RootElement.GetProperty("gold").EnumerateArray().Select(g => g.GetProperty("format").GetString()));
    }

    [Fact]
    public void EvalEvents_prints_tables_for_people()
    {
        using var dir = new TempFolder();
        var gold = dir.Write("sentences-test.jsonl", Sentences);

        var result = DyadCli.Run("eval", "events", "--gold", gold);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("dyad+root", result.Stdout);
        Assert.Contains("By CAMEO root", result.Stdout);
        Assert.Contains("coordination", result.Stdout);
    }

    [Fact]
    public void EvalEvents_names_the_file_and_line_of_bad_gold_and_scores_nothing()
    {
        using var dir = new TempFolder();
        var gold = dir.Write("bad.jsonl", Sentences + "\n{\"id\":\"c-004\",\"text\":\"No events field.\"}\n");

        var result = DyadCli.Run("eval", "events", "--gold", gold, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{gold}:4: \"events\" must be a list", result.Stderr);
        Assert.Equal("", result.Stdout);
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}
