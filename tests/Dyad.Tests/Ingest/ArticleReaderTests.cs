using System.Text;
using Dyad.Ingest;

namespace Dyad.Tests.Ingest;

public class ArticleReaderTests
{
    private static List<ReadItem> Read(ReadOptions? options = null, params string[] paths) =>
        [.. new ArticleReader(options ?? ReadOptions.Default).Read(paths)];

    private static ReadProblem SingleError(List<ReadItem> items) =>
        Assert.Single(items.OfType<ReadProblem>(), p => p.IsError);

    [Fact]
    public void A_folder_is_read_recursively_in_name_order()
    {
        var items = Read(null, Samples.Articles);

        var origins = items.OfType<ArticleRead>().Select(a => Path.GetRelativePath(Samples.Articles, a.Article.Origin!)).ToList();
        Assert.Equal(
            ["africa/kenya-somalia-border.txt", "no-header.txt", "south-america/chile-bolivia-water.txt", "stories.jsonl:1", "stories.jsonl:2", "stories.jsonl:4"],
            origins);
    }

    [Fact]
    public void Json_lines_give_one_article_per_line_with_their_fields()
    {
        var articles = Read(null, Samples.Article("stories.jsonl")).OfType<ArticleRead>().Select(a => a.Article).ToList();

        Assert.Equal(3, articles.Count);
        var first = articles[0];
        Assert.Equal("ex-001", first.Id);
        Assert.Equal("Japan and Australia sign defence pact", first.Title);
        Assert.Equal(new DateTime(2022, 1, 6), first.Published);
        Assert.Equal("Pacific Desk", first.Source);
        Assert.Equal("https://example.org/news/ex-001", first.Url);
        Assert.Equal("Tokyo", first.Dateline);
        Assert.Equal(new DateTime(2023, 2, 11), articles[1].Published);
        Assert.Matches("^[0-9a-f]{16}$", articles[1].Id);
        Assert.Equal("42", articles[2].Id);
    }

    [Fact]
    public void A_json_line_with_a_nonsense_date_is_read_without_its_date_and_warned_about()
    {
        var items = Read(null, Samples.Article("stories.jsonl"));

        var warning = Assert.Single(items.OfType<ReadProblem>());
        Assert.False(warning.IsError);
        Assert.Equal(4, warning.Line);
        Assert.Contains("2023-13-40", warning.Message);
        Assert.Null(items.OfType<ArticleRead>().Last().Article.Published);
    }

    [Fact]
    public void An_invalid_json_line_is_reported_with_its_line_and_the_other_lines_are_read()
    {
        using var dir = new TempFolder();
        var path = dir.Write("feed.jsonl", "{\"text\":\"Rebels freed two hostages on Monday.\"}\n{\"text\": \"unterminated\n[1,2]\n{\"title\":\"no body\"}\n{\"text\":\"Talks resumed in Doha.\"}\n");

        var items = Read(null, path);

        Assert.Equal(2, items.OfType<ArticleRead>().Count());
        var problems = items.OfType<ReadProblem>().ToList();
        Assert.Equal([2, 3, 4], problems.Select(p => p.Line!.Value));
        Assert.All(problems, p => Assert.Equal(path, p.Origin));
        Assert.Contains("not valid JSON", problems[0].Message);
        Assert.Contains("expected a JSON object", problems[1].Message);
        Assert.Contains("no \"text\" field", problems[2].Message);
        Assert.Equal($"{path}:2: {problems[0].Message}", problems[0].ToString());
    }

    [Fact]
    public void An_empty_file_is_reported_by_name()
    {
        using var dir = new TempFolder();
        var path = dir.Write("empty.txt", "");

        var problem = SingleError(Read(null, path));

        Assert.Equal(path, problem.Origin);
        Assert.Contains("empty", problem.Message);
    }

    [Fact]
    public void A_binary_file_is_reported_and_not_read_as_text()
    {
        using var dir = new TempFolder();
        var path = dir.WriteBytes("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x02, 0x00]);

        var problem = SingleError(Read(null, path));

        Assert.Contains("binary", problem.Message);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_the_line_of_the_bad_byte_and_a_way_out()
    {
        using var dir = new TempFolder();
        var bytes = Encoding.Latin1.GetBytes("Officials in Bogot\u00e1 met on Tuesday.\nThe minister of S\u00e3o Tom\u00e9 spoke.\n");
        var path = dir.WriteBytes("latin1.txt", bytes);

        var problem = SingleError(Read(null, path));

        Assert.Contains("not valid UTF-8", problem.Message);
        Assert.Contains("line 1", problem.Message);
        Assert.Contains("--encoding", problem.Message);
    }

    [Fact]
    public void A_latin1_file_is_read_when_its_encoding_is_given()
    {
        using var dir = new TempFolder();
        var path = dir.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Officials in Bogot\u00e1 met on Tuesday with envoys from Panam\u00e1 and the rest of the region.\n"));

        var article = Assert.Single(Read(new ReadOptions { Encoding = Encoding.Latin1 }, path).OfType<ArticleRead>()).Article;

        Assert.Contains("Bogot\u00e1", article.Text);
    }

    [Fact]
    public void A_utf16_file_with_a_byte_order_mark_is_decoded()
    {
        using var dir = new TempFolder();
        var path = dir.WriteBytes("utf16.txt", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes("The army took control of the airport in Niamey.")]);

        var article = Assert.Single(Read(null, path).OfType<ArticleRead>()).Article;

        Assert.Equal("The army took control of the airport in Niamey.", article.Text);
    }

    [Fact]
    public void A_50_megabyte_file_is_refused_as_too_large_without_being_read()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "huge.txt");
        using (var f = File.Create(path))
        {
            f.SetLength(50L * 1024 * 1024);
        }

