using Dyad.Store;
using static Dyad.Tests.Store.Reports;

namespace Dyad.Tests.Store;

public class EventStoreTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Same_article_twice_is_stored_once(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        var article = Article("a1", "Chile and Argentina signed a fisheries accord in Buenos Aires after two days of haggling.");
        store.Save([Coded(article, Event("a1", Usa, Peru, "057"))], "k1");

        var again = store.Save([Coded(article, Event("a1", Usa, Peru, "057"))], "k1");

        Assert.Equal(0, again.Articles);
        Assert.Equal(1, again.Duplicates);
        Assert.Equal(new StoreCounts(1, 1, 1), store.Counts());
        Assert.Equal(1, store.Events(new EventQuery()).Single().NumMentions);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Copy_with_other_spacing_and_case_or_the_same_url_is_a_duplicate(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        store.Save([Coded(Article("a1", "Rebels ambushed an army patrol near the river.", url: "https://news.example/1"))], "k1");

        var copy = store.Save([Coded(Article("other-id", "  REBELS ambushed an army\n patrol near the river.  "))], "k1");
        var sameUrl = store.Save([Coded(Article("third-id", "An updated version of the story.", url: "https://news.example/1"))], "k1");

        Assert.Equal((0, 0), (copy.Articles, sameUrl.Articles));
        Assert.Equal(1, store.Counts().Articles);
        using var lookup = store.OpenLookup();
        Assert.True(lookup.Contains(Article("x", "rebels AMBUSHED an army patrol near the river.")));
        Assert.False(lookup.Contains(Article("y", "A different story altogether.")));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Reports_of_one_event_merge_with_gdelt_counts(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();

        // Two wires report the meeting in Lima; the first wire mentions it twice in one story.
        store.Save(
            [
                Coded(Article("w1", "Story one."), Event("w1", Usa, Peru, "040", place: Lima), Event("w1", Usa, Peru, "040", place: Lima, sentence: 4, start: 300)),
                Coded(Article("w2", "Story two.", source: "Wire Two"), Event("w2", Usa, Peru, "040", place: Lima, sentence: 1)),
            ],
            "k1");
        store.Save([Coded(Article("w3", "Story three."), Event("w3", Usa, Peru, "040", place: Lima, sentence: 2))], "k1");

        var meeting = Assert.Single(store.Events(new EventQuery()));
        Assert.Equal((4, 2, 3), (meeting.NumMentions, meeting.NumSources, meeting.NumArticles));
        Assert.True(meeting.IsRoot);
        Assert.Equal("Lima", meeting.Place?.Name);
        Assert.Equal(4, store.Mentions(meeting.Id).Count);
        Assert.Equal(["w1", "w1", "w2", "w3"], store.Mentions(meeting.Id).Select(m => m.ArticleId).Order());
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Events_differing_in_day_place_target_or_code_stay_apart(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        store.Save(
            [
                Coded(
                    Article("a", "Story."),
                    Event("a", Usa, Peru, "040"),
                    Event("a", Usa, Peru, "040", day: "2012-10-07", start: 30),
                    Event("a", Usa, Peru, "040", place: Lima, start: 60),
                    Event("a", Usa, Rebels, "040", start: 90),
                    Event("a", Usa, Peru, "043", start: 120),
                    Event("a", Usa, null, "040", start: 150)),
            ],
            "k1");

        Assert.Equal(6, store.Counts().Events);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Filters_select_by_dyad_dates_code_quad_and_words(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        store.Save(
            [
                Coded(Article("a", "Story a."), Event("a", Usa, Peru, "040", day: "2012-10-06", place: Lima)),
                Coded(Article("b", "Story b."), Event("b", Rebels, Peru, "190", day: "2012-10-20")),
                Coded(Article("c", "Story c."), Event("c", Peru, Usa, "057", day: "2012-11-02")),
            ],
            "k1");

        string[] Days(EventQuery q) => [.. store.Events(q).Select(e => e.Day!.Value.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture))];

        Assert.Equal(["10-06"], Days(new EventQuery { Source = "USA", Target = "PER" }));
        Assert.Equal(["11-02", "10-06"], Days(new EventQuery { Actor = "usa" }));
        Assert.Equal(["10-20"], Days(new EventQuery { Source = "PERREB" }));
        Assert.Equal(["10-20", "10-06"], Days(new EventQuery { From = new DateOnly(2012, 10, 1), To = new DateOnly(2012, 10, 31) }));
        Assert.Equal(["10-20"], Days(new EventQuery { Code = "19" }));
        Assert.Equal(["11-02"], Days(new EventQuery { Code = "057" }));
        Assert.Equal(["10-20"], Days(new EventQuery { QuadClass = 4 }));
        Assert.Equal(["10-06"], Days(new EventQuery { Text = "lima" }));
        Assert.Equal(["10-06"], Days(new EventQuery { Text = "panetta", Target = "PER" }));
        Assert.Equal(3, store.CountEvents(new EventQuery { Limit = 1 }));
        Assert.Equal(["10-20"], Days(new EventQuery { Limit = 1, Offset = 1 }));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void A_page_knows_how_many_events_match_in_all(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        store.Save(
            [
                Coded(Article("a", "Story a."), Event("a", Usa, Peru, "040", day: "2012-10-06")),
                Coded(Article("b", "Story b."), Event("b", Rebels, Peru, "190", day: "2012-10-20")),
                Coded(Article("c", "Story c."), Event("c", Peru, Usa, "057", day: "2012-11-02")),
            ],
            "k1");

        var first = store.Page(new EventQuery { Actor = "USA", Limit = 1 });
        var beyond = store.Page(new EventQuery { Actor = "USA", Limit = 1, Offset = 5 });
        var all = store.Page(new EventQuery { Limit = 2, Offset = 1 });

        Assert.Equal((2L, "057"), (first.Total, Assert.Single(first.Events).Code.Value));
        Assert.Equal((2L, 0), (beyond.Total, beyond.Events.Count));
        Assert.Equal(3L, all.Total);
        Assert.Equal(["190", "040"], all.Events.Select(e => e.Code.Value));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Hostile_text_filters_match_nothing_and_harm_nothing(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        store.Save([Coded(Article("a", "Story a."), Event("a", Usa, Peru, "040"))], "k1");

        Assert.Empty(store.Events(new EventQuery { Text = "'; DROP TABLE events; --" }));
        Assert.Empty(store.Events(new EventQuery { Text = "%" }));
        Assert.Empty(store.Events(new EventQuery { Text = "_" }));
        Assert.Equal(1, store.Counts().Events);
        Assert.NotNull(new EventQuery { Source = "PER; DROP" }.Validate());
        Assert.NotNull(new EventQuery { Code = "04'" }.Validate());
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Store_created_by_one_process_opens_in_the_next(string backend)
    {
        using var test = new TestStore(backend);
        using (var store = test.Open())
        {
            store.Save([Coded(Article("a", "Story a."), Event("a", Usa, Peru, "040"))], "k1");
        }

        using var reopened = test.Open();
        Assert.Equal(new StoreCounts(1, 1, 1), reopened.Counts());
    }

    [Fact]
    public void Store_path_in_a_missing_folder_is_a_clear_error()
    {
        var error = Assert.Throws<StoreException>(() => EventStore.Open(StoreTarget.Parse("/no/such/folder/x.duckdb")));
        Assert.Contains("/no/such/folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_named_in_the_error()
    {
        using var folder = new TempFolder();
        var path = folder.Write("notes.duckdb", "These are my notes, not a database.");
        var error = Assert.Throws<StoreException>(() => EventStore.Open(StoreTarget.Parse(path)));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal("These are my notes, not a database.", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("postgres://ana:s%40cret@db.example:5433/events", "postgres://ana@db.example:5433/events")]
    [InlineData("postgresql://db.example/events?search_path=dyad", "postgres://@db.example:5432/events")]
    public void Postgres_addresses_are_read(string value, string display)
    {
        var target = StoreTarget.Parse(value);
        Assert.Equal(StoreKind.Postgres, target.Kind);
        Assert.Equal(display, target.Display);
    }
}
