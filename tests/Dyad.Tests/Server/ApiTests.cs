using System.Net;
using System.Text.Json;

namespace Dyad.Tests.Server;

public class ApiTests(ApiServers servers) : IClassFixture<ApiServers>
{
    [Theory]
    [MemberData(nameof(Store.Backends.All), MemberType = typeof(Store.Backends))]
    public async Task Events_are_paged_and_filtered(string backend)
    {
        var server = await servers.For(backend);

        var all = await Json(server, "/api/events?limit=2");
        var chile = await Json(server, "/api/events?source=CHL&limit=500");
        var next = await Json(server, "/api/events?limit=2&offset=2");

        Assert.True(all.GetProperty("total").GetInt32() >= 10);
        Assert.Equal(2, all.GetProperty("events").GetArrayLength());
        Assert.NotEqual(all.GetProperty("events")[0].GetProperty("id").GetInt64(), next.GetProperty("events")[0].GetProperty("id").GetInt64());
        Assert.NotEmpty(chile.GetProperty("events").EnumerateArray());
        Assert.All(chile.GetProperty("events").EnumerateArray(), e => Assert.Equal("CHL", e.GetProperty("source").GetProperty("country").GetString()));
    }

    [Theory]
    [MemberData(nameof(Store.Backends.All), MemberType = typeof(Store.Backends))]
    public async Task An_event_shows_each_mention_with_source_verb_and_target_inside_its_sentence(string backend)
    {
        var server = await servers.For(backend);
        var meeting = (await Json(server, "/api/events?source=CHL&code=040")).GetProperty("events")[0];

        var detail = await Json(server, $"/api/events/{meeting.GetProperty("id").GetInt64()}");

        var mention = Assert.Single(detail.GetProperty("mentions").EnumerateArray());
        var sentence = mention.GetProperty("sentence").GetString()!;
        var start = mention.GetProperty("sentence_start").GetInt32();
        string Piece(string role)
        {
            var span = mention.GetProperty("highlights").GetProperty(role);
            return sentence[(span[0].GetInt32() - start)..(span[1].GetInt32() - start)];
        }

        Assert.Contains("Roberto Ampuero", Piece("source"), StringComparison.Ordinal);
        Assert.Equal("met", Piece("verb"));
        Assert.Contains("counterpart", Piece("target"), StringComparison.Ordinal);
        Assert.Equal("Chile and Bolivia open talks on shared river", mention.GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(Store.Backends.All), MemberType = typeof(Store.Backends))]
    public async Task Counts_for_the_map_dyads_and_timelines_agree_with_the_events(string backend)
    {
        var server = await servers.For(backend);

        var chileEvents = (await Json(server, "/api/events?actor=CHL&limit=500")).GetProperty("total").GetInt32();
        var countries = (await Json(server, "/api/countries")).GetProperty("rows").EnumerateArray().ToList();
        var timeline = (await Json(server, "/api/countries/chl/timeline?interval=day")).GetProperty("rows").EnumerateArray().ToList();
        var dyads = (await Json(server, "/api/dyads?a=BOL&b=CHL&interval=month")).GetProperty("rows").EnumerateArray().ToList();
        var between = (await Json(server, "/api/events?actor=CHL&limit=500")).GetProperty("events").EnumerateArray()
            .Count(e => e.GetProperty("target").ValueKind == JsonValueKind.Object && e.GetProperty("target").GetProperty("country").GetString() is "BOL"
                || e.GetProperty("source").GetProperty("country").GetString() == "BOL");

        var chile = countries.Single(c => c.GetProperty("country").GetString() == "CHL");
        Assert.Equal("Chile", chile.GetProperty("name").GetString());
        Assert.Equal(chileEvents, chile.GetProperty("events").GetInt32());
        Assert.Equal(chileEvents, timeline.Sum(r => r.GetProperty("events").GetInt32()));
        Assert.All(timeline, r => Assert.Equal(r.GetProperty("events").GetInt32(), r.GetProperty("quad").EnumerateArray().Sum(q => q.GetInt32())));
        Assert.Contains(dyads, r => r.GetProperty("source").GetString() == "BOL");
        Assert.Contains(dyads, r => r.GetProperty("source").GetString() == "CHL");
        Assert.Equal(between, dyads.Sum(r => r.GetProperty("events").GetInt32()));
    }

