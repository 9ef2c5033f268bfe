using System.Text;
using Dyad.Ingest;

namespace Dyad.Tests.Ingest;

public class FeedReadingTests
{
    private static string Feed(string name) => Path.Combine(Samples.Folder, "feeds", name);

    private static List<ReadItem> Read(params string[] paths) => [.. new ArticleReader().Read(paths)];

    private static string Rss(string items) =>
        $"""<?xml version="1.0"?><rss version="2.0"><channel><title>Test Desk</title>{items}</channel></rss>""";

    [Fact]
    public void Rss_item_becomes_an_article_with_link_and_date()
    {
        var items = Read(Feed("world-news.rss"));

        Assert.Empty(items.OfType<ReadProblem>());
        var first = items.OfType<ArticleRead>().First().Article;
        Assert.Equal("https://news.example.org/world/2023/05/vietnam-philippines-patrols", first.Url);
        Assert.Equal(new DateTime(2023, 5, 16, 9, 30, 0), first.Published);
        Assert.Equal("Vietnam and the Philippines agree to joint coast guard patrols", first.Title);
        Assert.Equal("Meridian World Desk", first.Source);
        Assert.Equal("Linh Tran", first.Byline);
        Assert.Equal(Feed("world-news.rss") + "#item-1", first.Origin);
        Assert.Equal("Hanoi", first.Dateline);
        Assert.Equal("Meridian", first.Wire);
        Assert.Equal(ArticleId.FromText(first.Text), first.Id);
    }

    [Fact]
    public void Full_content_is_preferred_and_its_html_becomes_paragraphs_of_plain_text()
    {
        var text = Read(Feed("world-news.rss")).OfType<ArticleRead>().First().Article.Text;

        Assert.StartsWith("HANOI, May 16 (Meridian) - Vietnam and the Philippines agreed on Tuesday", text);
        Assert.Contains("talks in Hanoi.\n\nThe Philippine foreign secretary", text);
        Assert.Contains("\u201cprotect fishermen of both nations\u201d", text);
        Assert.EndsWith("China's embassy in Hanoi did not respond to a request for comment.", text);
        Assert.DoesNotContain("trackRead", text);
        Assert.DoesNotContain("<p>", text);
    }

    [Fact]
    public void An_items_own_source_and_creator_are_kept()
    {
        var articles = Read(Feed("world-news.rss")).OfType<ArticleRead>().Select(a => a.Article).ToList();

        Assert.Equal(3, articles.Count);
        Assert.Equal("Amina Wanjiru", articles[1].Byline);
        Assert.StartsWith("NAIROBI, May 17 (Meridian) - Kenya recalled", articles[1].Text);
        Assert.Equal("Andes Wire", articles[2].Source);
        Assert.Null(articles[2].Byline);
    }

    [Fact]
    public void Atom_entries_use_their_content_or_summary_and_their_published_or_updated_date()
    {
        var articles = Read(Feed("diplomacy.atom")).OfType<ArticleRead>().Select(a => a.Article).ToList();

        Assert.Equal(2, articles.Count);
        Assert.Equal("https://diplomacy.example.com/2024/03/norway-colombia-eln", articles[0].Url);
        Assert.Equal(new DateTime(2024, 3, 7, 8, 15, 0), articles[0].Published);
        Assert.Equal("Ingrid Solberg", articles[0].Byline);
        Assert.Equal("Northbridge Diplomacy Notes", articles[0].Source);
        Assert.Contains("next month, the Norwegian foreign ministry said on Thursday.\n\nColombia\u2019s chief negotiator", articles[0].Text);
        Assert.Equal(new DateTime(2024, 3, 8, 11, 40, 0), articles[1].Published);
        Assert.StartsWith("WARSAW, March 8 (Northbridge) - Poland summoned", articles[1].Text);
    }

    [Fact]
    public void Malformed_feed_is_reported_and_the_next_file_is_read()
    {
        using var dir = new TempFolder();
        var broken = dir.Write("a-broken.rss", Rss("<item><title>Talks<description>Envoys met.</description></item>"));
        dir.Write("b-good.rss", Rss("<item><title>Talks</title><description>Envoys from Chad and Sudan met in Doha.</description></item>"));

        var items = Read(dir.Path);

        var problem = Assert.Single(items.OfType<ReadProblem>());
        Assert.Equal(broken, problem.Origin);
        Assert.True(problem.IsError);
        Assert.StartsWith("not a valid RSS or Atom feed: ", problem.Message);
        Assert.Contains("Line 1", problem.Message);
        Assert.Equal("Envoys from Chad and Sudan met in Doha.", Assert.Single(items.OfType<ArticleRead>()).Article.Text);
    }

