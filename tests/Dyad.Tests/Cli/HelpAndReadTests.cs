using System.Text.Json;

namespace Dyad.Tests.Cli;

public class HelpAndReadTests
{
    [Fact]
    public void Top_level_help_lists_the_commands_with_what_they_do()
    {
        var result = DyadCli.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("code", result.Stdout);
        Assert.Contains("CAMEO", result.Stdout);
        Assert.Contains("knowledge", result.Stdout);
        Assert.Contains("read", result.Stdout);
    }

    [Fact]
    public void Code_help_teaches_paths_options_and_examples()
    {
        var result = DyadCli.Run("code", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<PATH>", result.Stdout);
        Assert.Contains("--knowledge", result.Stdout);
        Assert.Contains("--encoding", result.Stdout);
        Assert.Contains("--max-size", result.Stdout);
        Assert.Contains("dyad code news/", result.Stdout);
    }

    [Fact]
    public void Read_prints_each_article_as_json_with_its_parsed_header()
    {
        var result = DyadCli.Run("read", Samples.Article("africa/kenya-somalia-border.txt"));

        Assert.Equal(0, result.ExitCode);
        var article = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("Kenya deploys troops after border raid", article.GetProperty("title").GetString());
        Assert.Equal("2021-06-02T00:00:00", article.GetProperty("date").GetString());
        Assert.Equal("Nairobi", article.GetProperty("dateline").GetString());
        Assert.StartsWith("NAIROBI, Kenya (HD)", article.GetProperty("text").GetString());
    }

    [Fact]
    public void Read_prints_the_items_of_a_folder_of_feeds_as_json_lines_with_their_urls()
    {
        var result = DyadCli.Run("read", Path.Combine(Samples.Folder, "feeds"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        var articles = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(
            [
                "https://diplomacy.example.com/2024/03/norway-colombia-eln",
                "https://diplomacy.example.com/2024/03/poland-belarus-envoy",
                "https://news.example.org/world/2023/05/vietnam-philippines-patrols",
                "https://news.example.org/world/2023/05/kenya-uganda-envoy",
                "https://news.example.org/world/2023/05/chile-mediation",
            ],
            articles.Select(a => a.GetProperty("url").GetString()));
        Assert.EndsWith("world-news.rss#item-1", articles[2].GetProperty("origin").GetString());
        Assert.Contains("read 5 articles", result.Stderr);
    }

    [Fact]
    public void Read_help_names_the_new_formats_and_a_wrong_format_is_refused()
    {
        var help = DyadCli.Run("read", "--help");
        var wrong = DyadCli.Run("read", "--format", "pdf", "x.pdf");

        Assert.Contains("feed (RSS/Atom), html or reuters", help.Stdout);
        Assert.NotEqual(0, wrong.ExitCode);
        Assert.Contains("auto, text, jsonl, feed, html or reuters", wrong.Stdout + wrong.Stderr);
    }

    [Fact]
    public void A_legacy_encoded_file_is_read_with_encoding_and_printed_as_readable_utf8()
    {
        using var dir = new TempFolder();
        var path = dir.WriteBytes("latin1.txt", System.Text.Encoding.Latin1.GetBytes("Troops entered Bogot\u00e1 on Monday after talks in Panam\u00e1 failed."));

        var result = DyadCli.Run("read", "--encoding", "windows-1252", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Troops entered Bogot\u00e1 on Monday", result.Stdout);
    }

    [Fact]
    public void Knowledge_check_passes_on_the_built_in_files_and_reports_counts_as_json()
    {
        var result = DyadCli.Run("knowledge", "check", "--json", "--no-warnings");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        var report = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.True(report.GetProperty("ok").GetBoolean());
        Assert.True(report.GetProperty("counts").GetProperty("verb_patterns").GetInt32() >= 2000);
    }

    [Fact]
    public void Knowledge_lookup_resolves_a_title_to_an_actor_code()
    {
        var result = DyadCli.Run("knowledge", "lookup", "Peruvian President", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("PERGOV", JsonDocument.Parse(result.Stdout).RootElement.GetProperty("actor").GetProperty("code").GetString());
    }
}