    [Fact]
    public async Task An_article_comes_with_the_spans_that_produced_its_events()
    {
        var server = await servers.For("duckdb");
        var e = (await Json(server, "/api/events?source=CHL&code=040")).GetProperty("events")[0];

        var article = await Json(server, $"/api/articles/{e.GetProperty("article_id").GetString()}");

        var text = article.GetProperty("text").GetString()!;
        var report = article.GetProperty("events").EnumerateArray().First(x => x.GetProperty("event_id").GetInt64() == e.GetProperty("id").GetInt64());
        var verb = report.GetProperty("highlights").GetProperty("verb");
        Assert.Equal("met", text[verb[0].GetInt32()..verb[1].GetInt32()]);
    }

    [Theory]
    [InlineData("/api/events?limit=99999999999999999999")]
    [InlineData("/api/events?limit=-1")]
    [InlineData("/api/events?offset=1e9")]
    [InlineData("/api/events?from=2012-02-30")]
    [InlineData("/api/events?from=0001-01-01")]
    [InlineData("/api/events?to=yesterday")]
    [InlineData("/api/events?from=2013-01-01&to=2012-01-01")]
    [InlineData("/api/events?source=USA%27%3B%20DROP%20TABLE%20events%3B--")]
    [InlineData("/api/events?code=04%20OR%201%3D1")]
    [InlineData("/api/events?root=99")]
    [InlineData("/api/events?quad=5")]
    [InlineData("/api/events?source=USA&source=PER")]
    [InlineData("/api/dyads?a=USA")]
    [InlineData("/api/dyads?a=USAGOV&b=PER")]
    [InlineData("/api/dyads?interval=fortnight")]
    [InlineData("/api/countries/U%27S/timeline")]
    [InlineData("/api/events/abc")]
    [InlineData("/api/events/-4")]
    [InlineData("/api/events/99999999999999999999999")]
    public async Task Hostile_query_strings_are_answered_400_with_problem_details(string path)
    {
        var server = await servers.For("duckdb");

        var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("/api/events?text=%27%3B%20DROP%20TABLE%20events%3B--", 0)]
    [InlineData("/api/events?text=%25", 0)]
    [InlineData("/api/events?actor=ZZZ", 0)]
    [InlineData("/api/events/424242", -1)]
    [InlineData("/api/articles/no-such-article", -1)]
    public async Task Unknown_values_find_nothing_and_harm_nothing(string path, int expected)
    {
        var server = await servers.For("duckdb");
        var before = (await Json(server, "/api/status")).GetProperty("events").GetInt32();

        var response = await server.Client.GetAsync(path);

        if (expected < 0)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(expected, body.RootElement.GetProperty("total").GetInt32());
        }

        Assert.Equal(before, (await Json(server, "/api/status")).GetProperty("events").GetInt32());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var server = await servers.For("duckdb");

        var paths = (await Json(server, "/openapi/v1.json")).GetProperty("paths");

        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/dyads", "/api/countries", "/api/countries/{code}/timeline", "/api/timeline", "/api/articles/{id}" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        var parameters = paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["from", "to", "source", "target", "actor", "code", "root", "quad", "text", "limit", "offset"], parameters);
        Assert.True(paths.GetProperty("/api/dyads").GetProperty("get").GetProperty("responses").TryGetProperty("400", out _));
    }

    private static async Task<JsonElement> Json(ApiServer server, string path)
    {
        var response = await server.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