    [Fact]
    public void Xml_that_is_neither_rss_nor_atom_is_reported()
    {
        using var dir = new TempFolder();
        var path = dir.Write("catalog.xml", "<?xml version=\"1.0\"?><catalog><book>Essays</book></catalog>");

        var problem = Assert.Single(Read(path).OfType<ReadProblem>());

        Assert.True(problem.IsError);
        Assert.Contains("not an RSS or Atom feed", problem.Message);
        Assert.Contains("<catalog>", problem.Message);
    }

    [Fact]
    public void Rss_without_a_channel_is_reported_as_invalid()
    {
        using var dir = new TempFolder();
        var path = dir.Write("bare.rss", "<rss version=\"2.0\"></rss>");

        var problem = Assert.Single(Read(path).OfType<ReadProblem>());

        Assert.Contains("has no <channel>", problem.Message);
    }

    [Fact]
    public void A_feed_without_items_is_a_warning()
    {
        using var dir = new TempFolder();
        var path = dir.Write("quiet.rss", Rss(""));

        var problem = Assert.Single(Read(path));

        var warning = Assert.IsType<ReadProblem>(problem);
        Assert.False(warning.IsError);
        Assert.Equal(path, warning.Origin);
        Assert.Contains("no items", warning.Message);
    }

    [Fact]
    public void An_item_without_text_is_reported_with_its_number_and_link_and_the_others_are_read()
    {
        using var dir = new TempFolder();
        var path = dir.Write("gaps.rss", Rss(
            "<item><title>One</title><description>Mali expelled the French ambassador.</description></item>" +
            "<item><title>Two</title><link>https://example.org/two</link><description>  </description></item>" +
            "<item><title>Three</title><description>Senegal reopened its border.</description></item>"));

        var items = Read(path);

        var problem = Assert.Single(items.OfType<ReadProblem>());
        Assert.True(problem.IsError);
        Assert.Equal(path + "#item-2", problem.Origin);
        Assert.Contains("item 2", problem.Message);
        Assert.Contains("https://example.org/two", problem.Message);
        Assert.Equal([path + "#item-1", path + "#item-3"], items.OfType<ArticleRead>().Select(a => a.Article.Origin));
    }

    [Fact]
    public void An_item_with_a_nonsense_date_is_read_without_it_and_warned_about()
    {
        using var dir = new TempFolder();
        var path = dir.Write("future.rss", Rss("<item><pubDate>Tue, 06 Oct 2999 14:00:00 GMT</pubDate><description>Peru recalled its envoy.</description></item>"));

        var items = Read(path);

        var warning = Assert.Single(items.OfType<ReadProblem>());
        Assert.False(warning.IsError);
        Assert.Equal(path + "#item-1", warning.Origin);
        Assert.Contains("2999", warning.Message);
        Assert.Null(Assert.Single(items.OfType<ArticleRead>()).Article.Published);
    }

    [Fact]
    public void A_feed_on_stdin_is_recognised_by_its_root_element()
    {
        var xml = Rss("<item><link>https://example.org/1</link><description>Chad closed its border with Sudan.</description></item>");

        var items = new ArticleReader().Read(["-"], () => new MemoryStream(Encoding.UTF8.GetBytes(xml))).ToList();

        var article = Assert.Single(items.OfType<ArticleRead>()).Article;
        Assert.Equal("-#item-1", article.Origin);
        Assert.Equal("https://example.org/1", article.Url);
    }

    [Fact]
    public void A_feed_declaring_latin1_is_decoded_in_that_encoding()
    {
        using var dir = new TempFolder();
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Andes</title>" +
            "<item><description>Ministers met in Bogot\u00e1 on Monday.</description></item></channel></rss>";
        var path = dir.WriteBytes("latin1.rss", Encoding.Latin1.GetBytes(xml));

        var article = Assert.Single(Read(path).OfType<ArticleRead>()).Article;

        Assert.Equal("Ministers met in Bogot\u00e1 on Monday.", article.Text);
    }
}
