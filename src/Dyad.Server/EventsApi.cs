using System.Globalization;
using System.Text.Json;
using Dyad.Coding;
using Dyad.Knowledge;
using Dyad.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dyad.Server;

/// <summary>
/// The read API over a store: events with filters and paging, one event with its mentions, dyad, country and
/// timeline counts, and articles with their event spans. Every answer is bounded; bad parameters are 400s.
/// </summary>
internal sealed class EventsApi(StoreTarget target, KnowledgeBase knowledge)
{
    public const int MaxPage = 500;

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("events");
        void Get(string pattern, Delegate handler, string summary) => api.MapGet(pattern, handler).WithSummary(summary)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        Get("/status", Status, "What the store holds: articles, events, mentions.");
        Get("/events", Events, "Events matching the filters, newest first, a page at a time (limit 1–500).");
        Get("/events/{id}", Event, "One event with every mention: article, sentence, highlighted spans, rule, confidence.");
        Get("/dyads", Dyads, "Event counts and summed Goldstein per source and target country per day, week or month.");
        Get("/countries", Countries, "Per country: events it takes part in and their mean Goldstein score (for the map).");
        Get("/countries/{code}/timeline", CountryTimeline, "A country's events per period with the four QuadClass counts.");
        Get("/timeline", Timeline, "All matching events per period with the four QuadClass counts.");
        Get("/articles/{id}", Article, "An article's text with the spans that produced events.");
    }

    private IResult Status() => Read(store =>
    {
        var counts = store.Counts();
        return JsonBody.Of(w =>
        {
            w.WriteStartObject();
            w.WriteString("store", target.Kind == StoreKind.DuckDb ? Path.GetFileName(target.Display) : target.Display);
            w.WriteNumber("articles", counts.Articles);
            w.WriteNumber("events", counts.Events);
            w.WriteNumber("mentions", counts.Mentions);
            w.WriteEndObject();
        });
    });

    private IResult Events(HttpRequest request)
    {
        var q = new ApiQuery(request.Query);
        var limit = q.Number("limit", 1, MaxPage) ?? 100;
        var offset = q.Number("offset", 0, 1_000_000) ?? 0;
        var filters = q.Filters(limit, offset);
        if (!q.Valid)
        {
            return Invalid(q);
        }

        return Read(store =>
        {
            var (total, events) = store.Page(filters);
            return JsonBody.Of(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("total", total);
                w.WriteNumber("limit", limit);
                w.WriteNumber("offset", offset);
                w.WriteStartArray("events");
                foreach (var e in events)
                {
                    StoredEventJson.Write(w, e);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        });
    }

    private IResult Event(string id)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId))
        {
            return Results.Problem(statusCode: 400, title: "Invalid event id", detail: "an event id is a positive whole number");
        }

        return Read(store =>
        {
            if (store.Event(eventId) is not { } e)
            {
                return Results.Problem(statusCode: 404, title: "No such event", detail: $"the store has no event {eventId}");
            }

            var mentions = store.Mentions(eventId);
            return JsonBody.Of(w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("event");
                StoredEventJson.Write(w, e);
                w.WriteStartArray("mentions");
                foreach (var m in mentions)
                {
                    w.WriteStartObject();
                    w.WriteString("article_id", m.ArticleId);
                    w.WriteString("title", m.ArticleTitle);
                    w.WriteString("source", m.ArticleSource);
                    w.WriteString("url", m.ArticleUrl);
                    JsonBody.Time(w, "published", m.Published);
                    w.WriteNumber("sentence_index", m.SentenceIndex);
                    w.WriteString("sentence", m.Sentence);
                    if (m.Highlights is { } h)
                    {
                        w.WriteNumber("sentence_start", h.SentenceStart);
                    }
                    else
                    {
                        w.WriteNull("sentence_start");
                    }

                    EventJson.WriteSpan(w, "span", m.SpanStart, m.SpanEnd);
                    Highlights(w, m.Highlights);
                    w.WriteString("rule", m.Rule);
                    w.WriteNumber("confidence", m.Confidence);
                    w.WriteString("quote", m.Quote);
                    w.WriteString("source_name", m.SourceName);
                    w.WriteString("target_name", m.TargetName);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        });
    }

    private IResult Dyads(HttpRequest request)
    {
        var q = new ApiQuery(request.Query);
        var filters = q.Filters();
        var interval = q.Interval();
        var a = q.Country("a");
        var b = q.Country("b");
        if ((a is null) != (b is null) && q.Valid)
        {
            q.Add(a is null ? "a" : "b", "a and b go together: the two countries of the dyad");
        }

        if (!q.Valid)
        {
            return Invalid(q);
        }

        return Read(store =>
        {
            var rows = store.Dyads(filters, interval, a, b);
            return JsonBody.Of(w =>
            {
                w.WriteStartObject();
                w.WriteString("interval", Name(interval));
                w.WriteStartArray("rows");
                foreach (var r in rows)
                {
                    w.WriteStartObject();
                    w.WriteString("period", r.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    w.WriteString("source", r.Source);
                    w.WriteString("target", r.Target);
                    w.WriteNumber("events", r.Events);
                    w.WriteNumber("goldstein", Math.Round(r.Goldstein, 2));
                    Quad(w, r.Quad);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        });
    }

    private IResult Countries(HttpRequest request)
    {
        var q = new ApiQuery(request.Query);
        var filters = q.Filters();
        if (!q.Valid)
        {
            return Invalid(q);
        }

        return Read(store =>
        {
            var rows = store.Countries(filters);
            return JsonBody.Of(w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("rows");
                foreach (var r in rows)
                {
                    w.WriteStartObject();
                    w.WriteString("country", r.Country);
                    w.WriteString("name", knowledge.Countries.TryGetValue(r.Country, out var c) ? c.Name : r.Country);
                    w.WriteNumber("events", r.Events);
                    w.WriteNumber("goldstein_mean", r.GoldsteinMean);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        });
    }

    private IResult CountryTimeline(string code, HttpRequest request)
    {
        var q = new ApiQuery(request.Query);
        var filters = q.Filters();
        var interval = q.Interval();
        if (code.Length != 3 || !code.All(char.IsAsciiLetter))
        {
            q.Add("code", "the country is a three-letter code such as PER");
        }

        if (!q.Valid)
        {
            return Invalid(q);
        }

        var country = code.ToUpperInvariant();
        return Read(store => TimelineBody(country, interval, store.Timeline(country, filters, interval)));
    }

    private IResult Timeline(HttpRequest request)
    {
        var q = new ApiQuery(request.Query);
        var filters = q.Filters();
        var interval = q.Interval();
        return q.Valid ? Read(store => TimelineBody(null, interval, store.Timeline(filters, interval))) : Invalid(q);
    }

    private IResult Article(string id)
    {
        if (id.Length > 200)
        {
            return Results.Problem(statusCode: 400, title: "Invalid article id", detail: "an article id is at most 200 characters");
        }

        return Read(store =>
        {
            if (store.Article(id) is not { } a)
            {
                return Results.Problem(statusCode: 404, title: "No such article", detail: $"the store has no article '{id}'");
            }

            return JsonBody.Of(w =>
            {
                w.WriteStartObject();
                w.WriteString("id", a.Id);
                w.WriteString("title", a.Title);
                w.WriteString("source", a.Source);
                w.WriteString("url", a.Url);
                JsonBody.Time(w, "published", a.Published);
                w.WriteString("dateline", a.Dateline);
                w.WriteString("text", a.Text);
                w.WriteStartArray("events");
                foreach (var e in a.Events)
                {
                    w.WriteStartObject();
                    w.WriteNumber("event_id", e.EventId);
                    w.WriteString("cameo", e.Cameo);
                    w.WriteString("plover", e.Plover);
                    w.WriteString("source", e.Source);
                    w.WriteString("target", e.Target);
                    w.WriteNumber("sentence_index", e.SentenceIndex);
                    EventJson.WriteSpan(w, "span", e.SpanStart, e.SpanEnd);
                    Highlights(w, e.Highlights);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        });
    }

    private static IResult TimelineBody(string? country, Interval interval, List<TimelineRow> rows) => JsonBody.Of(w =>
    {
        w.WriteStartObject();
        if (country is not null)
        {
            w.WriteString("country", country);
        }

        w.WriteString("interval", Name(interval));
        w.WriteStartArray("rows");
        foreach (var r in rows)
        {
            w.WriteStartObject();
            w.WriteString("period", r.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteNumber("events", r.Events);
            w.WriteNumber("goldstein_mean", r.GoldsteinMean);
            Quad(w, r.Quad);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Highlights(Utf8JsonWriter w, Dyad.Domain.Highlights? h)
    {
        if (h is null)
        {
            w.WriteStartObject("highlights");
            w.WriteNull("source");
            w.WriteNull("verb");
            w.WriteNull("target");
            w.WriteEndObject();
            return;
        }

        EventJson.WriteHighlights(w, h);
    }

    private static void Quad(Utf8JsonWriter w, int[] quad)
    {
        w.WriteStartArray("quad");
        foreach (var n in quad)
        {
            w.WriteNumberValue(n);
        }

        w.WriteEndArray();
    }

    private static string Name(Interval interval) => interval.ToString().ToLowerInvariant();

    private static IResult Invalid(ApiQuery q) =>
        Results.ValidationProblem(q.Errors, detail: string.Join("; ", q.Errors.Values.SelectMany(v => v)), title: "Invalid query parameters");

    /// <summary>Runs <paramref name="answer"/> on a connection of its own (a store connection serves one thread).</summary>
    private IResult Read(Func<EventStore, IResult> answer)
    {
        using var store = EventStore.OpenReader(target);
        return answer(store);
    }
}
