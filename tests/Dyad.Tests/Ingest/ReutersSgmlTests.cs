using Dyad.Ingest;

namespace Dyad.Tests.Ingest;

public sealed class ReutersSgmlTests
{
    private const string Two = """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="NO" NEWID="7">
        <DATE> 2-MAR-1987 09:15:00.10</DATE>
        <TEXT>&#2;
        <TITLE>PORT STRIKE ENDS IN GENOA</TITLE>
        <DATELINE>    GENOA, March 2 - </DATELINE><BODY>Dock workers in Genoa ended a
        three-day strike on Monday after the port authority &amp; unions agreed on pay.
         REUTER
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" NEWID="8">
        <DATE> 2-MAR-1987 09:20:00.00</DATE>
        <TEXT TYPE="BRIEF">&#2;
        <TITLE>BRIEF WITHOUT BODY</TITLE>
        &#3;</TEXT>
        </REUTERS>
        """;

    [Fact]
    public void A_story_gives_id_date_title_dateline_and_a_clean_body()
    {
        using var dir = new TempFolder();
        var path = dir.Write("reut2-000.sgm", Two);

        var article = Assert.Single(ReutersSgml.Read(path));

        Assert.Equal("reuters-7", article.Id);
        Assert.Equal(new DateTime(1987, 3, 2, 9, 15, 0), article.Published);
        Assert.Equal("PORT STRIKE ENDS IN GENOA", article.Title);
        Assert.Equal("GENOA", article.Dateline);
        Assert.StartsWith("Dock workers in Genoa ended a", article.Text);
        Assert.Contains("authority & unions", article.Text);
        Assert.EndsWith("agreed on pay.", article.Text);
    }
}
