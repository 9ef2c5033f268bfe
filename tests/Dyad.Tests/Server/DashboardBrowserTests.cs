using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace Dyad.Tests.Server;

/// <summary>
/// The dashboard in a real browser (Debian's Chromium) against the real <c>dyad serve</c> over the sample articles:
/// what a user sees and can do. Screenshots land in TestResults/screenshots under the test output folder.
/// </summary>
public sealed class DashboardBrowserTests(DashboardFixture server) : IClassFixture<DashboardFixture>
{
    private const string NoData = "#e4e7eb";

    [Fact]
    public async Task Dashboard_map_shades_countries_that_have_events()
    {
        if (!DashboardFixture.Available())
        {
            return;
        }

        await using var tab = await server.OpenAsync();
        using var countries = await server.GetJsonAsync("/api/countries");
        var rows = countries.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);

        var checkedCountries = 0;
        foreach (var row in rows)
        {
            var shape = tab.ByTestId("country-" + row.GetProperty("country").GetString());
            if (await shape.CountAsync() == 0)
            {
                continue; // too small for the 1:110m map (e.g. a city state)
            }

            await Expect(shape).ToHaveAttributeAsync("data-events", row.GetProperty("events").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.NotEqual(NoData, await shape.GetAttributeAsync("fill"));
            checkedCountries++;
        }

        Assert.True(checkedCountries >= 5, $"only {checkedCountries} countries with events are on the map");
        Assert.DoesNotContain(rows, r => r.GetProperty("country").GetString() == "GRL");
        Assert.Equal(NoData, await tab.ByTestId("country-GRL").GetAttributeAsync("fill"));
        await Expect(tab.ByTestId("map-legend")).ToContainTextAsync("Events");
        await tab.ScreenshotAsync("map-volume");

        // Shading by mean Goldstein: conflict (Kenya, negative mean) and cooperation (Colombia) look different.
        await tab.ByTestId("metric-goldstein").CheckAsync();
        await Expect(tab.ByTestId("map-legend")).ToContainTextAsync("Goldstein");
        Assert.Equal("goldstein", tab.Query()["metric"]);
        Assert.NotEqual(await tab.ByTestId("country-KEN").GetAttributeAsync("fill"), await tab.ByTestId("country-COL").GetAttributeAsync("fill"));
        await tab.ScreenshotAsync("map-goldstein");
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task Clicking_a_country_shows_its_timeline_and_events()
    {
        if (!DashboardFixture.Available())
        {
            return;
        }

        await using var tab = await server.OpenAsync();
        using var expected = await server.GetJsonAsync("/api/events?actor=COL&limit=50");
        var total = expected.RootElement.GetProperty("total").GetInt32();
        Assert.True(total > 0);

        await tab.ByTestId("country-COL").ClickAsync();

        await Expect(tab.Page.Locator("#latest-title")).ToContainTextAsync("Colombia");
        var rows = tab.ByTestId("latest-events").Locator("[data-testid=event-row]");
        await Expect(rows).ToHaveCountAsync(Math.Min(total, 50));
        foreach (var text in await rows.AllInnerTextsAsync())
        {
            Assert.Contains("COL", text, StringComparison.Ordinal);
        }

        Assert.Equal("COL", tab.Query()["actor"]);
        await Expect(tab.ByTestId("filter-actor")).ToHaveValueAsync("COL");
        await Expect(tab.Page.Locator("#timeline-title")).ToContainTextAsync("Colombia");
        var timeline = tab.ByTestId("timeline");
        await Expect(timeline).ToHaveAttributeAsync("data-periods", "1");
        Assert.True(await timeline.Locator("rect").CountAsync() > 0);
        await Expect(tab.ByTestId("country-COL")).ToHaveClassAsync("selected");
        await tab.ScreenshotAsync("country-selected", fullPage: true);

        // Back returns to the whole store.
        await tab.Page.GoBackAsync();
        await Expect(tab.Page.Locator("#latest-title")).ToContainTextAsync("all countries");
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task Opening_an_event_highlights_source_verb_and_target()
    {
        if (!DashboardFixture.Available())
        {
            return;
        }

        await using var tab = await server.OpenAsync();
        using var detail = await server.GetJsonAsync("/api/events/24");
        var mention = detail.RootElement.GetProperty("mentions")[0];
        var sentence = mention.GetProperty("sentence").GetString()!;
        var start = mention.GetProperty("sentence_start").GetInt32();

        await tab.ByTestId("latest-events").Locator("[data-testid=event-row][data-event-id=\"24\"]").ClickAsync();

        var panel = tab.ByTestId("event-panel");
        await Expect(panel).ToBeVisibleAsync();
        Assert.Equal("24", tab.Query()["event"]);
        var first = panel.Locator("[data-testid=event-sentence]").First;
        await Expect(first).ToHaveTextAsync(sentence);
        var colours = new HashSet<string>();
        foreach (var role in new[] { "source", "verb", "target" })
        {
            var range = mention.GetProperty("highlights").GetProperty(role);
            var (from, to) = (range[0].GetInt32() - start, range[1].GetInt32() - start);
            var span = first.Locator($"[data-role={role}]");
            await Expect(span).ToHaveTextAsync(sentence[from..to]);
            colours.Add(await span.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        }

        Assert.Equal(3, colours.Count);
        await Expect(panel).ToContainTextAsync("0356");
        await Expect(panel).ToContainTextAsync("AGREE");
        await Expect(panel).ToContainTextAsync(mention.GetProperty("title").GetString()!);
        await tab.ScreenshotAsync("event");

        // The mention's article opens with the spans that produced events marked.
        await panel.Locator("[data-testid=mention-article]").First.ClickAsync();
        var article = tab.ByTestId("article-panel");
        await Expect(article).ToBeVisibleAsync();
        await Expect(article.Locator("[data-testid=article-title]")).ToHaveTextAsync(mention.GetProperty("title").GetString()!);
        Assert.True(await article.Locator("mark.event-span").CountAsync() > 0);
        await Expect(article.Locator("[data-role=verb]").First).ToBeVisibleAsync();
        await tab.ScreenshotAsync("article");
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task Filters_survive_a_reload_from_the_url()
    {
        if (!DashboardFixture.Available())
        {
            return;
        }

        await using var tab = await server.OpenAsync();
        using var expected = await server.GetJsonAsync("/api/events?from=2023-01-01&root=03&limit=50");
        var total = expected.RootElement.GetProperty("total").GetInt32();
        Assert.True(total > 0);

        await tab.ByTestId("filter-from").FillAsync("2023-01-01");
        await tab.ByTestId("filter-root").SelectOptionAsync("03");
        await tab.ByTestId("filter-apply").ClickAsync();

        var rows = tab.ByTestId("latest-events").Locator("[data-testid=event-row]");
        await Expect(rows).ToHaveCountAsync(total);
        Assert.Equal("2023-01-01", tab.Query()["from"]);
        Assert.Equal("03", tab.Query()["root"]);

        await tab.ReloadAsync();
        await Expect(tab.ByTestId("filter-from")).ToHaveValueAsync("2023-01-01");
        await Expect(tab.ByTestId("filter-root")).ToHaveValueAsync("03");
        await Expect(rows).ToHaveCountAsync(total);
        var ids = expected.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ids, await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.eventId)"));
        await tab.ScreenshotAsync("filtered", fullPage: true);

        // Back to before the filters: the form empties again.
        await tab.Page.GoBackAsync();
        await Expect(tab.ByTestId("filter-from")).ToHaveValueAsync("");
        await Expect(tab.ByTestId("filter-root")).ToHaveValueAsync("");
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task Bad_filter_shows_the_api_message()
    {
        if (!DashboardFixture.Available())
        {
            return;
        }

        using var response = await server.Http.GetAsync(server.BaseUrl + "/api/events?from=2024-02-30");
        Assert.Equal(400, (int)response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;

        await using var tab = await server.OpenAsync("?from=2024-02-30");

        var message = tab.ByTestId("message");
        await Expect(message).ToBeVisibleAsync();
        await Expect(message).ToContainTextAsync(detail);
        await tab.ScreenshotAsync("bad-filter");

        // Fixing the filter clears the message.
        await tab.ByTestId("filter-from").FillAsync("2024-02-28");
        await tab.ByTestId("filter-apply").ClickAsync();
        await Expect(message).ToBeHiddenAsync();
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task Dyad_view_lists_the_events_behind_a_clicked_period()
    {
        if (!DashboardFixture.Available())
        {
            return;
        }

        await using var tab = await server.OpenAsync();
        using var ab = await server.GetJsonAsync("/api/events?source=CHL&target=BOL&from=2019-03-01&to=2019-03-31");
        using var ba = await server.GetJsonAsync("/api/events?source=BOL&target=CHL&from=2019-03-01&to=2019-03-31");
        var total = ab.RootElement.GetProperty("total").GetInt32() + ba.RootElement.GetProperty("total").GetInt32();
        Assert.True(ba.RootElement.GetProperty("total").GetInt32() > 0);

        await tab.ByTestId("dyad-a").FillAsync("chl");
        await tab.ByTestId("dyad-b").FillAsync("BOL");
        await tab.ByTestId("dyad-b").PressAsync("Enter");
        await Expect(tab.ByTestId("dyad-svg")).ToBeVisibleAsync();
        await tab.ByTestId("dyad-chart").Locator("[data-period=\"2019-03-01\"]").ClickAsync();

        var rows = tab.ByTestId("dyad-events").Locator("[data-testid=event-row]");
        await Expect(rows).ToHaveCountAsync(total);
        foreach (var text in await rows.AllInnerTextsAsync())
        {
            Assert.Contains("CHL", text, StringComparison.Ordinal);
            Assert.Contains("BOL", text, StringComparison.Ordinal);
        }

        var query = tab.Query();
        Assert.Equal(("CHL", "BOL", "2019-03-01"), (query["a"], query["b"], query["period"]));
        await tab.ScreenshotAsync("dyad", fullPage: true);
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task Dashboard_makes_no_request_outside_the_machine()
    {
        if (!DashboardFixture.Available())
        {
            return;
        }

        await using var tab = await server.OpenAsync("?a=CHL&b=BOL&period=2019-03-01");
        await tab.ByTestId("country-KEN").ClickAsync();
        await Expect(tab.Page.Locator("#latest-title")).ToContainTextAsync("Kenya");
        await tab.ByTestId("latest-events").Locator("[data-testid=event-row]").First.ClickAsync();
        await tab.Page.Locator("[data-testid=mention-article]").First.ClickAsync();
        await Expect(tab.ByTestId("article-text")).ToBeVisibleAsync();

        string[] seen;
        lock (tab.Requests)
        {
            seen = [.. tab.Requests];
        }

        Assert.Contains(seen, url => url.EndsWith("/app.js", StringComparison.Ordinal));
        Assert.Contains(seen, url => url.EndsWith("/countries-110m.json", StringComparison.Ordinal));
        Assert.Contains(seen, url => url.Contains("/api/articles/", StringComparison.Ordinal));
        Assert.All(seen, url => Assert.Equal("127.0.0.1", new Uri(url).Host));
        Assert.Empty(tab.Errors);
    }
}
