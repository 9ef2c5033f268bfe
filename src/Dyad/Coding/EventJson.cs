using System.Text.Json;
using Dyad.Domain;

namespace Dyad.Coding;

/// <summary>
/// Writes an event as one JSON object in the documented field order (article_id, sentence_index, date, source,
/// target, cameo, root, quad_class, goldstein, plover, location, sentence, span, rule, confidence).
/// </summary>
public static class EventJson
{
    /// <summary>Writes <paramref name="e"/> as one object.</summary>
    public static void Write(Utf8JsonWriter w, Event e)
    {
        w.WriteStartObject();
        w.WriteString("article_id", e.ArticleId);
        w.WriteNumber("sentence_index", e.SentenceIndex);
        if (e.Date is { } date)
        {
            w.WriteString("date", date.ToString("yyyy-MM-dd"));
        }
        else
        {
            w.WriteNull("date");
        }

        WriteActor(w, "source", e.Source);
        WriteActor(w, "target", e.Target);
        w.WriteString("cameo", e.Code.Value);
        w.WriteString("root", e.Code.Root);
        w.WriteNumber("quad_class", e.Code.QuadClass);
        w.WriteNumber("goldstein", e.Goldstein);
        w.WriteString("plover", e.Plover);
        WriteLocation(w, e.Location);

        w.WriteString("sentence", e.Sentence);
        WriteSpan(w, "span", e.SpanStart, e.SpanEnd);
        w.WriteString("rule", e.Rule);
        w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
        if (e.Highlights is { } h)
        {
            WriteHighlights(w, h);
        }

        if (e.Quote is not null)
        {
            w.WriteString("quote", e.Quote);
        }

        w.WriteEndObject();
    }

    /// <summary>The event as a single-line JSON string.</summary>
    public static string ToJson(Event e)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOutput.Lines))
        {
            Write(w, e);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes <c>"highlights": {"source": [start, end], "verb": […], "target": […]}</c> (article offsets).</summary>
    public static void WriteHighlights(Utf8JsonWriter w, Highlights h)
    {
        w.WriteStartObject("highlights");
        WriteSpan(w, "source", h.SourceStart, h.SourceEnd);
        WriteSpan(w, "verb", h.VerbStart, h.VerbEnd);
        WriteSpan(w, "target", h.TargetStart, h.TargetEnd);
        w.WriteEndObject();
    }

    /// <summary>Writes a character span as <c>"name": [start, end]</c>.</summary>
    public static void WriteSpan(Utf8JsonWriter w, string name, int start, int end)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(start);
        w.WriteNumberValue(end);
        w.WriteEndArray();
    }

    /// <summary>Writes <c>"location": {"name", "country", "lat", "lon"}</c>, or null.</summary>
    public static void WriteLocation(Utf8JsonWriter w, Place? place)
    {
        if (place is null)
        {
            w.WriteNull("location");
            return;
        }

        w.WriteStartObject("location");
        w.WriteString("name", place.Name);
        w.WriteString("country", place.Country);
        w.WriteNumber("lat", Math.Round(place.Latitude, 4));
        w.WriteNumber("lon", Math.Round(place.Longitude, 4));
        w.WriteEndObject();
    }

    /// <summary>Writes an actor as <c>{"code", "country", "sector", "name"[, "known_group"]}</c>, or null.</summary>
    public static void WriteActor(Utf8JsonWriter w, string name, Actor? actor)
    {
        if (actor is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("code", actor.Code);
        w.WriteString("country", actor.Country);
        w.WriteString("sector", actor.Sector);
        w.WriteString("name", actor.Name);
        if (actor.KnownGroup is not null)
        {
            w.WriteString("known_group", actor.KnownGroup);
        }

        w.WriteEndObject();
    }
}
