using System.Text;

namespace Dyad.Tests.Cli;

public class CodeCommandTests
{
    [Fact]
    public void Good_articles_with_bad_inputs_beside_them_are_all_read_and_each_bad_one_is_named()
    {
        using var dir = new TempFolder();
        var empty = dir.Write("bad/empty.txt", "");
        var binary = dir.WriteBytes("bad/scan.pdf", [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x03]);
        var latin1 = dir.WriteBytes("bad/latin1.txt", Encoding.Latin1.GetBytes("Troops entered Bogot\u00e1 on Monday."));
        var badJson = dir.Write("bad/feed.jsonl", "{\"text\":\"Talks resumed in Doha on Monday.\"}\nnot json at all\n");
        var huge = Path.Combine(dir.Path, "bad/huge.txt");
        using (var f = File.Create(huge))
        {
            f.SetLength(50L * 1024 * 1024);
        }

        var missing = Path.Combine(dir.Path, "missing.txt");

        var result = DyadCli.Run("code", Samples.Articles, Path.Combine(dir.Path, "bad"), missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{empty}: the file is empty", result.Stderr);
        Assert.Contains($"{binary}: this is a binary file", result.Stderr);
        Assert.Contains($"{latin1}: not valid UTF-8", result.Stderr);
        Assert.Contains($"{badJson}:2: not valid JSON", result.Stderr);
        Assert.Contains($"{huge}: too large for one article: 50 MB", result.Stderr);
        Assert.Contains($"{missing}: no such file or folder", result.Stderr);
        Assert.Contains("coded 7 articles; 6 inputs could not be read", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void Reading_only_good_articles_exits_zero_and_keeps_stdout_for_events()
    {
        var result = DyadCli.Run("code", Samples.Article("south-america/chile-bolivia-water.txt"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("coded 1 article", result.Stderr);

        // Every line on stdout, if any, is an event object: diagnostics never go there.
        foreach (var line in result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.StartsWith("{\"article_id\":", line);
        }
    }

    [Fact]
    public void Stdin_is_read_when_the_path_is_a_dash()
    {
        var result = DyadCli.RunWithInput("Farmers blocked roads outside Brussels on Tuesday to protest against new rules.", "code", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("coded 1 article", result.Stderr);
    }

    [Fact]
    public void A_broken_knowledge_overlay_stops_the_run_with_its_file_and_line()
    {
        using var overlay = new TempFolder();
        overlay.Write("verbs/mine.txt", "# my patterns\n043 | Meet With +\n");

        var result = DyadCli.Run("code", "--knowledge", overlay.Path, Samples.Article("no-header.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("dyad: error: ", result.Stderr);
        Assert.Contains("verbs/mine.txt:2: 'Meet' is not a lower-case word", result.Stderr);
    }

    [Fact]
    public void A_bad_option_value_is_explained_without_a_stack_trace()
    {
        var result = DyadCli.Run("code", "--format", "xml", Samples.Articles);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--format is auto, text, jsonl, feed, html or reuters", result.Stderr + result.Stdout);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void Coding_a_sample_article_writes_events_with_actors_codes_and_evidence()
    {
        var result = DyadCli.Run("code", Samples.Article("south-america/chile-bolivia-water.txt"));

        Assert.Equal(0, result.ExitCode);
        var events = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement).ToList();
        var meeting = Assert.Single(events, e => e.GetProperty("root").GetString() == "04");
        Assert.Equal("CHLGOV", meeting.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("BOLGOV", meeting.GetProperty("target").GetProperty("code").GetString());
        Assert.Equal("2019-03-14", meeting.GetProperty("date").GetString());
        Assert.Equal("Santiago", meeting.GetProperty("location").GetProperty("name").GetString());
        Assert.Contains("04-consult", meeting.GetProperty("rule").GetString());
        Assert.Contains("coded 1 article", result.Stderr);
    }

    [Fact]
    public void Text_output_and_explain_show_events_and_the_reasons_behind_them()
    {
        var result = DyadCli.RunWithInput(
            "Peru and Chile signed a fisheries agreement on Thursday. The Bolivian army did not attack the rebels.",
            "code", "--text", "--explain", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("PER 057 CHL", result.Stdout);
        Assert.Contains("CHL 057 PER", result.Stdout);
        Assert.Contains("actor Name", result.Stderr);
        Assert.Contains("not coded: negated, modal or conditional", result.Stderr);
    }
}
