using System.Text.Json;
using Dyad.Coding;
using Dyad.Domain;

namespace Dyad.Tests.Coding;

public class EventJsonTests
{
    private static readonly Event Meeting = new(
        ArticleId: "a1b2c3d4e5f60718",
        SentenceIndex: 2,
        Date: new DateOnly(2019, 3, 14),
        Source: new Actor("CHLGOV", "CHL", "GOV", Name: "Roberto Ampuero"),
        Target: new Actor("BOLGOV", "BOL", "GOV"),
        Code: new CameoCode("043"),
        Goldstein: 2.8,
        Plover: "CONSULT",
        Location: new Place("Santiago", "CHL", "Santiago Metropolitan", -33.45694, -70.64827),
        Sentence: "Chilean Foreign Minister Roberto Ampuero met his Bolivian counterpart on Thursday.",
        SpanStart: 14,
        SpanEnd: 96,
        Rule: "verbs/04-consult.txt:12",
        Confidence: 0.8612);

    [Fact]
    public void An_event_line_has_every_documented_field_in_order()
    {
        using var doc = JsonDocument.Parse(EventJson.ToJson(Meeting));

        Assert.Equal(
            ["article_id", "sentence_index", "date", "source", "target", "cameo", "root", "quad_class", "goldstein", "plover", "location", "sentence", "span", "rule", "confidence"],
            doc.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Codes_actors_and_place_are_written_as_users_of_gdelt_expect()
    {
        var root = JsonDocument.Parse(EventJson.ToJson(Meeting)).RootElement;

        Assert.Equal("2019-03-14", root.GetProperty("date").GetString());
        Assert.Equal("CHLGOV", root.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("Roberto Ampuero", root.GetProperty("source").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("target").GetProperty("name").ValueKind);
        Assert.Equal("043", root.GetProperty("cameo").GetString());
        Assert.Equal("04", root.GetProperty("root").GetString());
        Assert.Equal(1, root.GetProperty("quad_class").GetInt32());
        Assert.Equal(2.8, root.GetProperty("goldstein").GetDouble());
        Assert.Equal(-33.4569, root.GetProperty("location").GetProperty("lat").GetDouble());
        Assert.Equal([14, 96], root.GetProperty("span").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(0.861, root.GetProperty("confidence").GetDouble());
    }

    [Fact]
    public void Missing_date_target_and_place_are_null_not_absent()
    {
        var root = JsonDocument.Parse(EventJson.ToJson(Meeting with { Date = null, Target = null, Location = null })).RootElement;

        Assert.Equal(JsonValueKind.Null, root.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("location").ValueKind);
    }
}
