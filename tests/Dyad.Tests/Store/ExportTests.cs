using Dyad.Store;
using Dyad.Tests.Cli;
using Dyad.Tests.Coding;
using DuckDB.NET.Data;
using static Dyad.Tests.Store.Reports;

namespace Dyad.Tests.Store;

public class ExportTests
{
    [Fact]
    public void Gdelt_export_has_the_61_columns_in_gdelt_order()
    {
        Assert.Equal(61, GdeltExport.Columns.Length);
        Assert.Equal(["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code"], GdeltExport.Columns[..6]);
        Assert.Equal("IsRootEvent", GdeltExport.Columns[25]);
        Assert.Equal("GoldsteinScale", GdeltExport.Columns[30]);
        Assert.Equal("ActionGeo_Type", GdeltExport.Columns[51]);
        Assert.Equal(["DATEADDED", "SOURCEURL"], GdeltExport.Columns[59..]);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Gdelt_row_carries_codes_counts_fips_geography_and_url(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        store.Save(
            [
                Coded(Article("w1", "Story one.", url: "https://news.example/lima-talks"), Event("w1", Usa, Peru, "0431", place: Lima)),
                Coded(Article("w2", "Story two.", source: "Wire Two"), Event("w2", Usa, Peru, "0431", place: Lima, sentence: 3)),
            ],
            "k1");

        var output = new StringWriter();
        var count = new GdeltExport(BuiltInCoder.Kb).Write(output, store.Events(new EventQuery(), byId: true));

        Assert.Equal(1, count);
        var fields = output.ToString().TrimEnd('\n').Split('\t');
        Assert.Equal(61, fields.Length);
        string F(string column) => fields[Array.IndexOf(GdeltExport.Columns, column)];
        Assert.Equal(("20121006", "201210", "2012"), (F("Day"), F("MonthYear"), F("Year")));
        Assert.Equal(("USAGOV", "LEON PANETTA", "USA", "GOV"), (F("Actor1Code"), F("Actor1Name"), F("Actor1CountryCode"), F("Actor1Type1Code")));
        Assert.Equal(("PERGOV", "PER", "GOV"), (F("Actor2Code"), F("Actor2CountryCode"), F("Actor2Type1Code")));
        Assert.Equal(("0431", "043", "04", "1"), (F("EventCode"), F("EventBaseCode"), F("EventRootCode"), F("QuadClass")));
        Assert.Equal(("2", "2", "2", "1"), (F("NumMentions"), F("NumSources"), F("NumArticles"), F("IsRootEvent")));
        Assert.Equal(("4", "PE", "-12.0432", "-77.0282"), (F("ActionGeo_Type"), F("ActionGeo_CountryCode"), F("ActionGeo_Lat"), F("ActionGeo_Long")));
        Assert.StartsWith("Lima", F("ActionGeo_FullName"), StringComparison.Ordinal);
        Assert.Equal("0", F("Actor1Geo_Type"));
        Assert.Equal("https://news.example/lima-talks", F("SOURCEURL"));
        Assert.Matches("^[0-9]{14}$", F("DATEADDED"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Gdelt_mentions_give_each_report_with_the_offsets_of_both_actors_and_the_action(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        var text = "Intro line.\nThe American secretary met the Peruvian president in Lima.";
        var meeting = Event("w1", Usa, Peru, "040", place: Lima, sentence: 1, start: 12) with
        {
            Highlights = new Dyad.Domain.Highlights(12, 12, 34, 35, 38, 39, 62),
        };
        store.Save(
            [
                Coded(Article("w1", text, url: "https://news.example/lima"), meeting),
                Coded(Article("w2", "Another wire's story.", source: "Wire Two"), Event("w2", Usa, Peru, "040", place: Lima)),
            ],
            "k1");

        var output = new StringWriter();
        var count = GdeltMentionsExport.Write(output, store.MentionRows(new EventQuery { Source = "USA" }));

        Assert.Equal(2, count);
        var rows = output.ToString().TrimEnd('\n').Split('\n').Select(l => l.Split('\t')).ToList();
        Assert.All(rows, r => Assert.Equal(16, r.Length));
        var web = rows.Single(r => r[3] == "1");
        string F(string[] row, string column) => row[Array.IndexOf(GdeltMentionsExport.Columns, column)];
        Assert.Equal(("news.example", "https://news.example/lima", "2"), (F(web, "MentionSourceName"), F(web, "MentionIdentifier"), F(web, "SentenceID")));
        Assert.Equal(("12", "39", "35"), (F(web, "Actor1CharOffset"), F(web, "Actor2CharOffset"), F(web, "ActionCharOffset")));
        Assert.Equal((text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), "90"), (F(web, "MentionDocLen"), F(web, "Confidence")));
        var cited = rows.Single(r => r[3] == "2");
        Assert.Equal(("Wire Two", "w2", "-1"), (F(cited, "MentionSourceName"), F(cited, "MentionIdentifier"), F(cited, "Actor1CharOffset")));
        Assert.Equal(F(web, "GlobalEventID"), F(cited, "GlobalEventID"));
    }

    [Fact]
    public void Export_command_writes_gdelt_jsonl_and_a_parquet_file_duckdb_reads_back()
    {
        using var test = new TestStore("duckdb");
        Assert.Equal(0, DyadCli.Run("ingest", Samples.Articles, "--db", test.DbArgument).ExitCode);
        using (var store = test.Open())
        {
            Assert.True(store.Counts().Events > 0);
        }

        var gdelt = DyadCli.Run("export", "--format", "gdelt", "--db", test.DbArgument);
        var jsonl = DyadCli.Run("export", "--format", "jsonl", "--source", "JPN", "--db", test.DbArgument);
        var mentions = DyadCli.Run("export", "--format", "gdelt-mentions", "--db", test.DbArgument);
        var parquet = Path.Combine(test.Files.Path, "events.parquet");
        var file = DyadCli.Run("export", "--format", "parquet", "--out", parquet, "--db", test.DbArgument);

        var lines = gdelt.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal(61, line.Split('\t').Length));
        Assert.All(mentions.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Equal(16, line.Split('\t').Length));
        Assert.True(mentions.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= lines.Length);
        Assert.All(jsonl.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains("\"source\":{\"code\":\"JPN", line, StringComparison.Ordinal));
        Assert.Equal(0, file.ExitCode);
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = $"SELECT count(*), count(DISTINCT cameo) FROM read_parquet('{parquet}')";
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.Equal(lines.Length, Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("--from", "2012-02-30")]
    [InlineData("--from", "'; DROP TABLE events; --")]
    [InlineData("--limit", "99999999999999999999")]
    [InlineData("--code", "04 OR 1=1")]
    [InlineData("--source", "USA' OR '1'='1")]
    [InlineData("--quad", "7")]
    [InlineData("--root", "21")]
    public void Hostile_filters_are_refused_with_a_message_not_a_crash(string option, string value)
    {
        using var test = new TestStore("duckdb");

        var run = DyadCli.Run("events", option, value, "--db", test.DbArgument);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("dyad: error:", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }
}
