using Dyad.Ingest;

namespace Dyad.Tests.Ingest;

public class HtmlReadingTests
{
    private static readonly string Summit = Path.Combine(Samples.Folder, "html", "summit.html");

    // About fifty words of news, enough to count as an article body.
    private const string Story =
        "<p>BAMAKO, June 3 (Sahel Post) - Mali and Burkina Faso agreed on Saturday to create a joint force to secure "
        + "their shared border, the two defence ministers said after meeting in Bamako.</p>"
        + "<p>The ministers said the force would be ready within three months and would be funded equally by both "
        + "governments, with support promised by Niger.</p>";

    private static List<ReadItem> Read(params string[] paths) => [.. new ArticleReader().Read(paths)];

    private static Dyad.Domain.Article ReadOne(string path) =>
        Assert.Single(Read(path).OfType<ArticleRead>()).Article;

    [Fact]
    public void Html_page_gives_title_url_date_source_byline_and_dateline()
    {
        var items = Read(Summit);

        Assert.Empty(items.OfType<ReadProblem>());
        var article = Assert.Single(items.OfType<ArticleRead>()).Article;
        Assert.Equal("Ghana and Cote d'Ivoire sign cocoa pricing pact at Accra summit", article.Title);
        Assert.Equal("https://coastline.example.com/africa/2023/10/ghana-ivory-coast-cocoa-pact", article.Url);
        Assert.Equal(new DateTime(2023, 10, 6, 14, 20, 0), article.Published);
        Assert.Equal("The Coastline Herald", article.Source);
        Assert.Equal("Kofi Mensah", article.Byline);
        Assert.Equal("Accra", article.Dateline);
        Assert.Equal("Coastline", article.Wire);
        Assert.Equal(Summit, article.Origin);
        Assert.StartsWith("ACCRA, Oct 6 (Coastline) - Ghana and Cote d'Ivoire signed an agreement", article.Text);
    }

    [Fact]
    public void Html_boilerplate_is_dropped_from_the_body()
    {
        var text = ReadOne(Summit).Text;

        Assert.Equal(5, text.Split("\n\n").Length);
        Assert.EndsWith("along the countries' northern frontiers.", text);
        foreach (var boilerplate in (string[])["cookies", "Share on", "Subscribe", "Related", "Cocoa prices hit", "Reader123",
                                               "Most read", "All rights reserved", "Photo:", "Advertisement", "dataLayer", "Africa briefing"])
        {
            Assert.DoesNotContain(boilerplate, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Page_without_article_body_is_reported_by_name()
    {
        using var dir = new TempFolder();
        var path = dir.Write("front.html", """
            <!DOCTYPE html><html><head><title>Front page</title></head><body>
            <nav><ul><li><a href="/world">World</a></li><li><a href="/africa">Africa</a></li></ul></nav>
            <main><p>Top stories of the day.</p><div class="related"><p>More from our correspondents in the region.</p></div></main>
            <footer><p>Contact us.</p></footer></body></html>
            """);

        var items = Read(path);

        var problem = Assert.Single(items.OfType<ReadProblem>());
        Assert.True(problem.IsError);
        Assert.Equal(path, problem.Origin);
        Assert.Equal("no article body found in this HTML page (only navigation or too little paragraph text)", problem.Message);
        Assert.Empty(items.OfType<ArticleRead>());
    }

    [Fact]
    public void A_page_without_story_markup_takes_the_block_whose_paragraphs_hold_the_most_text()
    {
        using var dir = new TempFolder();
        var path = dir.Write("plain.html", $"""
            <html><head><title>Joint force | Sahel Post</title></head><body>
            <div class="menu"><p>Home</p><p>World</p></div>
            <div class="story-text">{Story}</div>
            <div class="box"><p>Weather: sunny in Bamako.</p></div>
            </body></html>
            """);

        var article = ReadOne(path);

        Assert.Equal("Joint force | Sahel Post", article.Title);
        Assert.StartsWith("BAMAKO, June 3 (Sahel Post) - Mali and Burkina Faso", article.Text);
        Assert.EndsWith("support promised by Niger.", article.Text);
        Assert.Equal("Bamako", article.Dateline);
    }

    [Fact]
    public void Title_and_date_come_from_the_headline_and_the_first_time_in_the_body_and_leave_the_text()
    {
        using var dir = new TempFolder();
        var path = dir.Write("story.htm", $"""
            <html><head><title>Site name</title></head><body>
            <article><h1>Mali and Burkina Faso form a joint force</h1><time datetime="2023-06-03">3 June</time>{Story}</article>
            </body></html>
            """);

        var article = ReadOne(path);

        Assert.Equal("Mali and Burkina Faso form a joint force", article.Title);
        Assert.Equal(new DateTime(2023, 6, 3), article.Published);
        Assert.StartsWith("BAMAKO, June 3 (Sahel Post) - ", article.Text);
        Assert.Equal("Bamako", article.Dateline);
    }

    [Fact]
    public void Html_is_recognised_by_its_doctype_whatever_the_extension()
    {
        using var dir = new TempFolder();
        var path = dir.Write("saved-page.txt", $"<!DOCTYPE html>\n<html><body><main>{Story}</main></body></html>");

        var article = ReadOne(path);

        Assert.StartsWith("BAMAKO, June 3", article.Text);
        Assert.DoesNotContain("<p>", article.Text);
    }

    [Fact]
    public void A_nonsense_published_time_is_warned_about_and_the_page_is_read()
    {
        using var dir = new TempFolder();
        var path = dir.Write("old.html", $"""<html><head><meta name="date" content="1066-10-14"></head><body><article>{Story}</article></body></html>""");

        var items = Read(path);

        var warning = Assert.Single(items.OfType<ReadProblem>());
        Assert.False(warning.IsError);
        Assert.Contains("1066-10-14", warning.Message);
        Assert.Null(Assert.Single(items.OfType<ArticleRead>()).Article.Published);
    }
}