        var problem = SingleError(Read(null, path));

        Assert.Contains("too large", problem.Message);
        Assert.Contains("50 MB", problem.Message);
        Assert.Contains("--max-size", problem.Message);
    }

    [Fact]
    public void A_missing_path_is_reported_and_the_other_paths_are_still_read()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-dyad-file.txt");

        var items = Read(null, missing, Samples.Article("no-header.txt"));

        Assert.Equal(missing, SingleError(items).Origin);
        Assert.Single(items.OfType<ArticleRead>());
    }

    [Fact]
    public void Stdin_is_read_as_one_article_or_as_json_lines()
    {
        var reader = new ArticleReader();

        var text = reader.Read(["-"], () => new MemoryStream(Encoding.UTF8.GetBytes("Protesters marched on parliament in Tbilisi."))).ToList();
        var jsonl = reader.Read(["-"], () => new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n"))).ToList();

        Assert.Equal("-", Assert.Single(text.OfType<ArticleRead>()).Article.Origin);
        Assert.Equal(["-:1", "-:2"], jsonl.OfType<ArticleRead>().Select(a => a.Article.Origin));
    }

    [Fact]
    public void Text_that_is_not_english_is_read_with_a_warning()
    {
        using var dir = new TempFolder();
        var path = dir.Write("es.txt", "El presidente de Colombia se reunió el lunes con los líderes de la guerrilla en La Habana para discutir el acuerdo de paz y los próximos pasos del proceso, según fuentes del gobierno.");

        var items = Read(null, path);

        Assert.Single(items.OfType<ArticleRead>());
        var warning = Assert.Single(items.OfType<ReadProblem>());
        Assert.False(warning.IsError);
        Assert.Contains("English", warning.Message);
    }

    [Fact]
    public void A_file_that_disappears_after_the_folder_listing_is_reported_and_the_rest_are_read()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Troops from Chad crossed into Sudan on Monday.");
        var vanishing = dir.Write("b.txt", "Sudan protested to Chad on Tuesday.");
        dir.Write("c.txt", "Chad withdrew its troops on Wednesday.");

        var items = new List<ReadItem>();
        foreach (var item in new ArticleReader().Read([dir.Path]))
        {
            // The folder is listed before the first file is read; the second file goes in between.
            if (items.Count == 0)
            {
                File.Delete(vanishing);
            }

            items.Add(item);
        }

        var problem = SingleError(items);
        Assert.Equal(vanishing, problem.Origin);
        Assert.Equal("the file disappeared before it could be read", problem.Message);
        Assert.Equal(2, items.OfType<ArticleRead>().Count());
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- news -->\n<rss version=\"2.0\">", InputFormat.Feed)]
    [InlineData("\uFEFF<feed xmlns=\"http://www.w3.org/2005/Atom\">", InputFormat.Feed)]
    [InlineData("<!doctype html><html>", InputFormat.Html)]
    [InlineData("<HTML lang=\"en\">", InputFormat.Html)]
    [InlineData("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">", InputFormat.Reuters)]
    [InlineData("<REUTERS NEWID=\"1\">", InputFormat.Reuters)]
    [InlineData("{\"text\":\"Talks.\"}", InputFormat.JsonLines)]
    [InlineData("LIMA (Reuters) - Talks began.", InputFormat.Text)]
    [InlineData("<rsvp>Talks.</rsvp>", InputFormat.Text)]
    public void Stdin_is_recognised_by_its_first_bytes(string head, InputFormat expected)
    {
        Assert.Equal(expected, InputSniffer.Resolve(null, Encoding.UTF8.GetBytes(head)));
    }

    [Theory]
    [InlineData("news.rss", "Plain words.", InputFormat.Feed)]
    [InlineData("page.xml", "<!DOCTYPE html><html>", InputFormat.Html)]
    [InlineData("page.HTM", "Plain words.", InputFormat.Html)]
    [InlineData("reut2-000.sgm", "Plain words.", InputFormat.Reuters)]
    [InlineData("stories.ndjson", "<rss>", InputFormat.JsonLines)]
    [InlineData("story.txt", "{\"text\":\"Talks.\"}", InputFormat.Text)]
    [InlineData("story.txt", "<rss version=\"2.0\">", InputFormat.Feed)]
    public void Files_are_recognised_by_extension_then_by_first_bytes(string name, string head, InputFormat expected)
    {
        Assert.Equal(expected, InputSniffer.Resolve(name, Encoding.UTF8.GetBytes(head)));
    }
}
