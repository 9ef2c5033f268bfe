using Dyad.Ingest;

namespace Dyad.Tests.Ingest;

public class WireStoryTests
{
    private static Dyad.Domain.Article Parse(string text, List<string>? warnings = null) =>
        WireStory.Parse(text, "test.txt", warnings ?? []);

    [Fact]
    public void Wire_header_fields_are_parsed_into_the_article()
    {
        var article = Parse(File.ReadAllText(Samples.Article("south-america/chile-bolivia-water.txt")));

        Assert.Equal("Chile and Bolivia open talks on shared river", article.Title);
        Assert.Equal("Andes Wire Service", article.Source);
        Assert.Equal("Marta Quispe", article.Byline);
        Assert.Equal(new DateTime(2019, 3, 14, 9, 5, 0), article.Published);
        Assert.Equal("Santiago", article.Dateline);
        Assert.Equal("Andes Wire", article.Wire);
        Assert.StartsWith("SANTIAGO (Andes Wire) - Chilean Foreign Minister", article.Text);
        Assert.EndsWith("in May.", article.Text);
    }

    [Fact]
    public void Dateline_with_region_and_em_dash_gives_the_city()
    {
        var article = Parse(File.ReadAllText(Samples.Article("africa/kenya-somalia-border.txt")));

        Assert.Equal("Nairobi", article.Dateline);
        Assert.Equal("HD", article.Wire);
        Assert.Equal(new DateTime(2021, 6, 2), article.Published);
        Assert.Equal("Horn Daily", article.Source);
        Assert.Equal("Amina Yusuf", article.Byline);
    }

    [Theory]
    [InlineData("WASHINGTON, Oct 5 (Reuters) - The Senate voted.", "Washington", "Reuters")]
    [InlineData("RIO DE JANEIRO (AP) -- Thousands marched.", "Rio de Janeiro", "AP")]
    [InlineData("BEIJING — China said on Monday it would retaliate.", "Beijing", null)]
    [InlineData("KABUL, Afghanistan (AP) – A bomb exploded.", "Kabul", "AP")]
    public void Datelines_in_common_wire_styles_are_recognised(string text, string place, string? wire)
    {
        var dateline = Dateline.Match(text);

        Assert.NotNull(dateline);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(wire, dateline.Wire);
    }

    [Theory]
    [InlineData("The talks - which lasted three days - ended without a deal.")]
    [InlineData("U.S. officials said on Monday that talks would resume.")]
    [InlineData("NATO AND THE EU AGREED ON A PLAN FOR THE REGION, OFFICIALS SAID - NO DATE WAS SET")]
    public void Ordinary_sentences_are_not_taken_for_datelines(string text) =>
        Assert.Null(Dateline.Match(text));

    [Fact]
    public void Text_without_a_header_is_all_body()
    {
        var text = File.ReadAllText(Samples.Article("no-header.txt"));

        var article = Parse(text);

        Assert.Null(article.Title);
        Assert.Null(article.Published);
        Assert.Equal(text.Trim(), article.Text);
    }

    [Fact]
    public void A_short_first_line_standing_alone_is_taken_as_the_headline()
    {
        var article = Parse("Floods cut off northern towns\n\nRivers burst their banks across the north on Sunday, officials said.\n");

        Assert.Equal("Floods cut off northern towns", article.Title);
        Assert.Equal("Rivers burst their banks across the north on Sunday, officials said.", article.Text);
    }

    [Fact]
    public void A_posted_date_that_makes_no_sense_is_dropped_with_a_warning()
    {
        var warnings = new List<string>();

        var article = Parse("Storm hits coast\n\nCoast Radio\nPosted: Feb 30, 2015 4:00 PM\n\nA storm hit the coast on Tuesday.\n", warnings);

        Assert.Null(article.Published);
        Assert.Equal("A storm hit the coast on Tuesday.", article.Text);
        var warning = Assert.Single(warnings);
        Assert.Contains("Feb 30, 2015", warning);
    }

    [Fact]
    public void The_same_story_with_different_spacing_gets_the_same_id()
    {
        var a = Parse("Troops withdrew from the town on Friday.\n");
        var b = Parse("Troops  withdrew from the town\non Friday.   ");

        Assert.Equal(a.Id, b.Id);
        Assert.Matches("^[0-9a-f]{16}$", a.Id);
    }

    [Fact]
    public void Windows_line_endings_give_the_same_article()
    {
        var text = File.ReadAllText(Samples.Article("south-america/chile-bolivia-water.txt"));

        var unix = Parse(text);
        var windows = Parse(TextDecoder.Decode(System.Text.Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n")), null, out _)!);

        Assert.Equal(unix, windows with { Origin = unix.Origin });
    }
}
