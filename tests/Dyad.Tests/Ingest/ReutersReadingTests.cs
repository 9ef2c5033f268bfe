using System.Text;
using Dyad.Ingest;

namespace Dyad.Tests.Ingest;

public class ReutersReadingTests
{
    private static string Story(int id, string body) => $"""
        <REUTERS TOPICS="NO" NEWID="{id}">
        <DATE> 3-MAR-1987 10:00:00.00</DATE>
        <TEXT>&#2;
        <TITLE>STORY {id}</TITLE>
        <DATELINE>    ZURICH, March 3 - </DATELINE><BODY>{body}
         REUTER
        &#3;</BODY></TEXT>
        </REUTERS>

        """;

    private static List<ReadItem> Read(ReadOptions options, params string[] paths) => [.. new ArticleReader(options).Read(paths)];

    [Fact]
    public void Sgm_file_is_read_story_by_story_as_latin1()
    {
        using var dir = new TempFolder();
        var sgml = "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
            + Story(11, "Swiss and Austrian officials met in Z\u00fcrich on Tuesday to discuss transit fees.")
            + Story(12, "The Swiss franc firmed against the dollar after the talks.");
        var path = dir.WriteBytes("reut2-000.sgm", Encoding.Latin1.GetBytes(sgml));

        var items = Read(ReadOptions.Default, path);

        Assert.Empty(items.OfType<ReadProblem>());
        var articles = items.OfType<ArticleRead>().Select(a => a.Article).ToList();
        Assert.Equal(["reuters-11", "reuters-12"], articles.Select(a => a.Id));
        Assert.Equal([path + "#newid-11", path + "#newid-12"], articles.Select(a => a.Origin));
        Assert.Equal("Swiss and Austrian officials met in Z\u00fcrich on Tuesday to discuss transit fees.", articles[0].Text);
        Assert.Equal("ZURICH", articles[0].Dateline);
    }

    [Fact]
    public void Reuters_sgml_is_recognised_by_its_first_bytes_whatever_the_extension()
    {
        using var dir = new TempFolder();
        var path = dir.Write("reuters.txt", Story(5, "Dock workers in Genoa ended their strike."));

        var article = Assert.Single(Read(ReadOptions.Default, path).OfType<ArticleRead>()).Article;

        Assert.Equal("reuters-5", article.Id);
    }

    [Fact]
    public void An_oversized_story_is_reported_and_the_next_story_is_read()
    {
        using var dir = new TempFolder();
        var path = dir.Write("big.sgm", Story(1, string.Join('\n', Enumerable.Repeat("The minister spoke at length about tariffs.", 40))) + Story(2, "Talks ended."));

        var items = Read(new ReadOptions { MaxArticleBytes = 1000 }, path);

        var problem = Assert.Single(items.OfType<ReadProblem>());
        Assert.True(problem.IsError);
        Assert.Equal(path + "#newid-1", problem.Origin);
        Assert.Contains("larger than", problem.Message);
        Assert.Equal("reuters-2", Assert.Single(items.OfType<ArticleRead>()).Article.Id);
    }

    [Fact]
    public void An_sgm_file_without_stories_is_reported()
    {
        using var dir = new TempFolder();
        var path = dir.Write("notes.sgm", "These are my notes about the corpus.\n");

        var problem = Assert.Single(Read(ReadOptions.Default, path).OfType<ReadProblem>());

        Assert.Contains("no Reuters story", problem.Message);
    }

    [Fact]
    public void A_real_corpus_file_reads_with_default_options_like_the_direct_reader()
    {
        var shared = Samples.Shared ?? throw new InvalidOperationException("../shared is not beside the repository");
        var path = Path.Combine(shared, "reuters-21578", "reut2-000.sgm");

        var items = Read(ReadOptions.Default, path);

        Assert.Empty(items.OfType<ReadProblem>());
        var articles = items.OfType<ArticleRead>().Select(a => a.Article).ToList();
        Assert.True(articles.Count > 900, $"only {articles.Count} stories");
        Assert.Equal(ReutersSgml.Read(path).Select(a => a.Id), articles.Select(a => a.Id));
        Assert.Equal("BAHIA COCOA REVIEW", articles[0].Title);
    }
}
